import { readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { type Admin1Attributes, admin1Code, admin1Iso3, admin1Name } from './admin1-codes';
import { readCsv, requireColumns, rows } from './duck';
import { RAW, rawPath } from './paths';
import { type AreaFeature, SpatialIndex, rewindIfInverted } from './spatial-index';

export interface UnitProps {
	ne_id: string;
	admin1_code: string;
	iso3: string | null;
	name: string;
	code_hasc: string | null;
	adm1_code: string;
}

export interface Admin1Units {
	topology: Topology;
	objectName: string;
	/** One feature per NE polygon (several may share an admin1_code), in topology order. */
	features: AreaFeature<UnitProps>[];
	index: SpatialIndex<UnitProps>;
	unmappedCountry: string[];
}

/** Joins the simplified NE admin-1 TopoJSON to its attribute table (English names, ISO 3166-2, HASC) on ne_id. */
export async function loadAdmin1Units(conn: DuckDBConnection): Promise<Admin1Units> {
	const attrFile = rawPath('admin1Attributes');
	await requireColumns(conn, attrFile, [
		'ne_id',
		'adm1_code',
		'iso_3166_2',
		'code_hasc',
		'adm0_a3',
		'iso_a2',
		'name',
		'name_en'
	]);
	const attrs = await rows<Admin1Attributes>(
		conn,
		`SELECT ne_id, adm1_code, iso_3166_2, code_hasc, adm0_a3, iso_a2, name, name_en FROM ${readCsv(attrFile)}`
	);
	const byId = new Map(attrs.map((a, i) => [a.ne_id, { a, row: i + 2 }]));
	const codes = await rows<{ iso3: string; iso2: string | null }>(conn, 'SELECT iso3, iso2 FROM countries');
	const iso3s = new Set(codes.map((c) => c.iso3));
	const iso2 = new Map(codes.filter((c) => c.iso2).map((c) => [c.iso2 as string, c.iso3]));

	const topology = JSON.parse(readFileSync(rawPath('admin1Topology'), 'utf8')) as Topology;
	const objectName = 'provinces';
	const object = topology.objects[objectName] as GeometryCollection<{ ne_id: number | string }> | undefined;
	if (!object) throw new Error(`${RAW.admin1Topology}: no object "${objectName}"`);
	const unmappedCountry = new Set<string>();
	const features = object.geometries.map((g, i) => {
		const neId = String((g.properties as { ne_id?: number | string } | undefined)?.ne_id ?? '');
		const hit = byId.get(neId);
		if (!hit)
			throw new Error(`${RAW.admin1Topology} geometry ${i}: ne_id "${neId}" not in ${RAW.admin1Attributes}`);
		const where = `${RAW.admin1Attributes} row ${hit.row}`;
		const iso3 = admin1Iso3(hit.a, iso3s, iso2);
		if (!iso3) unmappedCountry.add(`${hit.a.adm0_a3} (${hit.a.iso_a2 ?? ''})`);
		const props: UnitProps = {
			ne_id: neId,
			admin1_code: admin1Code(hit.a, where),
			iso3,
			name: admin1Name(hit.a),
			code_hasc: hit.a.code_hasc?.trim() || null,
			adm1_code: hit.a.adm1_code ?? ''
		};
		const f = feature(topology, g) as unknown as AreaFeature<UnitProps>;
		return rewindIfInverted({ ...f, properties: props });
	});
	return {
		topology,
		objectName,
		features,
		index: new SpatialIndex(features),
		unmappedCountry: [...unmappedCountry].sort()
	};
}

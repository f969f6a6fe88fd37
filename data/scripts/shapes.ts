import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { mergeArcs } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { Admin1Units } from './admin1-units';
import { outPath } from './paths';

/** A polygon as rings of arc indexes. */
type PolygonArcs = number[][];
type AreaGeometry = (Polygon | MultiPolygon) & { properties?: Record<string, unknown> };

const round3 = (v: number) => Math.round(v * 1000) / 1000;

/** Rewrites a geometry's arc indexes into a new, smaller arc list (reversed arcs keep their ~i encoding). */
function remap(
	arcs: PolygonArcs,
	source: number[][][],
	target: number[][][],
	index: Map<number, number>
): PolygonArcs {
	return arcs.map((ring) =>
		ring.map((a) => {
			const i = a < 0 ? ~a : a;
			let j = index.get(i);
			if (j === undefined) {
				j = target.length;
				index.set(i, j);
				target.push((source[i] ?? []).map(([x, y]) => [round3(x!), round3(y!)]));
			}
			return a < 0 ? ~j : j;
		})
	);
}

/**
 * Writes data/admin1/<ISO3>.json: one TopoJSON per country (object `admin1`), polygons sharing an admin-1 code
 * merged with topojson-client's mergeArcs, coordinates rounded to 0.001°. Returns the largest gzipped size.
 */
export function writeShapes(units: Admin1Units): { files: number; maxGzipBytes: number; maxFile: string } {
	const dir = outPath('admin1');
	mkdirSync(dir, { recursive: true });
	for (const f of readdirSync(dir)) if (f.endsWith('.json')) rmSync(`${dir}/${f}`);
	const source = units.topology as Topology;
	const geoms = (source.objects[units.objectName] as GeometryCollection).geometries as AreaGeometry[];
	const byCountry = new Map<string, Map<string, AreaGeometry[]>>();
	units.features.forEach((f, i) => {
		const { iso3, admin1_code } = f.properties;
		if (!iso3) return;
		const codes = byCountry.get(iso3) ?? new Map<string, AreaGeometry[]>();
		codes.set(admin1_code, [...(codes.get(admin1_code) ?? []), geoms[i]!]);
		byCountry.set(iso3, codes);
	});
	let maxGzipBytes = 0;
	let maxFile = '';
	for (const iso3 of [...byCountry.keys()].sort()) {
		const arcs: number[][][] = [];
		const index = new Map<number, number>();
		const geometries = [...byCountry.get(iso3)!.entries()].map(([code, parts]) => {
			const merged = parts.length === 1 ? parts[0]! : (mergeArcs(source, parts as Polygon[]) as AreaGeometry);
			const unit = units.features.find((f) => f.properties.admin1_code === code)!.properties;
			const polys = (merged.type === 'Polygon' ? [merged.arcs] : merged.arcs) as PolygonArcs[];
			const remapped = polys.map((p) => remap(p, source.arcs as number[][][], arcs, index));
			return {
				type: remapped.length === 1 ? 'Polygon' : 'MultiPolygon',
				arcs: remapped.length === 1 ? remapped[0] : remapped,
				properties: { admin1_code: code, name: unit.name, iso3 }
			};
		});
		const topo = { type: 'Topology', arcs, objects: { admin1: { type: 'GeometryCollection', geometries } } };
		const text = JSON.stringify(topo);
		writeFileSync(`${dir}/${iso3}.json`, text);
		const gz = gzipSync(text).length;
		if (gz > maxGzipBytes) {
			maxGzipBytes = gz;
			maxFile = `${iso3}.json`;
		}
	}
	return { files: byCountry.size, maxGzipBytes, maxFile };
}

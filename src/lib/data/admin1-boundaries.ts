/**
 * A country's own admin-1 boundaries (GeoJSON or TopoJSON) read and checked: polygons only, which property holds each
 * unit's code and name, longitude/latitude degrees, and a place that overlaps the country. Pure: bytes in, shapes or
 * a specific problem out.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { decodeText } from './loaders';

export interface UserShapeProperties {
	admin1_code: string;
	name: string;
	iso3: string | null;
}

export type UserShapes = FeatureCollection<Polygon | MultiPolygon, UserShapeProperties>;

export type BoundariesProblem =
	| { kind: 'not_json'; detail: string }
	| { kind: 'not_geojson' }
	| { kind: 'no_polygons'; features: number }
	| { kind: 'no_names'; properties: string[] }
	| { kind: 'not_degrees'; value: string }
	| { kind: 'outside_country'; inside: number };

export type BoundariesRead =
	| {
			ok: true;
			shapes: UserShapes;
			codeProperty: string | null;
			nameProperty: string;
			/** Features left out because they are not polygons (points, lines, empty geometry). */
			skipped: number;
	  }
	| { ok: false; file: string; problem: BoundariesProblem };

/** West, south, east, north in degrees. */
export type Box = [number, number, number, number];

const CODE_KEYS = [
	'iso_3166_2',
	'iso_code',
	'shapeiso',
	'adm1_pcode',
	'pcode',
	'admin1_code',
	'code',
	'hasc_1',
	'id'
];
const NAME_KEYS = [
	'name',
	'adm1_en',
	'adm1_name',
	'name_1',
	'shapename',
	'admin1name',
	'admin1_name',
	'nom',
	'nombre',
	'nome',
	'name_en'
];

type AnyFeature = Feature<Geometry | null, Record<string, unknown> | null>;

function toFeatures(parsed: unknown): AnyFeature[] | null {
	if (!parsed || typeof parsed !== 'object') return null;
	const o = parsed as { type?: unknown; features?: unknown; objects?: Record<string, unknown> };
	if (o.type === 'FeatureCollection' && Array.isArray(o.features)) return o.features as AnyFeature[];
	if (o.type === 'Feature') return [parsed as AnyFeature];
	if (o.type === 'Topology' && o.objects && typeof o.objects === 'object') {
		const features: AnyFeature[] = [];
		for (const name of Object.keys(o.objects)) {
			const fc = feature(parsed as Topology, name) as FeatureCollection | Feature;
			features.push(...((fc.type === 'FeatureCollection' ? fc.features : [fc]) as AnyFeature[]));
		}
		return features;
	}
	return null;
}

/** The property that names (or codes) the units: a known key first, else the text property with most distinct values. */
function chooseProperty(features: AnyFeature[], known: string[], pattern?: RegExp): string | null {
	const keys = [...new Set(features.flatMap((f) => Object.keys(f.properties ?? {})))];
	const values = (key: string) =>
		features
			.map((f) => f.properties?.[key])
			.filter((v) => typeof v === 'string' && v.trim() !== '') as string[];
	const full = (key: string) => values(key).length === features.length;
	for (const k of known) {
		const key = keys.find((x) => x.toLowerCase() === k);
		if (key && full(key) && (!pattern || values(key).every((v) => pattern.test(v)))) return key;
	}
	if (pattern) return keys.find((k) => full(k) && values(k).every((v) => pattern.test(v))) ?? null;
	const ranked = keys
		.filter((k) => full(k) && values(k).some((v) => /\p{L}{3}/u.test(v)))
		.map((k) => ({ k, distinct: new Set(values(k)).size }))
		.sort((a, b) => b.distinct - a.distinct);
	return ranked[0]?.k ?? null;
}

function positions(geometry: Polygon | MultiPolygon): number[][] {
	return geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
}

/**
 * Reads and checks boundaries against the country's box (from its population cells, in degrees): at least 80 % of the
 * vertices must fall within the box widened by two degrees.
 */
export function readAdmin1Boundaries(
	data: ArrayBuffer | string,
	file: string,
	iso3: string,
	countryBox: Box | null
): BoundariesRead {
	let parsed: unknown;
	try {
		parsed = JSON.parse(decodeText(data).text);
	} catch (e) {
		return { ok: false, file, problem: { kind: 'not_json', detail: (e as Error).message } };
	}
	let all: AnyFeature[] | null;
	try {
		all = toFeatures(parsed);
	} catch {
		all = null;
	}
	if (!all) return { ok: false, file, problem: { kind: 'not_geojson' } };
	const polygons = all.filter(
		(f): f is Feature<Polygon | MultiPolygon, Record<string, unknown> | null> =>
			f?.geometry?.type === 'Polygon' || f?.geometry?.type === 'MultiPolygon'
	);
	if (polygons.length === 0)
		return { ok: false, file, problem: { kind: 'no_polygons', features: all.length } };
	for (const f of polygons)
		for (const [lon = NaN, lat = NaN] of positions(f.geometry))
			if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90))
				return { ok: false, file, problem: { kind: 'not_degrees', value: `${lon}, ${lat}` } };
	if (countryBox) {
		const [w, s, e, n] = countryBox;
		const points = polygons.flatMap((f) => positions(f.geometry));
		const inside = points.filter(
			([lon = 0, lat = 0]) => lon >= w - 2 && lon <= e + 2 && lat >= s - 2 && lat <= n + 2
		).length;
		if (inside < 0.8 * points.length)
			return {
				ok: false,
				file,
				problem: { kind: 'outside_country', inside: points.length ? inside / points.length : 0 }
			};
	}
	const codeProperty = chooseProperty(polygons, CODE_KEYS, /^[A-Z]{2}[-_.]?[A-Z0-9]{1,4}$/);
	const nameProperty = chooseProperty(polygons, NAME_KEYS) ?? codeProperty;
	if (!nameProperty) {
		const properties = [...new Set(polygons.flatMap((f) => Object.keys(f.properties ?? {})))];
		return { ok: false, file, problem: { kind: 'no_names', properties } };
	}
	// Several features with one code (or, without codes, one name) are parts of one unit.
	const generated = new Map<string, string>();
	const features = polygons.map((f, i) => {
		const name = String(f.properties?.[nameProperty] ?? '').trim() || `#${i + 1}`;
		let admin1_code = codeProperty ? String(f.properties?.[codeProperty]).trim() : generated.get(name);
		if (admin1_code === undefined) generated.set(name, (admin1_code = `${iso3}-U${generated.size + 1}`));
		return { type: 'Feature' as const, properties: { admin1_code, name, iso3 }, geometry: f.geometry };
	});
	return {
		ok: true,
		shapes: { type: 'FeatureCollection', features },
		codeProperty,
		nameProperty,
		skipped: all.length - polygons.length
	};
}

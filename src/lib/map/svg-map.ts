import { geoEqualEarth, geoMercator, geoPath, type GeoProjection } from 'd3';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { loadAdmin1Shapes, type Admin1Shapes } from './admin1-shapes';
import { countryShapes, type CountryShapes } from './shapes';

/** One shape on a printable map: its outline and how it is painted. */
export interface SvgShape {
	key: string;
	name: string;
	geometry: Polygon | MultiPolygon;
	fill: string;
	/** Drawn with a hatch over its fill: the value is unknown rather than small. */
	hatched?: boolean;
	/** Drawn faded: outside the report's scope, shown for context. */
	faded?: boolean;
	/** Drawn with a heavy outline. */
	outlined?: boolean;
}

export interface SvgPoint {
	key: string;
	lat: number;
	lon: number;
	kind: 'facility' | 'centre';
	label: string;
}

export interface DrawnShape extends Omit<SvgShape, 'geometry'> {
	d: string;
}

export interface DrawnPoint extends SvgPoint {
	x: number;
	y: number;
}

/**
 * Projects shapes and points into a `width` × `height` box, fitted to the `focus` shapes (all when none): Equal Earth
 * for the world and its regions, Mercator for one country. Shapes outside the box are clipped by the SVG itself.
 */
export function drawMap(
	shapes: readonly SvgShape[],
	points: readonly SvgPoint[],
	options: { width: number; height: number; focus?: readonly string[]; projection: 'world' | 'local' }
): { shapes: DrawnShape[]; points: DrawnPoint[] } {
	const focusKeys = new Set(options.focus ?? []);
	const focus = focusKeys.size > 0 ? shapes.filter((s) => focusKeys.has(s.key)) : shapes;
	const collection: FeatureCollection<Geometry> = {
		type: 'FeatureCollection',
		features: (focus.length > 0 ? focus : shapes).map((s): Feature<Geometry> => ({
			type: 'Feature',
			properties: {},
			geometry: s.geometry
		}))
	};
	const pad = Math.round(Math.min(options.width, options.height) * 0.04);
	const projection: GeoProjection = (
		options.projection === 'world' ? geoEqualEarth() : geoMercator()
	).fitExtent(
		[
			[pad, pad],
			[options.width - pad, options.height - pad]
		],
		collection
	);
	const path = geoPath(projection);
	return {
		shapes: shapes.flatMap(({ geometry, ...rest }) => {
			const d = path(geometry);
			return d ? [{ ...rest, d }] : [];
		}),
		points: points.flatMap((p) => {
			const xy = projection([p.lon, p.lat]);
			return xy ? [{ ...p, x: xy[0], y: xy[1] }] : [];
		})
	};
}

let lightShapes: Promise<Topology> | null = null;

/**
 * The world-atlas country shapes at 1:110 million, for printed maps: the same shapes and ISO3 join as the interactive
 * map (`countryShapes`), a fifth of the size, which keeps a PDF small.
 */
export async function loadPrintShapes(numericToIso3: ReadonlyMap<string, string>): Promise<CountryShapes> {
	lightShapes ??= import('world-atlas/countries-110m.json?url')
		.then(({ default: url }) => fetch(url))
		.then((response) => {
			if (!response.ok) throw new Error(`Could not download the world shapes (HTTP ${response.status})`);
			return response.json() as Promise<Topology>;
		})
		.catch((error: unknown) => {
			lightShapes = null;
			throw error;
		});
	return countryShapes(await lightShapes, numericToIso3);
}

/** The shapes a printed report draws: the world, and a country's admin-1 units when it has a scope of one country. */
export async function loadReportShapes(
	country: string | null,
	numericToIso3: ReadonlyMap<string, string>
): Promise<{ world: CountryShapes; admin1: Admin1Shapes | null }> {
	const [world, admin1] = await Promise.all([
		loadPrintShapes(numericToIso3),
		country ? loadAdmin1Shapes(country) : Promise.resolve(null)
	]);
	return { world, admin1 };
}

import { geoNaturalEarth1, geoPath } from 'd3';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { OverlayLink, OverlayPlace } from './overlay';

/** A country's fill in the vector map: a class colour, or hatched when its value is unknown. */
export interface VectorFill {
	colour: string;
	hatched: boolean;
}

export interface VectorMap {
	width: number;
	height: number;
	countries: { id: string; d: string; fill: VectorFill }[];
	/** Great-circle arcs, lightest first (heaviest drawn on top), width growing with the square root of the weight. */
	arcs: { d: string; width: number; weight: number }[];
	points: (OverlayPlace & { x: number; y: number })[];
}

const antarctica = '010';

/**
 * The choropleth with its arcs and points projected for SVG (Natural Earth projection, d3-geo): what the WebGL map
 * shows, as vectors an export can carry. Country fills come from `fillOf`; links and places as the overlay's.
 */
export function vectorMap(
	topology: Topology,
	numericToIso3: ReadonlyMap<string, string>,
	fillOf: (iso3: string | null) => VectorFill,
	places: readonly OverlayPlace[],
	links: readonly OverlayLink[],
	width = 960,
	maxWidth = 7
): VectorMap {
	const object = topology.objects.countries as GeometryCollection<{ name: string }>;
	const all = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
	const shapes = all.features.filter((f) => String(f.id ?? '').padStart(3, '0') !== antarctica);
	const collection = { ...all, features: shapes };
	const height = Math.round(width * 0.5);
	const projection = geoNaturalEarth1().fitSize([width, height], collection);
	const path = geoPath(projection).digits(1);
	const countries = shapes.flatMap((f) => {
		const numeric = f.id === undefined ? null : String(f.id).padStart(3, '0');
		const d = path(f);
		if (!d) return [];
		return [{ id: numeric ?? '', d, fill: fillOf(numeric ? (numericToIso3.get(numeric) ?? null) : null) }];
	});
	const heaviest = Math.max(0, ...links.map((l) => l.weight));
	const arcs = [...links]
		.filter((l) => l.weight > 0)
		.sort((a, b) => a.weight - b.weight)
		.flatMap((l) => {
			const d = path({ type: 'LineString', coordinates: [l.from, l.to] });
			const width = 0.75 + (maxWidth - 0.75) * Math.sqrt(l.weight / heaviest);
			return d ? [{ d, width: Math.round(width * 100) / 100, weight: l.weight }] : [];
		});
	const points = places.flatMap((p) => {
		const xy = projection([p.lon, p.lat]);
		return xy ? [{ ...p, x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10 }] : [];
	});
	return { width, height, countries, arcs, points };
}

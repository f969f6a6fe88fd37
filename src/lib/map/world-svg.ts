import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world110m from 'world-atlas/countries-110m.json';

/** Where the maplibre world map opens (world-map.ts): the SVG preview draws the same view, so the takeover does not jump. */
export const worldView = { center: [15, 15] as [number, number], zoom: 0.6, tileSize: 512 };

/**
 * The box the SVG world map is drawn in, at build time for the prerendered Overview: the page scales it to its frame,
 * so nothing has to be measured before the map can be drawn.
 */
export const worldViewBox = { width: 960, height: 540 } as const;

export interface CountryPath {
	/** ISO 3166-1 numeric code as in world-atlas ("076"). */
	isoNumeric: string;
	d: string;
}

const antarctica = '010';
let features: Feature<Geometry>[] | null = null;

/** The world-atlas countries at 1:110 m (the 1:50 m set, which maplibre draws, is seven times larger). */
function countryFeatures(): Feature<Geometry>[] {
	if (!features) {
		const topology = world110m as unknown as Topology;
		const collection = feature(
			topology,
			topology.objects.countries as GeometryCollection
		) as FeatureCollection;
		features = collection.features.filter((f) => f.id !== undefined && String(f.id) !== antarctica);
	}
	return features;
}

/**
 * SVG path data for every country, in Web Mercator at the maplibre map's opening view, for a box of width × height.
 * Coordinates are whole units: in the 960-wide box a unit is under a screen pixel, and the prerendered page stays small.
 */
export function countryPaths(width: number, height: number): CountryPath[] {
	const projection = geoMercator()
		.scale((worldView.tileSize * 2 ** worldView.zoom) / (2 * Math.PI))
		.center(worldView.center)
		.translate([width / 2, height / 2]);
	const path = geoPath(projection).digits(0);
	return countryFeatures().flatMap((f) => {
		const d = path(f);
		return d ? [{ isoNumeric: String(f.id).padStart(3, '0'), d }] : [];
	});
}

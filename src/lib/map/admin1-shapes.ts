import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { continuousRing } from './shapes';

export interface Admin1ShapeProperties {
	admin1_code: string;
	name: string;
	iso3: string | null;
}

export type Admin1Shapes = FeatureCollection<Polygon | MultiPolygon, Admin1ShapeProperties>;

/** One URL per country (data/admin1/<ISO3>.json): fetched on the country's page only, never bundled. */
const shapeFiles = import.meta.glob('/data/admin1/*.json', { query: '?url', import: 'default' }) as Record<
	string,
	() => Promise<string>
>;

export function hasAdmin1Shapes(iso3: string): boolean {
	return `/data/admin1/${iso3}.json` in shapeFiles;
}

/** The TopoJSON object (named `admin1`) as GeoJSON with each ring's longitudes made continuous. */
export function admin1Features(topology: Topology, objectName = 'admin1'): Admin1Shapes {
	const object = topology.objects[objectName] as GeometryCollection<Admin1ShapeProperties> | undefined;
	if (!object) throw new Error(`The shapes file has no object named “${objectName}”`);
	const collection = feature(topology, object) as FeatureCollection<
		Polygon | MultiPolygon | null,
		Admin1ShapeProperties
	>;
	const features: Feature<Polygon | MultiPolygon, Admin1ShapeProperties>[] = [];
	for (const f of collection.features) {
		if (!f.geometry) continue;
		const geometry: Polygon | MultiPolygon =
			f.geometry.type === 'Polygon'
				? { type: 'Polygon', coordinates: f.geometry.coordinates.map(continuousRing) }
				: {
						type: 'MultiPolygon',
						coordinates: f.geometry.coordinates.map((polygon) => polygon.map(continuousRing))
					};
		features.push({ type: 'Feature', properties: f.properties, geometry });
	}
	return { type: 'FeatureCollection', features };
}

/** Downloads and prepares a country's shipped admin-1 shapes; `null` when none ship for it. */
export async function loadAdmin1Shapes(iso3: string): Promise<Admin1Shapes | null> {
	const urlOf = shapeFiles[`/data/admin1/${iso3}.json`];
	if (!urlOf) return null;
	const response = await fetch(await urlOf());
	if (!response.ok)
		throw new Error(`Could not download the admin-1 shapes of ${iso3} (HTTP ${response.status})`);
	return admin1Features((await response.json()) as Topology);
}

/** West, south, east, north of every shape; `null` when there is none. */
export function shapesBounds(shapes: Admin1Shapes): [number, number, number, number] | null {
	let west = Infinity;
	let south = Infinity;
	let east = -Infinity;
	let north = -Infinity;
	for (const f of shapes.features) {
		const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
		for (const ring of polygons.flat())
			for (const [lon = 0, lat = 0] of ring) {
				west = Math.min(west, lon);
				east = Math.max(east, lon);
				south = Math.min(south, lat);
				north = Math.max(north, lat);
			}
	}
	return Number.isFinite(west) ? [west, south, east, north] : null;
}

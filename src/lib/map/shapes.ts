import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CountryShapeProperties {
	iso3: string | null;
	/** ISO 3166-1 numeric code as in world-atlas: a zero-padded string such as "076". */
	isoNumeric: string | null;
	name: string;
}

export type CountryShapes = FeatureCollection<Polygon | MultiPolygon, CountryShapeProperties>;

const antarctica = '010';

/**
 * World-atlas country shapes ready for MapLibre: ISO3 attached through the numeric code, Antarctica dropped,
 * and each ring's longitudes made continuous (world-atlas rings jump across the antimeridian for d3-geo,
 * which MapLibre would draw as streaks across the map).
 */
export function countryShapes(topology: Topology, numericToIso3: ReadonlyMap<string, string>): CountryShapes {
	const object = topology.objects.countries as GeometryCollection<{ name: string }>;
	const collection = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
	const features: Feature<Polygon | MultiPolygon, CountryShapeProperties>[] = [];
	for (const f of collection.features) {
		const isoNumeric = f.id === undefined ? null : String(f.id).padStart(3, '0');
		if (isoNumeric === antarctica || !f.geometry) continue;
		features.push({
			type: 'Feature',
			properties: {
				iso3: isoNumeric ? (numericToIso3.get(isoNumeric) ?? null) : null,
				isoNumeric,
				name: f.properties?.name ?? ''
			},
			geometry: continuousGeometry(f.geometry)
		});
	}
	return { type: 'FeatureCollection', features };
}

function continuousGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
	if (geometry.type === 'Polygon')
		return { type: 'Polygon', coordinates: geometry.coordinates.map(continuousRing) };
	return {
		type: 'MultiPolygon',
		coordinates: geometry.coordinates.map((polygon) => polygon.map(continuousRing))
	};
}

/** Shifts longitudes by ±360° wherever consecutive points jump more than half the globe. */
export function continuousRing(ring: Position[]): Position[] {
	let offset = 0;
	let previous: number | null = null;
	return ring.map(([lon = 0, lat = 0]) => {
		if (previous !== null) {
			const step = lon + offset - previous;
			if (step > 180) offset -= 360;
			else if (step < -180) offset += 360;
		}
		previous = lon + offset;
		return [lon + offset, lat];
	});
}

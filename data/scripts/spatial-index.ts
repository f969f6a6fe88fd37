import { type GeoPermissibleObjects, geoArea, geoBounds, geoContains, geoDistance } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export type AreaFeature<P> = Feature<Polygon | MultiPolygon, P>;

export const EARTH_RADIUS_KM = 6371.0088;

/** d3-geo wants clockwise exteriors; a polygon drawn the other way covers the rest of the globe, so it is turned. */
export function rewindIfInverted<P>(f: AreaFeature<P>): AreaFeature<P> {
	const fix = (rings: Position[][]) =>
		geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI
			? rings.map((r) => [...r].reverse())
			: rings;
	const geometry: Polygon | MultiPolygon =
		f.geometry.type === 'Polygon'
			? { type: 'Polygon', coordinates: fix(f.geometry.coordinates) }
			: { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map(fix) };
	return { ...f, geometry };
}

const cellKey = (x: number, y: number) => `${x}:${y}`;

/** A 1° bucket index over feature bounding boxes: point-in-polygon and nearest-unit queries test only nearby features. */
export class SpatialIndex<P> {
	private buckets = new Map<string, number[]>();

	constructor(readonly features: AreaFeature<P>[]) {
		features.forEach((f, i) => {
			const [[w, s], [e, n]] = geoBounds(f as unknown as GeoPermissibleObjects);
			const spans: [number, number][] =
				w <= e
					? [[w, e]]
					: [
							[w, 180],
							[-180, e]
						];
			for (const [a, b] of spans) {
				for (let x = Math.floor(a); x <= Math.floor(b); x++) {
					for (let y = Math.floor(s); y <= Math.floor(n); y++) {
						const k = cellKey(x, y);
						const list = this.buckets.get(k) ?? [];
						list.push(i);
						this.buckets.set(k, list);
					}
				}
			}
		});
	}

	private candidates(lon: number, lat: number, pad = 0): number[] {
		const out = new Set<number>();
		for (let dx = -pad; dx <= pad; dx++) {
			for (let dy = -pad; dy <= pad; dy++) {
				let x = Math.floor(lon) + dx;
				if (x < -180) x += 360;
				if (x >= 180) x -= 360;
				for (const i of this.buckets.get(cellKey(x, Math.floor(lat) + dy)) ?? []) out.add(i);
			}
		}
		return [...out].sort((a, b) => a - b);
	}

	/** Indexes of features containing the point, in feature order. */
	containing(lon: number, lat: number): number[] {
		return this.candidates(lon, lat).filter((i) =>
			geoContains(this.features[i]! as unknown as GeoPermissibleObjects, [lon, lat])
		);
	}

	/** Nearest feature by great-circle distance to its vertices, within maxKm; ties go to the lower index. */
	nearest(
		lon: number,
		lat: number,
		maxKm: number,
		accept: (f: AreaFeature<P>) => boolean = () => true
	): { index: number; km: number } | null {
		const pad = Math.ceil(maxKm / 100) + 1;
		let best: { index: number; km: number } | null = null;
		for (const i of this.candidates(lon, lat, pad)) {
			const f = this.features[i]!;
			if (!accept(f)) continue;
			const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			for (const poly of polys) {
				for (const ring of poly) {
					for (const p of ring) {
						const km = geoDistance([lon, lat], p as [number, number]) * EARTH_RADIUS_KM;
						if (km <= maxKm && (best === null || km < best.km)) best = { index: i, km };
					}
				}
			}
		}
		return best;
	}
}

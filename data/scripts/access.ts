import type { DuckDBConnection } from '@duckdb/node-api';
import { geoDistance } from 'd3-geo';
import { createTable, rows } from './duck';
import { EARTH_RADIUS_KM } from './spatial-index';

export const ACCESS_RADII_KM = [100, 200] as const;

/** Great-circle distance in km from each point to the nearest site (Infinity when none within maxKm). */
export function nearestSiteKm(
	points: [number, number][],
	sites: [number, number][],
	maxKm: number
): number[] {
	const buckets = new Map<string, [number, number][]>();
	for (const s of sites) {
		const k = `${Math.floor(s[0])}:${Math.floor(s[1])}`;
		buckets.set(k, [...(buckets.get(k) ?? []), s]);
	}
	const dLat = Math.ceil(maxKm / 111) + 1;
	return points.map(([lon, lat]) => {
		const cos = Math.max(Math.cos((Math.min(Math.abs(lat) + dLat, 89.9) * Math.PI) / 180), 0.01);
		const dLon = Math.min(Math.ceil(maxKm / (111 * cos)) + 1, 180);
		let best = Infinity;
		for (let y = Math.floor(lat) - dLat; y <= Math.floor(lat) + dLat; y++) {
			for (let x = Math.floor(lon) - dLon; x <= Math.floor(lon) + dLon; x++) {
				const wx = ((((x + 180) % 360) + 360) % 360) - 180;
				for (const s of buckets.get(`${wx}:${y}`) ?? []) {
					const km = geoDistance([lon, lat], s) * EARTH_RADIUS_KM;
					if (km < best) best = km;
				}
			}
		}
		return best <= maxKm ? best : Infinity;
	});
}

/**
 * Table `cell_access`: per cell, whether its centre lies within 100 / 200 km of a facility with MV machines anywhere
 * (across borders too). Facilities flagged outside their own country (bad geocodes) are left out.
 */
export async function computeCellAccess(conn: DuckDBConnection): Promise<void> {
	const sites = await rows<{ lon: number; lat: number }>(
		conn,
		`SELECT lon, lat FROM rt_centres WHERE mv_machines > 0 AND lat IS NOT NULL AND NOT outside_own_country ORDER BY lon, lat`
	);
	const cells = await rows<{ lon: number; lat: number }>(
		conn,
		'SELECT lon, lat FROM cells ORDER BY lat, lon'
	);
	const km = nearestSiteKm(
		cells.map((c) => [c.lon, c.lat]),
		sites.map((s) => [s.lon, s.lat]),
		Math.max(...ACCESS_RADII_KM)
	);
	await createTable(
		conn,
		'cell_access',
		[
			['lat', 'DOUBLE'],
			['lon', 'DOUBLE'],
			['within_100km', 'BOOLEAN'],
			['within_200km', 'BOOLEAN']
		],
		cells.map((c, i) => [c.lat, c.lon, (km[i] ?? Infinity) <= 100, (km[i] ?? Infinity) <= 200])
	);
}

import type { DuckDBConnection } from '@duckdb/node-api';
import type { Admin1Units } from './admin1-units';
import { createTable, rows } from './duck';
import { DIRAC_LOCATION_EXCEPTIONS } from './exceptions';
import { RAW } from './paths';

/** How far a point just off a coast or border may sit from its country's nearest admin-1 unit and still be assigned. */
export const NEAREST_UNIT_MAX_KM = 50;

export interface MisplacedCentre {
	centre_key: string;
	iso3: string;
	city: string;
	name: string;
	lat: number;
	lon: number;
	landed_in: string;
	method: string;
	km: number | null;
}

/**
 * Places each facility in an admin-1 unit of its own country: by point-in-polygon, else the nearest unit of that country
 * within 50 km (points geocoded just offshore or across a simplified border). Others keep admin1_code NULL and are
 * reported as outside their country's polygons.
 */
export async function placeCentres(conn: DuckDBConnection, units: Admin1Units): Promise<MisplacedCentre[]> {
	const centres = await rows<{
		centre_key: string;
		iso3: string;
		city: string;
		name: string;
		lat: number | null;
		lon: number | null;
	}>(conn, 'SELECT centre_key, iso3, city, name, lat, lon FROM dirac ORDER BY centre_key');
	const out: (string | number | boolean | null)[][] = [];
	const misplaced: MisplacedCentre[] = [];
	for (const c of centres) {
		if (c.lat === null || c.lon === null) {
			out.push([c.centre_key, null, null, false, null]);
			continue;
		}
		const hits = units.index.containing(c.lon, c.lat).map((i) => units.features[i]!.properties);
		const own = hits.find((p) => p.iso3 === c.iso3);
		if (own) {
			out.push([c.centre_key, own.admin1_code, 'polygon', false, null]);
			continue;
		}
		const near = units.index.nearest(c.lon, c.lat, NEAREST_UNIT_MAX_KM, (f) => f.properties.iso3 === c.iso3);
		const landedIn = hits[0]?.iso3 ?? 'none';
		const base = {
			centre_key: c.centre_key,
			iso3: c.iso3,
			city: c.city,
			name: c.name,
			lat: c.lat,
			lon: c.lon,
			landed_in: landedIn
		};
		if (near) {
			out.push([
				c.centre_key,
				units.features[near.index]!.properties.admin1_code,
				'nearest_50km',
				false,
				null
			]);
			misplaced.push({ ...base, method: 'nearest_50km', km: Math.round(near.km * 10) / 10 });
		} else {
			if (!DIRAC_LOCATION_EXCEPTIONS[c.centre_key]) {
				throw new Error(
					`${RAW.dirac}: facility ${c.centre_key} (${c.city}, ${c.name}) at ${c.lat},${c.lon} lies outside ${c.iso3} ` +
						`(in ${landedIn}); fix the coordinates or add it to DIRAC_LOCATION_EXCEPTIONS with a reason`
				);
			}
			out.push([c.centre_key, null, null, true, DIRAC_LOCATION_EXCEPTIONS[c.centre_key] ?? null]);
			misplaced.push({ ...base, method: 'unassigned', km: null });
		}
	}
	await createTable(
		conn,
		'centre_admin1',
		[
			['centre_key', 'VARCHAR'],
			['admin1_code', 'VARCHAR'],
			['admin1_method', 'VARCHAR'],
			['outside_country', 'BOOLEAN'],
			['location_note', 'VARCHAR']
		],
		out
	);
	return misplaced;
}

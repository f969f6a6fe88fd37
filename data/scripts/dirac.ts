import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import Papa from 'papaparse';
import { mapDiracCountries, parseDiracRecords } from './dirac-rows';
import { createTable, readCsv, requireColumns, rows } from './duck';
import { RAW, rawPath } from './paths';

/** A stable key from what identifies a facility; a numeric suffix separates exact duplicates in file order. */
export function centreKeys(items: { iso3: string; city: string; name: string }[]): string[] {
	const seen = new Map<string, number>();
	return items.map((f) => {
		const base = `${f.iso3}-${createHash('sha1').update(`${f.iso3}|${f.city}|${f.name}`).digest('hex').slice(0, 8)}`;
		const n = (seen.get(base) ?? 0) + 1;
		seen.set(base, n);
		return n === 1 ? base : `${base}-${n}`;
	});
}

/** Loads DIRAC into table `dirac` (one row per facility, ISO3 mapped, malformed rows repaired). */
export async function loadDirac(conn: DuckDBConnection): Promise<{ repaired: number; facilities: number }> {
	await requireColumns(conn, rawPath('diracNames'), ['dirac_country', 'iso3']);
	const cw = await rows<{ dirac_country: string; iso3: string }>(
		conn,
		`SELECT dirac_country, iso3 FROM ${readCsv(rawPath('diracNames'))}`
	);
	const unknown = await rows(
		conn,
		`SELECT dirac_country, iso3 FROM ${readCsv(rawPath('diracNames'))} WHERE iso3 NOT IN (SELECT iso3 FROM countries)`
	);
	if (unknown.length > 0)
		throw new Error(`${RAW.diracNames}: ISO3 not in country-codes ${JSON.stringify(unknown)}`);
	const parsed = Papa.parse<string[]>(readFileSync(rawPath('dirac'), 'utf8'), { skipEmptyLines: true });
	if (parsed.errors.length > 0) {
		const e = parsed.errors[0];
		throw new Error(`${RAW.dirac} row ${(e?.row ?? 0) + 1}: ${e?.message}`);
	}
	const facilities = mapDiracCountries(
		parseDiracRecords(parsed.data, RAW.dirac),
		new Map(cw.map((r) => [r.dirac_country, r.iso3])),
		RAW.dirac
	);
	const keys = centreKeys(facilities);
	await createTable(
		conn,
		'dirac',
		[
			['centre_key', 'VARCHAR'],
			['iso3', 'VARCHAR'],
			['dirac_country', 'VARCHAR'],
			['city', 'VARCHAR'],
			['name', 'VARCHAR'],
			['mv_machines', 'INTEGER'],
			['brachytherapy', 'INTEGER'],
			['proton_ion', 'INTEGER'],
			['xray_units', 'INTEGER'],
			['last_update', 'INTEGER'],
			['lat', 'DOUBLE'],
			['lon', 'DOUBLE'],
			['row_repaired', 'BOOLEAN'],
			['source_row', 'INTEGER']
		],
		facilities.map((f, i) => [
			keys[i] ?? null,
			f.iso3,
			f.country,
			f.city,
			f.name,
			f.mvMachines,
			f.brachytherapy,
			f.protonIon,
			f.xrayUnits,
			f.lastUpdate,
			f.lat,
			f.lon,
			f.repaired,
			f.row
		])
	);
	return { repaired: facilities.filter((f) => f.repaired).length, facilities: facilities.length };
}

/**
 * Builds `rt_centres` (with the admin-1 unit from table centre_admin1) and `rt_capacity` (every country; counts
 * NULL and has_record false where DIRAC lists no facility, so "no record" is never shown as zero).
 */
export async function buildRtTables(conn: DuckDBConnection): Promise<void> {
	await conn.run(`
	CREATE OR REPLACE TABLE rt_centres AS
	SELECT d.centre_key, d.iso3, d.city, d.name, d.mv_machines, d.brachytherapy, d.proton_ion, d.xray_units,
		d.last_update, d.lat, d.lon, a.admin1_code, a.admin1_method, coalesce(a.outside_country, false) AS outside_own_country, a.location_note,
		d.row_repaired, d.source_row
	FROM dirac d LEFT JOIN centre_admin1 a USING (centre_key)
	ORDER BY d.iso3, d.centre_key`);
	await conn.run(`
	CREATE OR REPLACE TABLE rt_capacity AS
	WITH agg AS (
		SELECT iso3, CAST(count(*) AS INTEGER) AS centres,
			CAST(count(*) FILTER (WHERE mv_machines > 0) AS INTEGER) AS centres_with_mv,
			CAST(sum(mv_machines) AS INTEGER) AS mv_machines, CAST(sum(brachytherapy) AS INTEGER) AS brachytherapy,
			CAST(sum(proton_ion) AS INTEGER) AS proton_ion, CAST(sum(xray_units) AS INTEGER) AS xray_units,
			CAST(max(last_update) AS INTEGER) AS last_update_latest, CAST(min(last_update) AS INTEGER) AS last_update_oldest
		FROM dirac GROUP BY iso3
	)
	SELECT c.iso3, a.centres, a.centres_with_mv, a.mv_machines, a.brachytherapy, a.proton_ion, a.xray_units,
		a.last_update_latest, a.last_update_oldest, a.iso3 IS NOT NULL AS has_record,
		CASE WHEN c.population > 0 AND a.mv_machines IS NOT NULL THEN a.mv_machines / c.population * 1e6 END AS mv_machines_per_million
	FROM countries c LEFT JOIN agg a USING (iso3)
	ORDER BY c.iso3`);
}

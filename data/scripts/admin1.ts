import type { DuckDBConnection } from '@duckdb/node-api';
import type { Admin1Units } from './admin1-units';
import { createTable, readCsv, requireColumns, rows } from './duck';
import { rawPath } from './paths';

/** Table `units`: one row per admin-1 code (NE polygons sharing a code are grouped; the first polygon names it). */
export async function loadUnits(conn: DuckDBConnection, units: Admin1Units): Promise<void> {
	const seen = new Map<string, (string | number | null)[]>();
	units.features.forEach((f, i) => {
		const p = f.properties;
		if (!seen.has(p.admin1_code))
			seen.set(p.admin1_code, [p.admin1_code, p.iso3, p.name, p.code_hasc, p.adm1_code, i]);
	});
	await createTable(
		conn,
		'units',
		[
			['admin1_code', 'VARCHAR'],
			['iso3', 'VARCHAR'],
			['name', 'VARCHAR'],
			['code_hasc', 'VARCHAR'],
			['ne_adm1_code', 'VARCHAR'],
			['first_polygon', 'INTEGER']
		],
		[...seen.values()]
	);
	await createTable(
		conn,
		'unit_hasc',
		[
			['admin1_code', 'VARCHAR'],
			['hasc', 'VARCHAR']
		],
		units.features
			.filter((f) => f.properties.code_hasc)
			.map((f) => [f.properties.admin1_code, f.properties.code_hasc])
	);
}

/** SQL for a name compared across sources: accents, case, spaces and punctuation dropped ("Rift Valley" = "rift-valley"). */
const nameKey = (expr: string) => `regexp_replace(lower(strip_accents(${expr})), '[^a-z0-9]', '', 'g')`;

/**
 * World Bank subnational rows (2016), each matched to a Natural Earth unit. By name where the name is unique on both
 * sides within the country and either the HASC code also finds a unit (HASC codes disagree between the sources: the
 * World Bank's BR.PR is Paraíba, Natural Earth's is Paraná) or both sources cut the country into the same number of
 * units (Kenya: the World Bank writes KE.CN, KE.EA and KE.NP for Central, Eastern and Nairobi, Natural Earth KE.CE,
 * KE.NA and KE.NB); else by the HASC code in the World Bank's composite code.
 */
export async function loadWbSubnational(conn: DuckDBConnection): Promise<void> {
	const file = rawPath('subnationalPopulation');
	await requireColumns(conn, file, ['Country Name', 'Country Code', 'Indicator Code', '2016']);
	await conn.run(`
	CREATE OR REPLACE TABLE wb_sub AS
	SELECT "Country Code" AS wb_code, "Country Name" AS wb_name, left("Country Code", 3) AS iso3,
		nullif(regexp_extract("Country Code", '_([A-Z]{2}\\.[A-Z0-9]+)_', 1), '') AS hasc,
		max(TRY_CAST("2016" AS DOUBLE)) FILTER (WHERE "Indicator Code" = 'SP.POP.TOTL.ZS') AS share_2016,
		max(TRY_CAST("2016" AS DOUBLE)) FILTER (WHERE "Indicator Code" = 'SP.POP.TOTL') AS population_2016
	FROM ${readCsv(file)} WHERE contains("Country Code", '_')
	GROUP BY ALL ORDER BY wb_code`);
	await conn.run(`
	CREATE OR REPLACE TABLE wb_sub_matched AS
	WITH keyed AS (
		SELECT w.*, ${nameKey("regexp_extract(w.wb_name, ',\\s*([^,]+)$', 1)")} AS k,
			(SELECT min(h.admin1_code) FROM unit_hasc h WHERE h.hasc = w.hasc) AS hasc_code
		FROM wb_sub w
	),
	all_names AS (SELECT admin1_code, iso3, ${nameKey('name')} AS k FROM units),
	by_hasc AS (
		SELECT w.*, coalesce(w.k = (SELECT a.k FROM all_names a WHERE a.admin1_code = w.hasc_code), false) AS hasc_agrees
		FROM keyed w
	),
	same_level AS (
		SELECT iso3 FROM (SELECT iso3, count(*) AS n FROM wb_sub GROUP BY iso3) w
		JOIN (SELECT iso3, count(*) AS n FROM units GROUP BY iso3) u USING (iso3, n)
	),
	named_rows AS (SELECT wb_code FROM keyed JOIN all_names USING (iso3, k) GROUP BY 1 HAVING count(*) = 1),
	-- a unit held by HASC code by a row whose name agrees, or that has no name to go by, stays that row's (Mexico's
	-- "Distrito Federal" keeps MX-DIF, which Natural Earth names "Mexico")
	held AS (
		SELECT hasc_code FROM by_hasc
		WHERE hasc_code IS NOT NULL AND (hasc_agrees OR wb_code NOT IN (SELECT wb_code FROM named_rows))
	),
	unit_names AS (SELECT * FROM all_names WHERE admin1_code NOT IN (SELECT hasc_code FROM held)),
	by_name AS (
		SELECT w.wb_code, min(u.admin1_code) AS name_code FROM by_hasc w JOIN unit_names u USING (iso3, k)
		WHERE NOT w.hasc_agrees GROUP BY w.wb_code HAVING count(*) = 1
	),
	unique_name AS (
		SELECT * FROM by_name WHERE name_code IN (SELECT name_code FROM by_name GROUP BY 1 HAVING count(*) = 1)
	),
	chosen AS (
		SELECT b.*, n.name_code,
			n.name_code IS NOT NULL AND (b.hasc_code IS NOT NULL OR b.iso3 IN (SELECT iso3 FROM same_level)) AS by_name
		FROM by_hasc b LEFT JOIN unique_name n USING (wb_code)
	)
	SELECT wb_code, wb_name, iso3, hasc, share_2016, population_2016,
		CASE WHEN by_name THEN name_code ELSE hasc_code END AS admin1_code,
		CASE WHEN by_name THEN 'name' WHEN hasc_code IS NOT NULL THEN 'hasc' END AS matched_by,
		hasc_code AS hasc_admin1_code
	FROM chosen ORDER BY wb_code`);
}

export const unmatchedWbSql = `SELECT wb_code, wb_name FROM wb_sub_matched WHERE admin1_code IS NULL ORDER BY wb_code`;

/** World Bank units joined by name rather than HASC code (with the unit their HASC code pointed to), for SOURCES.md. */
export const nameMatchedWbSql = `SELECT w.wb_code, w.wb_name, w.admin1_code, u.name, h.name AS hasc_name
	FROM wb_sub_matched w JOIN units u USING (admin1_code) LEFT JOIN units h ON h.admin1_code = w.hasc_admin1_code
	WHERE w.matched_by = 'name' ORDER BY w.wb_code`;

/** Builds table `admin1` (population by method, MV machines, centres, population within 100 / 200 km). */
export async function buildAdmin1(conn: DuckDBConnection): Promise<void> {
	await conn.run(`
	CREATE OR REPLACE TABLE admin1 AS
	WITH wb AS (
		SELECT admin1_code, sum(share_2016) AS share_2016, sum(population_2016) AS population_2016
		FROM wb_sub_matched WHERE admin1_code IS NOT NULL GROUP BY admin1_code
	),
	grid AS (
		SELECT c.admin1_code, sum(c.population) AS pop, sum(c.population) FILTER (WHERE a.within_100km) AS pop100,
			sum(c.population) FILTER (WHERE a.within_200km) AS pop200
		FROM cells c JOIN cell_access a USING (lat, lon) WHERE c.admin1_code IS NOT NULL GROUP BY c.admin1_code
	),
	country_grid AS (SELECT iso3, sum(population) AS pop FROM cells WHERE iso3 IS NOT NULL GROUP BY iso3),
	rt AS (
		SELECT admin1_code, CAST(count(*) AS INTEGER) AS centres, CAST(sum(mv_machines) AS INTEGER) AS mv_machines
		FROM rt_centres WHERE admin1_code IS NOT NULL GROUP BY admin1_code
	),
	est AS (
		SELECT u.admin1_code, u.iso3, u.name, u.code_hasc,
			CASE WHEN wb.share_2016 IS NOT NULL THEN wb.share_2016 / 100 * c.population END AS pop_wb,
			-- a unit holding no cell centre (smaller than a 0.5° cell) has no grid estimate: unknown, not 0
			CASE WHEN cg.pop > 0 AND grid.pop > 0 THEN grid.pop / cg.pop * c.population END AS pop_grid,
			wb.population_2016, grid.pop AS grid_pop, grid.pop100, grid.pop200, c.population_year,
			r.has_record, rt.centres, rt.mv_machines
		FROM units u
		LEFT JOIN countries c USING (iso3) LEFT JOIN wb USING (admin1_code) LEFT JOIN grid USING (admin1_code)
		LEFT JOIN country_grid cg USING (iso3) LEFT JOIN rt_capacity r USING (iso3) LEFT JOIN rt USING (admin1_code)
	)
	SELECT admin1_code, iso3, name, code_hasc,
		nullif(round(coalesce(pop_wb, pop_grid)), 0) AS population,
		CASE WHEN coalesce(pop_wb, pop_grid) IS NOT NULL THEN population_year END AS population_year,
		CASE WHEN pop_wb IS NOT NULL THEN 'wb_subnational_scaled' WHEN pop_grid IS NOT NULL THEN 'gpw_grid_scaled' END AS population_source,
		round(pop_wb) AS population_wb_scaled, round(pop_grid) AS population_grid_scaled, population_2016 AS population_wb_2016,
		round(grid_pop) AS population_gpw_2020,
		CASE WHEN has_record THEN coalesce(mv_machines, 0) END AS mv_machines,
		CASE WHEN has_record THEN coalesce(centres, 0) END AS centres,
		CASE WHEN grid_pop > 0 THEN round(coalesce(pop_wb, pop_grid) * coalesce(pop100, 0) / grid_pop) END AS population_within_100km,
		CASE WHEN grid_pop > 0 THEN round(coalesce(pop_wb, pop_grid) * coalesce(pop200, 0) / grid_pop) END AS population_within_200km,
		CASE WHEN grid_pop > 0 THEN round(coalesce(pop100, 0) / grid_pop, 4) END AS share_within_100km,
		CASE WHEN grid_pop > 0 THEN round(coalesce(pop200, 0) / grid_pop, 4) END AS share_within_200km
	FROM est ORDER BY admin1_code`);
	const dup = await rows(conn, 'SELECT admin1_code FROM admin1 GROUP BY 1 HAVING count(*) > 1 LIMIT 3');
	if (dup.length > 0) throw new Error(`admin1: duplicate codes ${JSON.stringify(dup)}`);
}

import type { DuckDBConnection } from '@duckdb/node-api';
import { readSheet } from 'read-excel-file/node';
import { createTable, readCsv, requireColumns } from './duck';
import { RAW, rawPath } from './paths';

const INCOME_CODES: Record<string, string> = {
	'Low income': 'L',
	'Lower middle income': 'LM',
	'Upper middle income': 'UM',
	'High income': 'H'
};

/** Maps a CLASS income-group label to its code; a blank label is "unclassified" (null), any other label fails. */
export function incomeCode(label: string | null | undefined, where: string): string | null {
	if (label === null || label === undefined || label.trim() === '') return null;
	const code = INCOME_CODES[label.trim()];
	if (!code) throw new Error(`${where}: unknown income group "${label}"`);
	return code;
}

/** Loads the CLASS "List of economies" sheet into table wb_class (economies only; aggregates have no region). */
export async function loadIncomeClass(conn: DuckDBConnection): Promise<void> {
	const sheet = await readSheet(rawPath('incomeClass'), 'List of economies');
	const header = (sheet[0] ?? []).map((c) => String(c ?? ''));
	const need = ['Economy', 'Code', 'Region', 'Income group'];
	const missing = need.filter((n) => !header.includes(n));
	if (missing.length > 0) throw new Error(`${RAW.incomeClass}: missing column(s) ${missing.join(', ')}`);
	const col = (n: string) => header.indexOf(n);
	const data = sheet
		.slice(1)
		.map((r, i) => ({ r, row: i + 2 }))
		.filter(({ r }) => r[col('Code')] && r[col('Region')])
		.map(({ r, row }) => [
			String(r[col('Code')]),
			String(r[col('Economy')]),
			String(r[col('Region')]),
			incomeCode(r[col('Income group')] as string | null, `${RAW.incomeClass} row ${row}`)
		]);
	await createTable(
		conn,
		'wb_class',
		[
			['iso3', 'VARCHAR'],
			['economy', 'VARCHAR'],
			['region', 'VARCHAR'],
			['income_group', 'VARCHAR']
		],
		data
	);
}

const latest = (table: string, valueSql: string, yearSql: string, keySql: string, where: string) => `
	SELECT iso3, value, year FROM (
		SELECT ${keySql} AS iso3, TRY_CAST(${valueSql} AS DOUBLE) AS value, CAST(${yearSql} AS INTEGER) AS year
		FROM ${table} WHERE ${where}
	) WHERE value IS NOT NULL
	QUALIFY row_number() OVER (PARTITION BY iso3 ORDER BY year DESC) = 1`;

/** Builds table `countries`: the ISO 3166 spine with World Bank, WHO and name columns (see reference-tables.ts). */
export async function buildCountries(conn: DuckDBConnection): Promise<void> {
	const cc = rawPath('countryCodes');
	await requireColumns(conn, cc, [
		'ISO3166-1-Alpha-3',
		'ISO3166-1-Alpha-2',
		'ISO3166-1-numeric',
		'CLDR display name',
		'official_name_en',
		'official_name_fr',
		'official_name_es',
		'Region Name',
		'Sub-region Name',
		'Least Developed Countries (LDC)',
		'Small Island Developing States (SIDS)',
		'Land Locked Developing Countries (LLDC)'
	]);
	for (const key of ['population', 'gdp'] as const) {
		await requireColumns(conn, rawPath(key), ['Country Code', 'Year', 'Value']);
	}
	await requireColumns(conn, rawPath('healthExpenditure'), ['Country Code', 'health_exp_pc_ppp_2022']);
	for (const key of ['doctors', 'nurses'] as const) {
		await requireColumns(conn, rawPath(key), [
			'IndicatorCode',
			'SpatialDimValueCode',
			'Period',
			'FactValueNumeric'
		]);
	}
	await loadIncomeClass(conn);
	const pop = readCsv(rawPath('population'));
	const gdp = readCsv(rawPath('gdp'));
	await conn.run(`
	CREATE OR REPLACE TABLE countries AS
	WITH spine AS (
		SELECT "ISO3166-1-Alpha-3" AS iso3, "ISO3166-1-Alpha-2" AS iso2,
			lpad("ISO3166-1-numeric", 3, '0') AS iso_numeric,
			coalesce("CLDR display name", official_name_en) AS name,
			official_name_en AS name_official, official_name_fr AS name_fr, official_name_es AS name_es,
			"Region Name" AS un_region, "Sub-region Name" AS un_subregion,
			coalesce("Least Developed Countries (LDC)" = 'x', false) AS ldc,
			coalesce("Small Island Developing States (SIDS)" = 'x', false) AS sids,
			coalesce("Land Locked Developing Countries (LLDC)" = 'x', false) AS lldc
		FROM ${readCsv(cc)} WHERE "ISO3166-1-Alpha-3" IS NOT NULL
	),
	p AS (${latest(pop, 'Value', 'Year', '"Country Code"', 'true')}),
	gdp_year AS (
		SELECT g."Country Code" AS iso3, max(CAST(g.Year AS INTEGER)) AS year
		FROM ${gdp} g JOIN ${pop} q ON q."Country Code" = g."Country Code" AND q.Year = g.Year
		WHERE TRY_CAST(g.Value AS DOUBLE) IS NOT NULL AND TRY_CAST(q.Value AS DOUBLE) > 0
		GROUP BY 1
	),
	gpc AS (
		SELECT y.iso3, y.year, CAST(g.Value AS DOUBLE) / CAST(q.Value AS DOUBLE) AS value
		FROM gdp_year y
		JOIN ${gdp} g ON g."Country Code" = y.iso3 AND CAST(g.Year AS INTEGER) = y.year
		JOIN ${pop} q ON q."Country Code" = y.iso3 AND CAST(q.Year AS INTEGER) = y.year
	),
	he AS (
		SELECT "Country Code" AS iso3, TRY_CAST(health_exp_pc_ppp_2022 AS DOUBLE) AS value, 2022 AS year
		FROM ${readCsv(rawPath('healthExpenditure'))} WHERE TRY_CAST(health_exp_pc_ppp_2022 AS DOUBLE) IS NOT NULL
	),
	doc AS (${latest(readCsv(rawPath('doctors')), 'FactValueNumeric', 'Period', 'SpatialDimValueCode', "IndicatorCode = 'HWF_0001'")}),
	nur AS (${latest(readCsv(rawPath('nurses')), 'FactValueNumeric', 'Period', 'SpatialDimValueCode', "IndicatorCode = 'HWF_0006'")})
	SELECT s.iso3, s.iso2, s.iso_numeric, s.name, s.name_official, s.name_fr, s.name_es,
		c.region, c.income_group, s.un_region, s.un_subregion, s.ldc, s.sids, s.lldc,
		p.value AS population, p.year AS population_year,
		round(gpc.value, 2) AS gdp_per_capita_usd, gpc.year AS gdp_year,
		he.value AS health_expenditure_per_capita_ppp, he.year AS health_expenditure_year,
		doc.value AS doctors_per_10k, doc.year AS doctors_year,
		nur.value AS nurses_per_10k, nur.year AS nurses_year
	FROM spine s
	LEFT JOIN wb_class c USING (iso3)
	LEFT JOIN p USING (iso3) LEFT JOIN gpc USING (iso3) LEFT JOIN he USING (iso3)
	LEFT JOIN doc USING (iso3) LEFT JOIN nur USING (iso3)
	ORDER BY s.iso3`);
}

/** World Bank economies that the ISO spine lacks (e.g. Kosovo, XKX): reported, not silently lost. */
export const unmatchedEconomiesSql = `SELECT iso3, economy FROM wb_class WHERE iso3 NOT IN (SELECT iso3 FROM countries) ORDER BY iso3`;

import type { DuckDBConnection } from '@duckdb/node-api';
import { readCsv, requireColumns, rows } from './duck';
import { RAW, rawPath } from './paths';

/** Codes 8 colon, 9 rectum and 10 anus are also summed in 41 colorectum; 40 is the all-cancers total (excl. NMSC). */
export const ALL_CANCERS_CODE = 40;
export const COLORECTUM_CODE = 41;
export const COLORECTUM_PARTS = [8, 9, 10];

const NEEDED = [
	'Alpha-3 code',
	'Cancer code',
	'Label',
	'Sex',
	'Number',
	'ASR (World)',
	'Crude rate',
	'Cumulative risk'
];

/** Builds table `cancer_burden`: one row per country and GLOBOCAN site, "Total" rows dropped. */
export async function buildBurden(conn: DuckDBConnection): Promise<void> {
	const inc = rawPath('incidence');
	const mor = rawPath('mortality');
	await requireColumns(conn, inc, NEEDED);
	await requireColumns(conn, mor, NEEDED);
	await requireColumns(conn, rawPath('cancerCodes'), ['Cancer code', 'ICD Code', 'Label']);
	const part = (file: string) => `
		SELECT "Alpha-3 code" AS iso3, CAST("Cancer code" AS INTEGER) AS site_code, "Label" AS country_label,
			CAST("Number" AS DOUBLE) AS n, CAST("ASR (World)" AS DOUBLE) AS asr, CAST("Crude rate" AS DOUBLE) AS crude,
			CAST("Cumulative risk" AS DOUBLE) AS cumrisk
		FROM ${readCsv(file)} WHERE coalesce("Alpha-3 code", '') <> '' AND "Label" <> 'Total' AND "Sex" = '0'`;
	await conn.run(`CREATE OR REPLACE TABLE globocan_inc AS ${part(inc)}`);
	await conn.run(`CREATE OR REPLACE TABLE globocan_mor AS ${part(mor)}`);
	for (const t of ['globocan_inc', 'globocan_mor']) {
		const dup = await rows(
			conn,
			`SELECT iso3, site_code, count(*) AS n FROM ${t} GROUP BY ALL HAVING n > 1 LIMIT 3`
		);
		if (dup.length > 0)
			throw new Error(
				`${t === 'globocan_inc' ? RAW.incidence : RAW.mortality}: duplicate country/site rows ${JSON.stringify(dup)}`
			);
	}
	const unknownSite = await rows(
		conn,
		`SELECT DISTINCT site_code FROM (SELECT site_code FROM globocan_inc UNION ALL SELECT site_code FROM globocan_mor)
		 WHERE site_code NOT IN (SELECT CAST("Cancer code" AS INTEGER) FROM ${readCsv(rawPath('cancerCodes'))})`
	);
	if (unknownSite.length > 0)
		throw new Error(`${RAW.cancerCodes}: site code(s) not listed ${JSON.stringify(unknownSite)}`);
	const unknownIso = await rows(
		conn,
		`SELECT DISTINCT iso3 FROM globocan_inc WHERE iso3 NOT IN (SELECT iso3 FROM countries)`
	);
	if (unknownIso.length > 0)
		throw new Error(`${RAW.incidence}: ISO3 code(s) not in country-codes ${JSON.stringify(unknownIso)}`);
	await conn.run(`
	CREATE OR REPLACE TABLE cancer_burden AS
	SELECT coalesce(i.iso3, m.iso3) AS iso3, CAST(2022 AS INTEGER) AS year,
		coalesce(i.site_code, m.site_code) AS site_code, trim(c."Label") AS site, c."ICD Code" AS icd10,
		coalesce(i.site_code, m.site_code) = ${ALL_CANCERS_CODE} AS is_all_cancers,
		CASE WHEN coalesce(i.site_code, m.site_code) IN (${COLORECTUM_PARTS.join(', ')}) THEN CAST(${COLORECTUM_CODE} AS INTEGER) END AS part_of_site_code,
		i.n AS new_cases, m.n AS deaths,
		i.asr AS asr_incidence, m.asr AS asr_mortality, i.crude AS crude_rate_incidence, m.crude AS crude_rate_mortality,
		i.cumrisk AS cumulative_risk_incidence, m.cumrisk AS cumulative_risk_mortality
	FROM globocan_inc i FULL JOIN globocan_mor m ON m.iso3 = i.iso3 AND m.site_code = i.site_code
	JOIN ${readCsv(rawPath('cancerCodes'))} c ON CAST(c."Cancer code" AS INTEGER) = coalesce(i.site_code, m.site_code)
	ORDER BY iso3, site_code`);
}

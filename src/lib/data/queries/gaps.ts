import { sql, type QueryFn } from '../sql';
import { allCancersCode, type CountryCapacityRecord } from './capacity';
import { caseMixJoin } from './case-mix';

/** A country as the Gaps view reads it: capacity, plus the economic and workforce figures with their years. */
export interface GapCountryRecord extends CountryCapacityRecord {
	population_year: number | null;
	/** GDP per capita, current US$ (World Bank), latest year with both GDP and population. */
	gdp_per_capita_usd: number | null;
	gdp_year: number | null;
	/** Medical doctors per 10,000 people (WHO), latest year. */
	doctors_per_10k: number | null;
	doctors_year: number | null;
}

/** Every country with cancer-burden or radiotherapy data, with GDP per capita and doctor density beside capacity. */
export function gapCountryRecords(query: QueryFn): Promise<GapCountryRecord[]> {
	return query<GapCountryRecord>(sql`
		SELECT c.iso3, c.iso_numeric, c.name, c.region, c.income_group, c.population, c.population_year,
		       c.gdp_per_capita_usd, c.gdp_year, c.doctors_per_10k, c.doctors_year,
		       b.new_cases, r.mv_machines, coalesce(r.has_record, false) AS has_record,
		       mix.rtu_weighted_cases, mix.rtu_named_cases
		FROM countries c
		LEFT JOIN cancer_burden b ON b.iso3 = c.iso3 AND b.site_code = ${allCancersCode}
		LEFT JOIN rt_capacity r ON r.iso3 = c.iso3
		${caseMixJoin()}
		WHERE b.new_cases IS NOT NULL OR r.has_record
		ORDER BY c.iso3`);
}

export interface IndicatorYears {
	population: { first: number | null; last: number | null };
	gdp: { first: number | null; last: number | null };
	doctors: { first: number | null; last: number | null };
}

interface YearRow {
	population_first: number | null;
	population_last: number | null;
	gdp_first: number | null;
	gdp_last: number | null;
	doctors_first: number | null;
	doctors_last: number | null;
}

/** The span of years behind each country indicator (each country takes its latest year), for figure notes. */
export async function indicatorYears(query: QueryFn): Promise<IndicatorYears> {
	const [row] = await query<YearRow>(sql`
		SELECT min(population_year) AS population_first, max(population_year) AS population_last,
		       min(gdp_year) AS gdp_first, max(gdp_year) AS gdp_last,
		       min(doctors_year) AS doctors_first, max(doctors_year) AS doctors_last
		FROM countries`);
	return {
		population: { first: row?.population_first ?? null, last: row?.population_last ?? null },
		gdp: { first: row?.gdp_first ?? null, last: row?.gdp_last ?? null },
		doctors: { first: row?.doctors_first ?? null, last: row?.doctors_last ?? null }
	};
}

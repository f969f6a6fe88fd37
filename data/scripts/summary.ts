import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from './duck';

export interface SummaryCountry {
	iso3: string;
	iso_numeric: string;
	name: string;
	region: string | null;
	income_group: string | null;
	population: number | null;
	new_cases: number | null;
	deaths: number | null;
	mv_machines: number | null;
}

/** The first screen's data: world totals and one compact row per country with GLOBOCAN or DIRAC data. */
export async function buildSummary(conn: DuckDBConnection): Promise<Record<string, unknown>> {
	const countries = await rows<SummaryCountry>(
		conn,
		`SELECT c.iso3, c.iso_numeric, c.name, c.region, c.income_group,
			CAST(round(c.population) AS DOUBLE) AS population,
			b.new_cases, b.deaths, r.mv_machines
		FROM countries c
		LEFT JOIN cancer_burden b ON b.iso3 = c.iso3 AND b.site_code = 40
		JOIN rt_capacity r ON r.iso3 = c.iso3
		WHERE b.iso3 IS NOT NULL OR r.has_record
		ORDER BY c.iso3`
	);
	const [t] = await rows<Record<string, number>>(
		conn,
		`SELECT
			(SELECT sum(new_cases) FROM cancer_burden WHERE site_code = 40) AS new_cases,
			(SELECT sum(deaths) FROM cancer_burden WHERE site_code = 40) AS deaths,
			(SELECT sum(mv_machines) FROM rt_centres) AS mv_machines,
			(SELECT count(*) FROM rt_centres) AS dirac_centres,
			(SELECT count(DISTINCT iso3) FROM rt_centres) AS countries_with_dirac_record,
			(SELECT count(*) FROM rt_capacity r JOIN (SELECT DISTINCT iso3 FROM cancer_burden) b USING (iso3)
				WHERE NOT r.has_record) AS globocan_countries_without_dirac_record`
	);
	const [years] = await rows<Record<string, number>>(
		conn,
		`SELECT max(population_year) AS population, max(gdp_year) AS gdp, min(last_update) AS dirac_oldest,
			max(last_update) AS dirac_latest FROM countries, rt_centres`
	);
	return {
		generated_from: '../shared/data (see data/SOURCES.md)',
		sources: {
			cancer_burden: { name: 'GLOBOCAN 2022 (IARC Global Cancer Observatory)', year: 2022 },
			radiotherapy: {
				name: 'IAEA DIRAC (Directory of Radiotherapy Centres), extract downloaded 2025',
				last_update_range: [years?.dirac_oldest ?? null, years?.dirac_latest ?? null]
			},
			population: { name: 'World Bank WDI SP.POP.TOTL', year: years?.population ?? null },
			income_group: { name: 'World Bank CLASS FY2024', year: 2024 }
		},
		world: {
			new_cases_all_cancers_excl_nmsc: t?.new_cases ?? null,
			deaths_all_cancers_excl_nmsc: t?.deaths ?? null,
			mv_machines: t?.mv_machines ?? null,
			dirac_centres: t?.dirac_centres ?? null,
			countries_with_dirac_record: t?.countries_with_dirac_record ?? null,
			globocan_countries_without_dirac_record: t?.globocan_countries_without_dirac_record ?? null
		},
		countries: countries.map((c) => ({
			iso3: c.iso3,
			iso_numeric: c.iso_numeric,
			name: c.name,
			region: c.region,
			income_group: c.income_group,
			population: c.population,
			new_cases: c.new_cases,
			deaths: c.deaths,
			mv_machines: c.mv_machines
		}))
	};
}

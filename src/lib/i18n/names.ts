import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';
import { ISO2_BY_ISO3 } from './country-codes';

/**
 * Every name the data holds in English (countries, World Bank regions and income groups, GLOBOCAN cancer sites,
 * table names) in the interface language. Views call these instead of showing the data's English text.
 */

type Language = 'en' | 'fr' | 'es' | 'pt';

/**
 * Names that differ between ICU builds, fixed so that the app, the report and Node agree. Chromium 156 names
 * Hong Kong, Macao and Palestine by their short forms and adds "(Islas Malvinas)" to the Falklands in every language;
 * Node 20's ICU 78 gives "Hong Kong SAR China", "Palestinian Territories" and no bracket. Short forms read best in a
 * table and a sentence.
 */
const COUNTRY_OVERRIDES: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
	FK: { en: 'Falkland Islands', fr: 'Îles Malouines', es: 'Islas Malvinas', pt: 'Ilhas Falkland' },
	HK: { en: 'Hong Kong', fr: 'Hong Kong', es: 'Hong Kong', pt: 'Hong Kong' },
	MO: { en: 'Macao', fr: 'Macao', es: 'Macao', pt: 'Macau' },
	PS: { en: 'Palestine', fr: 'Palestine', es: 'Palestina', pt: 'Palestina' },
	XK: { en: 'Kosovo', fr: 'Kosovo', es: 'Kosovo', pt: 'Kosovo' }
};

const displayNames = new Map<string, Intl.DisplayNames>();
function namer(locale: string): Intl.DisplayNames {
	let d = displayNames.get(locale);
	if (!d) {
		// English keeps CLDR's short forms ("UK", "US", "Bosnia"), the names the reference tables hold; French, Spanish
		// and Portuguese short forms are abbreviations ("R.-U.", "EE. UU.") that read badly, so they take the long form.
		// The Portuguese messages are European Portuguese ("cancro", "Quénia"); CLDR's "pt" is Brazilian ("Quênia").
		d = new Intl.DisplayNames([locale === 'pt' ? 'pt-PT' : locale], {
			type: 'region',
			style: locale === 'en' ? 'short' : 'long',
			fallback: 'none'
		});
		displayNames.set(locale, d);
	}
	return d;
}

const isLanguage = (l: string): l is Language => l === 'en' || l === 'fr' || l === 'es' || l === 'pt';

/**
 * A country's name from its ISO3 code, in the interface language. A code the app does not know (an uploaded file's
 * typo) shows the name the data gave, else the code itself.
 */
export function countryName(iso3: string, fallback?: string | null, locale: string = getLocale()): string {
	const iso2 = ISO2_BY_ISO3[iso3.toUpperCase()];
	if (!iso2) return fallback?.trim() ? fallback : iso3;
	const override = COUNTRY_OVERRIDES[iso2];
	if (override) return override[isLanguage(locale) ? locale : 'en'];
	return namer(locale).of(iso2) ?? fallback ?? iso3;
}

const REGIONS: Readonly<Record<string, () => string>> = {
	'East Asia & Pacific': m.gaps_region_eap,
	'Europe & Central Asia': m.gaps_region_eca,
	'Latin America & Caribbean': m.gaps_region_lac,
	'Middle East & North Africa': m.gaps_region_mena,
	'North America': m.gaps_region_na,
	'South Asia': m.gaps_region_sa,
	'Sub-Saharan Africa': m.gaps_region_ssa
};

/** The World Bank regions the reference tables use, in English, as the data holds them. */
export const WORLD_BANK_REGIONS: readonly string[] = Object.keys(REGIONS);

/** A World Bank region in the interface language; "no data" where the World Bank does not classify. */
export function regionName(region: string | null | undefined): string {
	if (region === null || region === undefined) return m.value_no_data();
	return REGIONS[region]?.() ?? region;
}

const INCOME_GROUPS: Readonly<Record<string, () => string>> = {
	L: m.country_income_L,
	LM: m.country_income_LM,
	UM: m.country_income_UM,
	H: m.country_income_H
};

/** A World Bank income group code (L, LM, UM, H) in words; "no data" where unclassified. */
export function incomeName(group: string | null | undefined): string {
	if (group === null || group === undefined) return m.value_no_data();
	return INCOME_GROUPS[group]?.() ?? group;
}

/** GLOBOCAN 2022 cancer codes, with IARC's names in French, Spanish and Portuguese (Global Cancer Observatory). */
const SITES: Readonly<Record<number, () => string>> = {
	1: m.name_site_1,
	2: m.name_site_2,
	3: m.name_site_3,
	4: m.name_site_4,
	5: m.name_site_5,
	6: m.name_site_6,
	7: m.name_site_7,
	8: m.name_site_8,
	9: m.name_site_9,
	10: m.name_site_10,
	11: m.name_site_11,
	12: m.name_site_12,
	13: m.name_site_13,
	14: m.name_site_14,
	15: m.name_site_15,
	16: m.name_site_16,
	17: m.name_site_17,
	18: m.name_site_18,
	19: m.name_site_19,
	20: m.name_site_20,
	21: m.name_site_21,
	22: m.name_site_22,
	23: m.name_site_23,
	24: m.name_site_24,
	25: m.name_site_25,
	26: m.name_site_26,
	27: m.name_site_27,
	28: m.name_site_28,
	29: m.name_site_29,
	30: m.name_site_30,
	31: m.name_site_31,
	32: m.name_site_32,
	33: m.name_site_33,
	34: m.name_site_34,
	35: m.name_site_35,
	36: m.name_site_36,
	40: m.name_site_40,
	41: m.name_site_41
};

/** The GLOBOCAN site codes that have a translated name. */
export const SITE_CODES: readonly number[] = Object.keys(SITES).map(Number);

/** A GLOBOCAN cancer site by its code, in the interface language; an unknown code keeps the data's English name. */
export function siteName(siteCode: number, fallback: string): string {
	return SITES[siteCode]?.() ?? fallback;
}

const TABLE_TITLES: Readonly<Record<string, () => string>> = {
	hubs: m.name_table_hubs,
	centres: m.name_table_centres,
	experts: m.name_table_experts,
	engagements: m.name_table_engagements,
	sessions: m.name_table_sessions,
	requests: m.name_table_requests,
	investments: m.name_table_investments,
	outcomes: m.name_table_outcomes,
	workforce: m.name_table_workforce,
	countries: m.name_table_countries,
	cancer_burden: m.name_table_cancer_burden,
	rt_centres: m.name_table_rt_centres,
	rt_capacity: m.name_table_rt_capacity,
	admin1: m.name_table_admin1,
	population_cells: m.name_table_population_cells
};

const TABLE_DESCRIPTIONS: Readonly<Record<string, () => string>> = {
	hubs: m.name_table_desc_hubs,
	centres: m.name_table_desc_centres,
	experts: m.name_table_desc_experts,
	engagements: m.name_table_desc_engagements,
	sessions: m.name_table_desc_sessions,
	requests: m.name_table_desc_requests,
	investments: m.name_table_desc_investments,
	outcomes: m.name_table_desc_outcomes,
	workforce: m.name_table_desc_workforce,
	countries: m.name_table_desc_countries,
	cancer_burden: m.name_table_desc_cancer_burden,
	rt_centres: m.name_table_desc_rt_centres,
	rt_capacity: m.name_table_desc_rt_capacity,
	admin1: m.name_table_desc_admin1,
	population_cells: m.name_table_desc_population_cells
};

/** A table's title for readers ("Partner centres"); the table's own name (a SQL identifier) stays beside it. */
export function tableTitle(table: string, fallback: string = table): string {
	return TABLE_TITLES[table]?.() ?? fallback;
}

/** What a table holds, in the interface language. */
export function tableDescription(table: string, fallback: string): string {
	return TABLE_DESCRIPTIONS[table]?.() ?? fallback;
}

type Message = () => string;
const messages = m as unknown as Record<string, Message | undefined>;

/** What a column of a reference or program table holds, in the interface language (the dictionary on /data, Methods). */
export function columnDescription(table: string, column: string, fallback: string): string {
	return messages[`name_doc_${table}__${column}`]?.() ?? fallback;
}

/** One step of how a reference table was derived (its `processing` notes), in the interface language. */
export function processingNote(table: string, index: number, fallback: string): string {
	return messages[`name_doc_${table}__processing_${index + 1}`]?.() ?? fallback;
}

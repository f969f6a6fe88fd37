/** What the country view reads: a country's profile, its cancer sites, its ICEC centres and the names to search. */

export interface CountryProfile {
	iso3: string;
	name: string;
	name_fr: string | null;
	name_es: string | null;
	region: string | null;
	income_group: 'L' | 'LM' | 'UM' | 'H' | null;
	population: number | null;
	population_year: number | null;
	doctors_per_10k: number | null;
	doctors_year: number | null;
	sids: boolean | null;
	new_cases: number | null;
	deaths: number | null;
	mv_machines: number | null;
	centres: number | null;
	has_record: boolean;
	last_update_latest: number | null;
}

export interface CancerSite {
	site_code: number;
	site: string;
	new_cases: number;
	deaths: number | null;
}

export interface CountryName {
	iso3: string;
	name: string;
	name_fr: string | null;
	name_es: string | null;
}

export interface IcecCentre {
	centre_id: string;
	name: string;
	city: string;
	lat: number;
	lon: number;
	admin1_code: string | null;
	phase: number | null;
}

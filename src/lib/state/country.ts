import { ensureTables } from '$lib/data/catalog';
import { query } from '$lib/data/db';
import { ensureProgramTables } from '$lib/data/program-catalog';
import { countryCapacityRecords, type CountryCapacityRecord } from '$lib/data/queries/capacity';
import {
	admin1Units,
	countryNames,
	countryPopulationCells,
	countryProfile,
	countryRtCentres,
	icecCentres,
	iso3Pattern,
	megavoltageSitesNear,
	topCancerSites,
	type Admin1Record,
	type CancerSite,
	type CountryName,
	type CountryProfile,
	type IcecCentre,
	type RtCentre
} from '$lib/data/queries/country';
import { ACCESS_RADII_KM, nearestSiteKm, reachBox, type PopulationCell } from '$lib/models/access';
import { summariseCapacity, type CapacityAggregate } from '$lib/models/aggregate';
import type { CountryCapacity } from '$lib/models/gap';
import type { ModelParameters } from '$lib/models/parameters';
import type { CountryReach } from './country-figures';
import { toCountryCapacity } from './overview';

export interface CountryData {
	profile: CountryProfile;
	/** Every country's capacity record: the national figures and its groups are modelled from these and the parameters. */
	records: CountryCapacityRecord[];
	sites: CancerSite[];
	units: Admin1Record[];
	centres: RtCentre[];
	/**
	 * ICEC partner centres, or the reason they could not be read. Loaded after the rest: the program tables are
	 * larger than what the page needs first.
	 */
	icec: Promise<IcecCentre[] | { error: string }>;
	cells: PopulationCell[];
	/** Each cell's distance to the nearest megavoltage facility (any country), km; Infinity beyond 200 km. */
	baselineKm: number[];
}

export type CountryLoad =
	{ kind: 'found'; data: CountryData } | { kind: 'not-found'; code: string; names: CountryName[] };

const referenceTables = [
	'countries',
	'cancer_burden',
	'rt_capacity',
	'rt_centres',
	'admin1',
	'population_cells'
] as const;

async function loadIcec(iso3: string): Promise<IcecCentre[] | { error: string }> {
	try {
		await ensureProgramTables();
		return await icecCentres(query, iso3);
	} catch (error) {
		return { error: error instanceof Error ? error.message : String(error) };
	}
}

/** The country list, for the search on the not-found page and the country index. */
export async function loadCountryNames(): Promise<CountryName[]> {
	await ensureTables(['countries', 'cancer_burden', 'admin1']);
	return countryNames(query);
}

export interface CountryCapacityView {
	national: CountryCapacity;
	/** The country's World Bank region and income group, each summarised over its members. */
	region: CapacityAggregate | null;
	income: CapacityAggregate | null;
}

/** The country's modelled capacity and its groups' under the given parameters (no query: parameters change at once). */
export function countryCapacityView(data: CountryData, params: ModelParameters): CountryCapacityView {
	const { profile, records } = data;
	const iso3 = profile.iso3;
	const all = records.map((record) => toCountryCapacity(record, params));
	const national =
		all.find((c) => c.iso3 === iso3) ??
		toCountryCapacity(
			{
				...profile,
				iso_numeric: null,
				mv_machines: profile.has_record ? profile.mv_machines : null,
				rtu_weighted_cases: null,
				rtu_named_cases: null
			},
			params
		);
	const group = (by: 'region' | 'income', key: string | null) =>
		key === null
			? null
			: summariseCapacity(
					all.filter((c) => (by === 'region' ? c.region : c.incomeGroup) === key),
					by,
					key
				);
	return { national, region: group('region', profile.region), income: group('income', profile.income_group) };
}

/**
 * The country's grid cells and their distances to the nearest megavoltage facility, in any country (people near a
 * border may be served across it). The country page and the report both read them here.
 */
export async function loadCountryReach(iso3: string): Promise<CountryReach> {
	await ensureTables(['rt_centres', 'population_cells']);
	const cells: PopulationCell[] = (await countryPopulationCells(query, iso3)).map((c) => ({
		lat: c.lat,
		lon: c.lon,
		population: c.population,
		admin1Code: c.admin1_code
	}));
	const maxKm = Math.max(...ACCESS_RADII_KM);
	const box = reachBox(cells, maxKm);
	const sitesNear = box ? await megavoltageSitesNear(query, box) : [];
	return { cells, baselineKm: nearestSiteKm(cells, sitesNear, maxKm) };
}

/** Everything the country page shows, or not-found with the country list for a search. */
export async function loadCountry(code: string): Promise<CountryLoad> {
	await ensureTables(referenceTables);
	const profile = iso3Pattern.test(code) ? await countryProfile(query, code) : null;
	if (!profile) return { kind: 'not-found', code, names: await countryNames(query) };
	const iso3 = profile.iso3;
	const icec = loadIcec(iso3);
	const [records, sites, units, centres, reach] = await Promise.all([
		countryCapacityRecords(query),
		topCancerSites(query, iso3),
		admin1Units(query, iso3),
		countryRtCentres(query, iso3),
		loadCountryReach(iso3)
	]);
	return {
		kind: 'found',
		data: {
			profile,
			records,
			sites,
			units,
			centres,
			icec,
			...reach
		}
	};
}

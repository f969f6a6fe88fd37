import { sql, type QueryFn } from '../sql';
import { allCancersCode } from './capacity';
import type { CountryProfile, CancerSite, CountryName, IcecCentre } from '../../models/country-rows';

export type { CountryProfile, CancerSite, CountryName, IcecCentre };

/** ISO 3166-1 alpha-3: three capital letters. */
export const iso3Pattern = /^[A-Z]{3}$/;

/** One country's header figures, or `null` when the code is not in the country list. */
export async function countryProfile(query: QueryFn, iso3: string): Promise<CountryProfile | null> {
	const [row] = await query<CountryProfile>(sql`
		SELECT c.iso3, c.name, c.name_fr, c.name_es, c.region, c.income_group, c.population, c.population_year,
		       c.doctors_per_10k, c.doctors_year, c.sids, b.new_cases, b.deaths,
		       r.mv_machines, r.centres, coalesce(r.has_record, false) AS has_record, r.last_update_latest
		FROM countries c
		LEFT JOIN cancer_burden b ON b.iso3 = c.iso3 AND b.site_code = ${allCancersCode}
		LEFT JOIN rt_capacity r ON r.iso3 = c.iso3
		WHERE c.iso3 = ${iso3}`);
	return row ?? null;
}

/** The country's most common cancer sites by new cases (sites that are parts of another site left out). */
export function topCancerSites(query: QueryFn, iso3: string, limit = 8): Promise<CancerSite[]> {
	return query<CancerSite>(sql`
		SELECT site_code, site, new_cases, deaths FROM cancer_burden
		WHERE iso3 = ${iso3} AND NOT is_all_cancers AND part_of_site_code IS NULL AND new_cases > 0
		ORDER BY new_cases DESC, site LIMIT ${limit}`);
}

export interface Admin1Record {
	admin1_code: string;
	name: string;
	population: number | null;
	population_year: number | null;
	population_source: string | null;
	mv_machines: number | null;
	centres: number | null;
	share_within_100km: number | null;
	share_within_200km: number | null;
}

/** The country's admin-1 units with population and DIRAC machines, by name. */
export function admin1Units(query: QueryFn, iso3: string): Promise<Admin1Record[]> {
	return query<Admin1Record>(sql`
		SELECT admin1_code, name, population, population_year, population_source, mv_machines, centres,
		       share_within_100km, share_within_200km
		FROM admin1 WHERE iso3 = ${iso3} ORDER BY name, admin1_code`);
}

export interface RtCentre {
	centre_key: string;
	name: string;
	city: string;
	lat: number;
	lon: number;
	mv_machines: number;
	brachytherapy: number;
	admin1_code: string | null;
	outside_own_country: boolean;
}

/** The country's DIRAC facilities, largest first. */
export function countryRtCentres(query: QueryFn, iso3: string): Promise<RtCentre[]> {
	return query<RtCentre>(sql`
		SELECT centre_key, name, city, lat, lon, coalesce(mv_machines, 0) AS mv_machines,
		       coalesce(brachytherapy, 0) AS brachytherapy, admin1_code, coalesce(outside_own_country, false) AS outside_own_country
		FROM rt_centres WHERE iso3 = ${iso3} AND lat IS NOT NULL
		ORDER BY mv_machines DESC, name, centre_key`);
}

export interface CellRecord {
	lat: number;
	lon: number;
	population: number;
	admin1_code: string | null;
}

/** The country's populated 0.5° grid cells. */
export function countryPopulationCells(query: QueryFn, iso3: string): Promise<CellRecord[]> {
	return query<CellRecord>(sql`
		SELECT lat, lon, population, admin1_code FROM population_cells
		WHERE iso3 = ${iso3} ORDER BY lat, lon`);
}

export interface SiteRecord {
	lat: number;
	lon: number;
}

/**
 * Facilities with megavoltage machines, in any country, within a latitude/longitude box (the country's cells
 * widened by the largest access radius): people near a border may be served across it. Facilities geocoded outside
 * their own country are left out, as in the reference access figures.
 */
export function megavoltageSitesNear(
	query: QueryFn,
	box: { south: number; north: number; west: number; east: number }
): Promise<SiteRecord[]> {
	return query<SiteRecord>(sql`
		SELECT lat, lon FROM rt_centres
		WHERE mv_machines > 0 AND lat IS NOT NULL AND NOT coalesce(outside_own_country, false)
		  AND lat BETWEEN ${box.south} AND ${box.north} AND lon BETWEEN ${box.west} AND ${box.east}
		ORDER BY lat, lon`);
}

/** Countries with shapes or figures to show, for the country search. */
export function countryNames(query: QueryFn): Promise<CountryName[]> {
	return query<CountryName>(sql`
		SELECT c.iso3, c.name, c.name_fr, c.name_es FROM countries c
		WHERE c.population IS NOT NULL
		   OR EXISTS (SELECT 1 FROM cancer_burden b WHERE b.iso3 = c.iso3)
		   OR EXISTS (SELECT 1 FROM admin1 a WHERE a.iso3 = c.iso3)
		ORDER BY c.name`);
}

/** ICEC partner centres in the country (program table `centres`). */
export function icecCentres(query: QueryFn, iso3: string): Promise<IcecCentre[]> {
	return query<IcecCentre>(sql`
		SELECT centre_id, name, city, lat, lon, admin1_code, phase FROM centres
		WHERE iso3 = ${iso3} ORDER BY name, centre_id`);
}

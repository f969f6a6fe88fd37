import { sql, type QueryFn } from '../sql';

export interface HubRow {
	hub_id: string;
	name: string;
	city: string;
	iso3: string;
	lat: number;
	lon: number;
}

/** The hubs of the corps. */
export function hubList(query: QueryFn): Promise<HubRow[]> {
	return query<HubRow>(sql`SELECT hub_id, name, city, iso3, lat, lon FROM hubs ORDER BY name`);
}

export interface CentreCountryRow {
	iso3: string;
	/** From the reference `countries` table; the code when the country is not in it. */
	name: string;
	centres: number;
}

/** Countries with a partner centre, named from the reference countries table. */
export function centreCountries(query: QueryFn): Promise<CentreCountryRow[]> {
	return query<CentreCountryRow>(sql`
		SELECT c.iso3, coalesce(any_value(k.name), c.iso3) AS name, count(*) AS centres
		FROM centres c LEFT JOIN countries k ON k.iso3 = c.iso3
		GROUP BY c.iso3 ORDER BY name`);
}

import { sql, type QueryFn } from '../sql';

export interface CountryCodeRow {
	iso3: string;
	iso2: string | null;
}

/** Every ISO 3166 country and territory with its alpha-2 code, to check and correct the codes in users' files. */
export function countryCodeList(query: QueryFn): Promise<CountryCodeRow[]> {
	return query<CountryCodeRow>(sql`SELECT iso3, iso2 FROM countries ORDER BY iso3`);
}

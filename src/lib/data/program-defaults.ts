/**
 * The country codes users' files are checked against. (The illustrative program tables themselves come with the
 * engine, in the shipped database: data/scripts/program-database.ts.)
 */
import { ensureTables } from './catalog';
import { query } from './db';
import type { CountryCodes } from './program-checks';
import { countryCodeList } from './queries/countries';

/** ISO codes to check users' country columns; null when the reference table cannot be read (checks are then skipped). */
export async function loadCountryCodes(): Promise<CountryCodes | null> {
	try {
		await ensureTables(['countries']);
		const rows = await countryCodeList(query);
		return {
			iso3: new Set(rows.map((r) => r.iso3)),
			iso2ToIso3: new Map(rows.filter((r) => r.iso2).map((r) => [r.iso2 as string, r.iso3]))
		};
	} catch {
		return null;
	}
}

/** The illustrative program tables shipped with the app, and the country codes users' files are checked against. */
import { ensureTables } from './catalog';
import { query } from './db';
import { loadFile } from './loaders';
import type { CountryCodes } from './program-checks';
import type { TableName } from './program-schema';
import { countryCodeList } from './queries/countries';
import { formatIssue } from './validate';

/** The embedded illustrative program files (data/program/*.csv), fingerprinted by Vite. */
const defaultFiles = import.meta.glob('/data/program/*.csv', {
	query: '?url',
	import: 'default',
	eager: true
}) as Record<string, string>;

export function defaultProgramFileUrl(table: TableName): string {
	const url = defaultFiles[`/data/program/${table}.csv`];
	if (!url) throw new Error(`The illustrative program table "${table}" is missing from this build`);
	return url;
}

/** Data files are never inlined as `data:` URLs (vite.config.ts), so each is a fetch from the app's own origin. */
async function defaultFileText(table: TableName): Promise<string> {
	const response = await fetch(defaultProgramFileUrl(table));
	if (!response.ok) throw new Error(`Could not download ${table}.csv (HTTP ${response.status})`);
	return response.text();
}

/** The validated rows of one illustrative table. */
export async function loadDefaultRows(table: TableName): Promise<object[]> {
	const result = await loadFile(await defaultFileText(table), `${table}.csv`, { table, maxIssues: 20 });
	if (!result.ok) throw new Error(result.issues.slice(0, 5).map(formatIssue).join('\n'));
	return result.rows;
}

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

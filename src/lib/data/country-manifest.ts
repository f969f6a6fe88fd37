/**
 * Which files a ministry has joined to a country's page: at most one file of admin-1 figures and one of boundaries per
 * country, each replacing the one before. Pure; `country-files.ts` keeps the manifest and the bytes in the browser.
 */

export const countryFileKinds = ['figures', 'boundaries'] as const;
export type CountryFileKind = (typeof countryFileKinds)[number];

export interface CountryFileEntry {
	id: string;
	iso3: string;
	kind: CountryFileKind;
	/** The file's name as the user gave it. */
	name: string;
	/** Bytes. */
	size: number;
	/** ISO 8601 time the file was loaded. */
	loadedAt: string;
}

export type CountryManifest = readonly CountryFileEntry[];

/** Adds a file, dropping the country's earlier file of the same kind; returns the ids whose bytes can go. */
export function withCountryFile(
	manifest: CountryManifest,
	entry: CountryFileEntry
): { manifest: CountryManifest; displaced: string[] } {
	const same = (e: CountryFileEntry) => e.iso3 === entry.iso3 && e.kind === entry.kind;
	return {
		manifest: [...manifest.filter((e) => !same(e)), entry],
		displaced: manifest.filter(same).map((e) => e.id)
	};
}

export function withoutCountryFile(manifest: CountryManifest, id: string): CountryManifest {
	return manifest.filter((e) => e.id !== id);
}

export function countryEntries(manifest: CountryManifest, iso3: string): CountryFileEntry[] {
	return manifest.filter((e) => e.iso3 === iso3);
}

function isEntry(x: unknown): x is CountryFileEntry {
	if (!x || typeof x !== 'object') return false;
	const e = x as Record<string, unknown>;
	return (
		typeof e.id === 'string' &&
		typeof e.iso3 === 'string' &&
		/^[A-Z]{3}$/.test(e.iso3) &&
		(countryFileKinds as readonly unknown[]).includes(e.kind) &&
		typeof e.name === 'string' &&
		typeof e.size === 'number' &&
		typeof e.loadedAt === 'string'
	);
}

/** A manifest read back from storage; anything malformed is dropped rather than trusted. */
export function parseCountryManifest(text: string | null): CountryManifest {
	if (!text) return [];
	try {
		const parsed: unknown = JSON.parse(text);
		return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
	} catch {
		return [];
	}
}

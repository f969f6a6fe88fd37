/**
 * Which user files make up each program table, in the order they were loaded. Pure: the catalog keeps one manifest in
 * memory and in the browser's storage, and rebuilds a table as (the illustrative default, unless a file replaced it)
 * followed by the rows of each of its files.
 */
import { TABLE_NAMES, isTableName, type TableName } from './program-schema';

export type LoadMode = 'replace' | 'append';

export interface StoredFileEntry {
	id: string;
	table: TableName;
	mode: LoadMode;
	/** The file's name as the user gave it. */
	name: string;
	/** Bytes. */
	size: number;
	/** Rows accepted into the table. */
	rows: number;
	/** ISO 8601 time the file was loaded. */
	loadedAt: string;
}

export type Manifest = readonly StoredFileEntry[];

/** default: only the illustrative rows · user: only the user's rows · mixed: user rows added to the illustrative ones. */
export type TableOrigin = 'default' | 'user' | 'mixed';

export interface TableComposition {
	table: TableName;
	origin: TableOrigin;
	includesDefault: boolean;
	files: StoredFileEntry[];
}

/** Adds a file; a file that replaces a table drops the files loaded into that table before it. */
export function addEntry(manifest: Manifest, entry: StoredFileEntry): Manifest {
	const kept = entry.mode === 'replace' ? manifest.filter((e) => e.table !== entry.table) : manifest;
	return [...kept, entry];
}

export function removeEntry(manifest: Manifest, id: string): Manifest {
	return manifest.filter((e) => e.id !== id);
}

/** Ids of entries that `addEntry` would drop (their stored copies can go). */
export function displacedBy(manifest: Manifest, entry: StoredFileEntry): string[] {
	return entry.mode === 'replace' ? manifest.filter((e) => e.table === entry.table).map((e) => e.id) : [];
}

export function composition(manifest: Manifest, table: TableName): TableComposition {
	const files = manifest.filter((e) => e.table === table);
	const includesDefault = files[0]?.mode !== 'replace';
	const origin: TableOrigin = files.length === 0 ? 'default' : includesDefault ? 'mixed' : 'user';
	return { table, origin, includesDefault, files };
}

export function compositions(manifest: Manifest): TableComposition[] {
	return TABLE_NAMES.map((t) => composition(manifest, t));
}

/** The tables that still hold illustrative rows, in schema order. */
export function illustrativeTables(manifest: Manifest): TableName[] {
	return compositions(manifest)
		.filter((c) => c.includesDefault)
		.map((c) => c.table);
}

/** Entries in the order to re-import them: tables in dependency order, files in the order they were loaded. */
export function restoreOrder(manifest: Manifest): StoredFileEntry[] {
	return TABLE_NAMES.flatMap((t) => manifest.filter((e) => e.table === t));
}

function isEntry(x: unknown): x is StoredFileEntry {
	if (!x || typeof x !== 'object') return false;
	const e = x as Record<string, unknown>;
	return (
		typeof e.id === 'string' &&
		typeof e.table === 'string' &&
		isTableName(e.table) &&
		(e.mode === 'replace' || e.mode === 'append') &&
		typeof e.name === 'string' &&
		typeof e.size === 'number' &&
		typeof e.rows === 'number' &&
		typeof e.loadedAt === 'string'
	);
}

/** A manifest read back from storage; anything malformed is dropped rather than trusted. */
export function parseManifest(text: string | null): Manifest {
	if (!text) return [];
	try {
		const parsed: unknown = JSON.parse(text);
		return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
	} catch {
		return [];
	}
}

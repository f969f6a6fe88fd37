import { insertArrowTable } from './db';
import { loadFile } from './loaders';
import { programRowsToArrow } from './program-arrow';
import { TABLE_NAMES, type TableName } from './program-schema';
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

/** Validates one program file and puts its rows in DuckDB under the table's name; throws the first issues. */
export async function insertProgramFile(
	table: TableName,
	fileName: string,
	data: ArrayBuffer | string
): Promise<number> {
	const result = await loadFile(data, fileName, { table, maxIssues: 20 });
	if (!result.ok) throw new Error(result.issues.slice(0, 5).map(formatIssue).join('\n'));
	await insertArrowTable(table, programRowsToArrow(table, result.rows));
	return result.rows.length;
}

async function loadDefaultTable(table: TableName): Promise<void> {
	const response = await fetch(defaultProgramFileUrl(table));
	if (!response.ok) throw new Error(`Could not download ${table}.csv (HTTP ${response.status})`);
	await insertProgramFile(table, `${table}.csv`, await response.text());
}

let defaultsLoaded: Promise<void> | null = null;

/** Loads the illustrative program tables into DuckDB once; every view that shows program data awaits this. */
export function ensureProgramTables(): Promise<void> {
	defaultsLoaded ??= Promise.all(TABLE_NAMES.map(loadDefaultTable))
		.then(() => undefined)
		.catch((error: unknown) => {
			defaultsLoaded = null;
			throw error;
		});
	return defaultsLoaded;
}

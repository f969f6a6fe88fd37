/**
 * The one DuckDB database the app ships: every reference table of data/, the illustrative program tables and their
 * pre-aggregates (program-database.ts), in the storage format of DuckDB 1.4.3 (the engine of DuckDB-wasm 1.32, which
 * opens it read-only), rows sorted by each table's key so that filters by country read few row groups. Written from the committed derived files, so it needs nothing under ../shared/data: by
 * `npm run data` after the derivation, and by the build (scripts/atlas-database-plugin.ts) when it is missing or older
 * than its sources. The Parquet files stay as the open downloads; this file is what the browser reads.
 *
 *   npx tsx data/scripts/database.ts   writes data/atlas.duckdb
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TABLE_NAMES } from '../../src/lib/data/program-schema';
import { REFERENCE_TABLES } from '../../src/lib/data/reference-tables';
import { programFile, writeProgramTables } from './program-database';

export const DATABASE_FILE = 'atlas.duckdb';

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** The code that shapes the program tables and their pre-aggregates: a change to it writes the database again. */
const PROGRAM_CODE = [
	'data/scripts/program-database.ts',
	'src/lib/data/queries/pre-aggregates.ts',
	'src/lib/data/queries/session-months.ts'
];

/** The files the database is written from. */
export function databaseSources(dataDir: string): string[] {
	return [
		...REFERENCE_TABLES.map((t) => path.join(dataDir, t.file)),
		...TABLE_NAMES.map((t) => programFile(dataDir, t)),
		...PROGRAM_CODE.map((f) => path.join(dataDir, '..', f)).filter((f) => existsSync(f))
	];
}

/** True when `file` is missing or older than one of its sources. */
export function databaseOutdated(dataDir: string, file: string): boolean {
	if (!existsSync(file)) return true;
	const written = statSync(file).mtimeMs;
	return databaseSources(dataDir).some((source) => statSync(source).mtimeMs > written);
}

/** Writes the database to `file` (replacing it whole: a stopped run leaves the old file); returns rows per table. */
export async function writeAtlasDatabase(dataDir: string, file: string): Promise<Record<string, number>> {
	const partial = `${file}.partial`;
	rmSync(partial, { force: true });
	const instance = await DuckDBInstance.create(partial, { threads: '1' });
	const connection = await instance.connect();
	const rows: Record<string, number> = {};
	try {
		for (const table of REFERENCE_TABLES) {
			const source = path.join(dataDir, table.file);
			await connection.run(
				`CREATE TABLE ${ident(table.name)} AS SELECT * FROM read_parquet(${quote(source)}) ORDER BY ${table.key.map(ident).join(', ')}`
			);
			const count = await connection.runAndReadAll(`SELECT count(*)::INTEGER FROM ${ident(table.name)}`);
			rows[table.name] = Number(count.getRows()[0]?.[0]);
		}
		Object.assign(rows, await writeProgramTables(connection, dataDir));
		await connection.run('CHECKPOINT');
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
	renameSync(partial, file);
	return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
	const file = path.join(dataDir, DATABASE_FILE);
	const rows = await writeAtlasDatabase(dataDir, file);
	console.log(
		`${DATABASE_FILE}: ${Object.entries(rows)
			.map(([t, n]) => `${t} ${n}`)
			.join(', ')}; ${(statSync(file).size / 1e6).toFixed(1)} MB`
	);
}

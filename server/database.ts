/**
 * The shared database: a DuckDB file on disk, built on first start from the database the app ships (reference tables,
 * the illustrative program tables and their pre-aggregates, validated when written: data/scripts/database.ts), copied
 * into tables of its own so that uploads can change them; then locked down like the
 * browser's engine (no extensions, no files outside the backup folder, settings locked) with the memory limit, the
 * threads and the spill folder from the configuration.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path, { dirname } from 'node:path';
import { DATABASE_FILE, databaseOutdated, writeAtlasDatabase } from '../data/scripts/database';
import { PROGRAM_SCHEMA, type TableName } from '../src/lib/data/program-schema';
import type { QueryFn, SqlQuery, SqlValue } from '../src/lib/data/sql';
import type { ServerConfig } from './config';

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** A QueryFn on one native connection; numbers come back as JavaScript numbers, as in the browser. */
export function connectionQuery(connection: DuckDBConnection): QueryFn {
	return async <T extends object>(q: SqlQuery): Promise<T[]> => {
		const reader = await connection.runAndReadAll(q.text, q.params as DuckDBValue[]);
		return reader.getRowObjectsJS().map((row) => {
			const plain: Record<string, unknown> = {};
			for (const [k, v] of Object.entries(row)) plain[k] = typeof v === 'bigint' ? Number(v) : v;
			return plain as T;
		});
	};
}

/** Inserts validated rows of a program table, in batches of bound parameters. */
export async function insertRows(connection: DuckDBConnection, table: TableName, rows: readonly object[]) {
	const columns = PROGRAM_SCHEMA[table].columns.map((c) => c.name);
	const batch = Math.max(1, Math.floor(2000 / columns.length));
	const row = `(${columns.map(() => '?').join(', ')})`;
	for (let i = 0; i < rows.length; i += batch) {
		const part = rows.slice(i, i + batch);
		const values: SqlValue[] = part.flatMap((r) =>
			columns.map((c) => ((r as Record<string, SqlValue>)[c] ?? null) as SqlValue)
		);
		await connection.run(
			`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${part.map(() => row).join(', ')}`,
			values as DuckDBValue[]
		);
	}
}

/** The shipped database, written first when missing or older than its sources (as the app's build does). */
async function shippedDatabase(dataDir = path.resolve('data')): Promise<string> {
	const file = path.join(dataDir, DATABASE_FILE);
	if (databaseOutdated(dataDir, file)) await writeAtlasDatabase(dataDir, file);
	return file;
}

/** Who loaded which file into which table, and when (UTC): one row per accepted upload. */
const UPLOAD_LOG = `CREATE TABLE upload_log (
	file_id VARCHAR PRIMARY KEY, table_name VARCHAR NOT NULL, file_name VARCHAR NOT NULL, mode VARCHAR NOT NULL,
	rows_accepted INTEGER NOT NULL, rows_refused INTEGER NOT NULL, sha256 VARCHAR NOT NULL,
	uploaded_by VARCHAR NOT NULL, uploaded_at TIMESTAMP NOT NULL)`;

/** Builds the database from the shipped one into a new file, moved into place only when complete. */
async function createDatabase(file: string): Promise<void> {
	const shipped = await shippedDatabase();
	const partial = `${file}.partial`;
	rmSync(partial, { force: true });
	const instance = await DuckDBInstance.create(partial);
	const connection = await instance.connect();
	try {
		await connection.run(`ATTACH ${quote(shipped)} AS shipped (READ_ONLY)`);
		const tables = await connection.runAndReadAll(
			`SELECT table_name FROM duckdb_tables() WHERE database_name = 'shipped' ORDER BY table_name`
		);
		for (const [name] of tables.getRows())
			await connection.run(`CREATE TABLE "${String(name)}" AS SELECT * FROM shipped.main."${String(name)}"`);
		await connection.run('DETACH shipped');
		await connection.run(UPLOAD_LOG);
		await connection.run('CHECKPOINT');
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
	renameSync(partial, file);
}

/** The statements that close the engine to the outside world; the last one locks every setting. */
export function lockdownStatements(config: ServerConfig): string[] {
	return [
		`SET threads = ${Math.max(1, Math.floor(config.threads))}`,
		`SET memory_limit = ${quote(config.memoryLimit)}`,
		`SET temp_directory = ${quote(config.tempDirectory)}`,
		`SET autoinstall_known_extensions = false`,
		`SET autoload_known_extensions = false`,
		`SET allow_community_extensions = false`,
		// Only the nightly export may write files, and only there.
		`SET allowed_directories = [${quote(config.backup.directory + '/')}]`,
		`SET enable_external_access = false`,
		`SET lock_configuration = true`
	];
}

export interface Database {
	instance: DuckDBInstance;
	/** The database's catalog name (the file's stem), to reach a table past a viewer's filtered view of it. */
	catalog: string;
	close(): void;
}

/** Opens the database file (creating it on first start) and locks it down. */
export async function openDatabase(config: ServerConfig): Promise<Database> {
	mkdirSync(dirname(config.databaseFile), { recursive: true });
	mkdirSync(config.tempDirectory, { recursive: true });
	mkdirSync(config.backup.directory, { recursive: true });
	if (!existsSync(config.databaseFile)) await createDatabase(config.databaseFile);
	const instance = await DuckDBInstance.create(config.databaseFile);
	const setup = await instance.connect();
	for (const statement of lockdownStatements(config)) await setup.run(statement);
	const catalog = String((await setup.runAndReadAll('SELECT current_database() AS c')).getRowObjects()[0]?.c);
	setup.closeSync();
	return {
		instance,
		catalog,
		close: () => instance.closeSync()
	};
}

/**
 * The illustrative program tables (data/program/*.csv) and their pre-aggregates, written into the shipped database.
 * Each file goes through the app's own reader and validator (`loadFile`) and is refused whole on any issue, so the
 * browser reads these rows without checking them. Columns take the types the app keeps (program-stage-sql's `sqlType`:
 * integers as DOUBLE, dates as DATE); rows are sorted for the views' filters.
 */
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadFile } from '../../src/lib/data/loaders';
import { PROGRAM_SCHEMA, TABLE_NAMES, type TableName } from '../../src/lib/data/program-schema';
import { PRE_AGGREGATES } from '../../src/lib/data/queries/pre-aggregates';
import { sqlType } from '../../src/lib/data/queries/program-stage-sql';
import { identifier, sql, type QueryFn, type SqlQuery } from '../../src/lib/data/sql';
import { formatIssue } from '../../src/lib/data/validate';

const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** The order rows are stored in: sessions by date (every view filters a period), the others by their key. */
export function programSortColumns(table: TableName): readonly string[] {
	return table === 'sessions' ? ['date', 'session_id'] : PROGRAM_SCHEMA[table].primaryKey;
}

export function programFile(dataDir: string, table: TableName): string {
	return path.join(dataDir, 'program', `${table}.csv`);
}

/** The validated rows of one illustrative file; throws with the first issues when it has any. */
export async function validatedProgramRows(dataDir: string, table: TableName): Promise<object[]> {
	const file = `${table}.csv`;
	const result = await loadFile(readFileSync(programFile(dataDir, table), 'utf8'), file, { table });
	if (!result.ok) throw new Error(result.issues.slice(0, 5).map(formatIssue).join('\n'));
	if (result.warnings.length > 0) throw new Error(result.warnings.slice(0, 5).map(formatIssue).join('\n'));
	return result.rows;
}

/** A query function on one native connection, numbers as JavaScript numbers (as the browser's). */
export function nativeQuery(connection: DuckDBConnection): QueryFn {
	return async <T extends object>(q: SqlQuery): Promise<T[]> => {
		const reader = await connection.runAndReadAll(q.text, q.params as DuckDBValue[]);
		return reader.getRowObjectsJS().map((row) => {
			const plain: Record<string, unknown> = {};
			for (const [k, v] of Object.entries(row)) plain[k] = typeof v === 'bigint' ? Number(v) : v;
			return plain as T;
		});
	};
}

async function insertBatches(connection: DuckDBConnection, target: string, table: TableName, rows: object[]) {
	const columns = PROGRAM_SCHEMA[table].columns.map((c) => c.name);
	const batch = Math.max(1, Math.floor(2000 / columns.length));
	const row = `(${columns.map(() => '?').join(', ')})`;
	for (let i = 0; i < rows.length; i += batch) {
		const part = rows.slice(i, i + batch);
		const values = part.flatMap((r) => columns.map((c) => (r as Record<string, DuckDBValue>)[c] ?? null));
		await connection.run(`INSERT INTO ${target} VALUES ${part.map(() => row).join(', ')}`, values);
	}
}

/** Writes one program table, typed and sorted; returns its rows. */
async function writeProgramTable(connection: DuckDBConnection, dataDir: string, table: TableName) {
	const rows = await validatedProgramRows(dataDir, table);
	const staging = ident(`staging_${table}`);
	const columns = PROGRAM_SCHEMA[table].columns.map((c) => `${ident(c.name)} ${sqlType(c).text}`);
	await connection.run(`CREATE TEMP TABLE ${staging} (${columns.join(', ')})`);
	await insertBatches(connection, staging, table, rows);
	await connection.run(
		`CREATE TABLE ${ident(table)} AS SELECT * FROM ${staging} ORDER BY ${programSortColumns(table).map(ident).join(', ')}`
	);
	await connection.run(`DROP TABLE ${staging}`);
	return rows.length;
}

/** Writes every program table, then every pre-aggregate from them; returns rows per table. */
export async function writeProgramTables(
	connection: DuckDBConnection,
	dataDir: string
): Promise<Record<string, number>> {
	const rows: Record<string, number> = {};
	for (const table of TABLE_NAMES) rows[table] = await writeProgramTable(connection, dataDir, table);
	const query = nativeQuery(connection);
	for (const aggregate of PRE_AGGREGATES) {
		await aggregate.build(query);
		const [count] = await query<{ n: number }>(sql`SELECT count(*) AS n FROM ${identifier(aggregate.name)}`);
		rows[aggregate.name] = Number(count?.n);
	}
	return rows;
}

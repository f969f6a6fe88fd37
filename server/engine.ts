/**
 * Runs the client's statements on the shared database, one fresh connection per request: a viewer limited to some
 * countries gets temporary views of the same names that hold only those countries' rows, so every named query is
 * scoped by the engine itself, whatever its parameters say.
 */
import type { DuckDBConnection, DuckDBResultReader, DuckDBValue } from '@duckdb/node-api';
import type { Person } from './accounts';
import { readerToIpc } from './arrow';
import type { Database } from './database';
import type { SqlQuery } from '../src/lib/data/sql';

/** The hub network is the program's own, not a country's data: every viewer sees it whole. */
const UNSCOPED = new Set(['hubs', 'experts', 'upload_log']);

export class QueryLimitError extends Error {
	constructor(
		message: string,
		readonly status: number
	) {
		super(message);
		this.name = 'QueryLimitError';
	}
}

/** `CREATE TEMP VIEW` statements restricting every country-bound table to `countries` (checked ISO3 codes). */
export async function scopeStatements(
	connection: DuckDBConnection,
	db: Database,
	countries: readonly string[]
) {
	const codes = countries.map((c) => `'${c}'`).join(', ') || 'NULL';
	const rows = (
		await connection.runAndReadAll(
			`SELECT table_name, list(column_name) AS columns FROM duckdb_columns()
			 WHERE database_name = current_database() AND schema_name = 'main' GROUP BY table_name`
		)
	).getRowObjectsJS() as { table_name: string; columns: string[] }[];
	const base = (t: string) => `"${db.catalog}".main."${t}"`;
	const centres = `SELECT centre_id FROM ${base('centres')} WHERE iso3 IN (${codes})`;
	const statements: string[] = [];
	for (const { table_name: t, columns } of rows) {
		if (UNSCOPED.has(t)) continue;
		const where = columns.includes('iso3')
			? `iso3 IN (${codes})`
			: columns.includes('centre_id')
				? `centre_id IN (${centres})`
				: columns.includes('engagement_id')
					? `engagement_id IN (SELECT engagement_id FROM ${base('engagements')} WHERE centre_id IN (${centres}))`
					: null;
		if (where) statements.push(`CREATE TEMP VIEW "${t}" AS SELECT * FROM ${base(t)} WHERE ${where}`);
	}
	return statements;
}

async function connectFor(db: Database, person: Person): Promise<DuckDBConnection> {
	const connection = await db.instance.connect();
	if (person.countries !== null)
		for (const statement of await scopeStatements(connection, db, person.countries))
			await connection.run(statement);
	return connection;
}

/** Interrupts the statement if it runs longer than `ms`. */
async function timed<R>(connection: DuckDBConnection, ms: number, work: () => Promise<R>): Promise<R> {
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		connection.interrupt();
	}, ms);
	try {
		return await work();
	} catch (error) {
		if (timedOut) throw new QueryLimitError(`The statement ran longer than ${ms} ms and was stopped`, 503);
		throw error;
	} finally {
		clearTimeout(timer);
	}
}

export interface Limits {
	timeoutMs: number;
	maxRows: number;
}

async function readLimited(
	connection: DuckDBConnection,
	q: SqlQuery,
	maxRows: number
): Promise<DuckDBResultReader> {
	return connection.streamAndReadUntil(q.text, maxRows + 1, q.params as DuckDBValue[]);
}

/** A named statement's answer as Arrow IPC; refused when it has more rows than the limit. */
export async function runNamed(
	db: Database,
	person: Person,
	q: SqlQuery,
	limits: Limits
): Promise<Uint8Array> {
	const connection = await connectFor(db, person);
	try {
		const reader = await timed(connection, limits.timeoutMs, () =>
			readLimited(connection, q, limits.maxRows)
		);
		if (reader.currentRowCount > limits.maxRows)
			throw new QueryLimitError(`The answer has more than ${limits.maxRows} rows`, 413);
		return readerToIpc(reader);
	} finally {
		connection.closeSync();
	}
}

/** A console statement (already checked) in a transaction always rolled back; the answer is cut at `maxRows`. */
export async function runConsole(
	db: Database,
	person: Person,
	text: string,
	limits: Limits
): Promise<{ ipc: Uint8Array; truncated: boolean }> {
	const connection = await connectFor(db, person);
	try {
		await connection.run('BEGIN TRANSACTION');
		const reader = await timed(connection, limits.timeoutMs, () =>
			connection.streamAndReadUntil(text, limits.maxRows + 1)
		);
		const truncated = reader.currentRowCount > limits.maxRows;
		return { ipc: readerToIpc(reader, limits.maxRows), truncated };
	} finally {
		await connection.run('ROLLBACK').catch(() => undefined);
		connection.closeSync();
	}
}

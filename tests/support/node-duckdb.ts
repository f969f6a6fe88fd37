import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { resolve } from 'node:path';
import type { QueryFn, SqlQuery } from '../../src/lib/data/sql';

export type NodeQuery = QueryFn & { close(): void };

function quoted(path: string): string {
	return `'${resolve(path).replaceAll("'", "''")}'`;
}

function queryOn(connection: DuckDBConnection): NodeQuery {
	// One connection runs one statement at a time: callers that query in parallel (Promise.all) wait their turn.
	let queue: Promise<unknown> = Promise.resolve();
	const run = <T extends object>(q: SqlQuery): Promise<T[]> => {
		const next = queue.then(() => runNow<T>(q));
		queue = next.catch(() => undefined);
		return next;
	};
	const runNow = async <T extends object>(q: SqlQuery): Promise<T[]> => {
		const reader = await connection.runAndReadAll(q.text, q.params as DuckDBValue[]);
		return reader.getRowObjectsJS().map((row) => {
			const plain: Record<string, unknown> = {};
			for (const [key, value] of Object.entries(row))
				plain[key] = typeof value === 'bigint' ? Number(value) : value;
			return plain as T;
		});
	};
	return Object.assign(run, { close: () => connection.closeSync() });
}

/**
 * A QueryFn on native DuckDB in Node, with the derived reference tables as views over data/*.parquet:
 * the same SQL the browser runs, checked against an engine the app does not use.
 */
export async function nodeQuery(tables: readonly string[]): Promise<NodeQuery> {
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const connection = await instance.connect();
	for (const table of tables) {
		await connection.run(
			`CREATE VIEW "${table}" AS SELECT * FROM read_parquet(${quoted(`data/${table}.parquet`)})`
		);
	}
	return queryOn(connection);
}

/**
 * A QueryFn with ICEC program tables created from CSV files (`<dir>/<table>.csv`, read with DuckDB's `read_csv`),
 * e.g. the illustrative defaults in data/program; `files` overrides single tables, such as a 1 M-row sessions file.
 */
export async function nodeProgramQuery(
	tables: readonly string[],
	options: {
		dir?: string;
		files?: Record<string, string>;
		threads?: number;
		/** Reference tables to add as views over data/*.parquet (e.g. `countries`). */
		reference?: readonly string[];
		/** Tables in a compressed in-memory database, as the app keeps them (`db.ts`). */
		compressed?: boolean;
	} = {}
): Promise<NodeQuery> {
	const { dir = 'data/program', files = {}, threads = 1, reference = [], compressed = false } = options;
	const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
	const connection = await instance.connect();
	if (compressed) {
		await connection.run(`ATTACH ':memory:' AS atlas (COMPRESS)`);
		await connection.run(`USE atlas`);
	}
	for (const table of reference)
		await connection.run(
			`CREATE VIEW "${table}" AS SELECT * FROM read_parquet(${quoted(`data/${table}.parquet`)})`
		);
	for (const table of tables) {
		const file = files[table] ?? `${dir}/${table}.csv`;
		await connection.run(`CREATE TABLE "${table}" AS SELECT * FROM read_csv(${quoted(file)})`);
	}
	return queryOn(connection);
}

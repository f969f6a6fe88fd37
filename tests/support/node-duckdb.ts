import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { resolve } from 'node:path';
import type { QueryFn, SqlQuery } from '../../src/lib/data/sql';

/**
 * A QueryFn on native DuckDB in Node, with the derived reference tables as views over data/*.parquet:
 * the same SQL the browser runs, checked against an engine the app does not use.
 */
export async function nodeQuery(tables: readonly string[]): Promise<QueryFn & { close(): void }> {
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const connection = await instance.connect();
	for (const table of tables) {
		const file = resolve('data', `${table}.parquet`).replaceAll("'", "''");
		await connection.run(`CREATE VIEW "${table}" AS SELECT * FROM read_parquet('${file}')`);
	}
	const run = async <T extends object>(q: SqlQuery): Promise<T[]> => {
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

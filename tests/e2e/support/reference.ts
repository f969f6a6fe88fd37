import { DuckDBInstance } from '@duckdb/node-api';
import { resolve } from 'node:path';

/** Runs SQL on native DuckDB over the derived Parquet files (data/x.parquet) and program CSVs (data/program/x.csv): figures computed apart from the app's own queries. */
export async function referenceSql<T>(sqlText: string): Promise<T[]> {
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const connection = await instance.connect();
	try {
		const text = sqlText
			.replaceAll(
				/\bdata\/program\/(\w+)\.csv\b/g,
				(_, name: string) => `read_csv('${resolve('data', 'program', `${name}.csv`)}')`
			)
			.replaceAll(
				/\bdata\/(\w+)\.parquet\b/g,
				(_, name: string) => `'${resolve('data', `${name}.parquet`)}'`
			);
		const reader = await connection.runAndReadAll(text);
		return reader
			.getRowObjectsJS()
			.map(
				(row) =>
					Object.fromEntries(
						Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])
					) as T
			);
	} finally {
		connection.closeSync();
	}
}

/** The single row a reference query returns; fails the test when there is none. */
export async function referenceRow<T>(sqlText: string): Promise<T> {
	const [row] = await referenceSql<T>(sqlText);
	if (!row) throw new Error(`The reference query returned no row:\n${sqlText}`);
	return row;
}

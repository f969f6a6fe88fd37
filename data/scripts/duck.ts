import { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

export type ColumnType = 'VARCHAR' | 'DOUBLE' | 'INTEGER' | 'BOOLEAN';
export type Cell = string | number | boolean | null;

/** One in-memory DuckDB with one thread, so row order and floating sums are the same on every run. */
export async function openDuck(): Promise<DuckDBConnection> {
	const db = await DuckDBInstance.create(':memory:', { threads: '1' });
	const conn = await db.connect();
	await conn.run('SET preserve_insertion_order = true');
	return conn;
}

export async function rows<T = Record<string, Cell>>(conn: DuckDBConnection, sql: string): Promise<T[]> {
	const reader = await conn.runAndReadAll(sql);
	return reader.getRowObjectsJS().map((r) => {
		const o: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(r)) o[k] = typeof v === 'bigint' ? Number(v) : v;
		return o as T;
	});
}

export const quote = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/** read_csv with every column as text: types are cast explicitly in SQL, where a bad value fails with its column. */
export const readCsv = (file: string): string =>
	`read_csv(${quote(file)}, header = true, all_varchar = true)`;

/** Fails naming the file when a raw CSV lacks a column the derivation relies on. */
export async function requireColumns(conn: DuckDBConnection, file: string, columns: string[]): Promise<void> {
	const found = await rows<{ column_name: string }>(conn, `DESCRIBE SELECT * FROM ${readCsv(file)}`);
	const names = new Set(found.map((c) => c.column_name));
	const missing = columns.filter((c) => !names.has(c));
	if (missing.length > 0) throw new Error(`${file}: missing column(s) ${missing.join(', ')}`);
}

/** Creates a table from JS rows through the appender (used for data parsed in JS: XLSX, DIRAC, grid, polygons). */
export async function createTable(
	conn: DuckDBConnection,
	table: string,
	columns: [string, ColumnType][],
	data: Cell[][]
): Promise<void> {
	await conn.run(`CREATE OR REPLACE TABLE ${table} (${columns.map(([n, t]) => `"${n}" ${t}`).join(', ')})`);
	const app = await conn.createAppender(table);
	for (const row of data) {
		columns.forEach(([, type], i) => {
			const v = row[i];
			if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) app.appendNull();
			else if (type === 'VARCHAR') app.appendVarchar(String(v));
			else if (type === 'DOUBLE') app.appendDouble(Number(v));
			else if (type === 'INTEGER') app.appendInteger(Number(v));
			else app.appendBoolean(Boolean(v));
		});
		app.endRow();
	}
	app.closeSync();
}

const ALLOWED = new Set(['VARCHAR', 'DOUBLE', 'INTEGER', 'BOOLEAN']);

/** Writes a query to snappy Parquet after checking that it only holds types the browser reader is given. */
export async function writeParquet(conn: DuckDBConnection, sql: string, file: string): Promise<number> {
	const described = await rows<{ column_name: string; column_type: string }>(conn, `DESCRIBE ${sql}`);
	const bad = described.filter((c) => !ALLOWED.has(c.column_type));
	if (bad.length > 0) {
		throw new Error(
			`${file}: column types not allowed: ${bad.map((c) => `${c.column_name} ${c.column_type}`).join(', ')}`
		);
	}
	await conn.run(`COPY (${sql}) TO ${quote(file)} (FORMAT parquet, COMPRESSION snappy)`);
	const [count] = await rows<{ n: number }>(conn, `SELECT count(*) AS n FROM (${sql})`);
	return count?.n ?? 0;
}

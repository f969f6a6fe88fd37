// The shipped database, validated when built: what the browser attaches is never checked there.
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_TABLES } from '../../src/lib/data/reference-tables';
import { databaseOutdated, writeAtlasDatabase } from './database';

const dataDir = path.resolve('data');
const dir = mkdtempSync(path.join(tmpdir(), 'atlas-db-'));
const file = path.join(dir, 'atlas.duckdb');
let rows: Record<string, number> = {};

async function read<T>(sql: string): Promise<T[]> {
	const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
	const connection = await instance.connect();
	try {
		return (await connection.runAndReadAll(sql)).getRowObjectsJS() as T[];
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}

// With the program tables validated in JavaScript, the write takes seconds; more beside other test files.
beforeAll(async () => {
	rows = await writeAtlasDatabase(dataDir, file);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the shipped database', () => {
	it('holds every reference table with all the rows of its open Parquet download', async () => {
		const memory = await DuckDBInstance.create(':memory:');
		const connection = await memory.connect();
		for (const table of REFERENCE_TABLES) {
			const parquet = await connection.runAndReadAll(
				`SELECT count(*)::INTEGER AS n FROM read_parquet('${path.join(dataDir, table.file)}')`
			);
			expect(rows[table.name], table.name).toBe(parquet.getRowObjectsJS()[0]?.n);
			expect(rows[table.name], table.name).toBeGreaterThan(0);
		}
		connection.closeSync();
		memory.closeSync();
	});

	it('has the columns and types the data dictionary documents', async () => {
		const columns = await read<{ table_name: string; column_name: string; data_type: string }>(
			`SELECT table_name, column_name, data_type FROM duckdb_columns() WHERE database_name = 'atlas'`
		);
		for (const table of REFERENCE_TABLES) {
			const found = columns.filter((c) => c.table_name === table.name);
			expect(
				found.map((c) => [c.column_name, c.data_type]),
				table.name
			).toEqual(table.columns.map((c) => [c.name, c.type]));
		}
	});

	it('has no duplicate key, so a join on the key never multiplies rows', async () => {
		for (const table of REFERENCE_TABLES) {
			const key = table.key.map((k) => `"${k}"`).join(', ');
			const [dup] = await read<{ n: bigint }>(
				`SELECT count(*) AS n FROM (SELECT ${key} FROM "${table.name}" GROUP BY ALL HAVING count(*) > 1)`
			);
			expect(Number(dup?.n), table.name).toBe(0);
		}
	});

	it('is written again only when a source is newer', () => {
		expect(databaseOutdated(dataDir, file)).toBe(false);
		expect(databaseOutdated(dataDir, path.join(dir, 'missing.duckdb'))).toBe(true);
	});
});

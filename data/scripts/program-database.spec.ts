// The illustrative program tables and pre-aggregates in the shipped database, checked when built: the browser reads
// them without validating anything.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRAM_SCHEMA, TABLE_NAMES } from '../../src/lib/data/program-schema';
import { PRE_AGGREGATES } from '../../src/lib/data/queries/pre-aggregates';
import { sqlType } from '../../src/lib/data/queries/program-stage-sql';
import { writeAtlasDatabase } from './database';
import { nativeQuery, programSortColumns, validatedProgramRows } from './program-database';

const dataDir = path.resolve('data');
const dir = mkdtempSync(path.join(tmpdir(), 'atlas-program-db-'));
const file = path.join(dir, 'atlas.duckdb');
let instance: DuckDBInstance;
let connection: DuckDBConnection;

async function read<T>(text: string): Promise<T[]> {
	return (await connection.runAndReadAll(text)).getRowObjectsJS() as T[];
}

beforeAll(async () => {
	await writeAtlasDatabase(dataDir, file);
	instance = await DuckDBInstance.create(':memory:');
	connection = await instance.connect();
	await connection.run(`ATTACH '${file}' AS shipped (READ_ONLY)`);
}, 120_000);
afterAll(() => {
	connection?.closeSync();
	instance?.closeSync();
	rmSync(dir, { recursive: true, force: true });
});

describe('the illustrative program tables in the shipped database', () => {
	it('keep each column in the type the app stores it as (integers as DOUBLE, dates as DATE)', async () => {
		for (const table of TABLE_NAMES) {
			const found = await read<{ column_name: string; data_type: string }>(
				`SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = 'shipped' AND table_name = '${table}' ORDER BY column_index`
			);
			expect(
				found.map((c) => [c.column_name, c.data_type]),
				table
			).toEqual(PROGRAM_SCHEMA[table].columns.map((c) => [c.name, sqlType(c).text]));
		}
	});

	it('hold exactly the rows the app’s validator accepts from each file, and no other', async () => {
		for (const table of TABLE_NAMES) {
			const columns = PROGRAM_SCHEMA[table].columns;
			const shown = columns.map((c) =>
				c.type === 'date' ? `CAST("${c.name}" AS VARCHAR) AS "${c.name}"` : `"${c.name}"`
			);
			const stored = await read<Record<string, unknown>>(
				`SELECT ${shown.join(', ')} FROM shipped."${table}"`
			);
			const valid = (await validatedProgramRows(dataDir, table)).map((row) =>
				Object.fromEntries(columns.map((c) => [c.name, (row as Record<string, unknown>)[c.name] ?? null]))
			);
			const key = (rows: object[]) => rows.map((r) => JSON.stringify(r)).sort();
			expect(stored.length, table).toBeGreaterThan(0);
			expect(key(stored), table).toEqual(key(valid));
		}
	});

	it('are stored in the order the views filter by (sessions by date)', async () => {
		for (const table of TABLE_NAMES) {
			const order = programSortColumns(table)
				.map((c) => `"${c}"`)
				.join(', ');
			const [row] = await read<{ n: bigint }>(
				`SELECT count(*) AS n FROM (SELECT rowid AS stored, row_number() OVER (ORDER BY ${order}) - 1 AS sorted
				FROM shipped."${table}") WHERE stored <> sorted`
			);
			expect(Number(row?.n), table).toBe(0);
		}
	});
});

describe('the pre-aggregates in the shipped database', () => {
	it('equal what each builds from the stored raw rows, row for row', async () => {
		await connection.run('CREATE SCHEMA fresh');
		await connection.run('USE memory.fresh');
		for (const table of TABLE_NAMES)
			await connection.run(`CREATE VIEW "${table}" AS SELECT * FROM shipped.main."${table}"`);
		for (const aggregate of PRE_AGGREGATES) {
			await aggregate.build(nativeQuery(connection));
			const differing = await read<{ n: bigint }>(
				`SELECT count(*) AS n FROM ((FROM shipped.main."${aggregate.name}" EXCEPT ALL FROM "${aggregate.name}")
				UNION ALL (FROM "${aggregate.name}" EXCEPT ALL FROM shipped.main."${aggregate.name}"))`
			);
			expect(Number(differing[0]?.n), aggregate.name).toBe(0);
			const [rows] = await read<{ n: bigint }>(`SELECT count(*) AS n FROM shipped.main."${aggregate.name}"`);
			expect(Number(rows?.n), aggregate.name).toBeGreaterThan(0);
		}
	});

	it('session_months folds every raw session and every hour', async () => {
		const [row] = await read<{ raw: number; folded: number; hours: number; summed: number }>(
			`SELECT (SELECT count(*) FROM shipped.sessions)::DOUBLE AS raw,
				(SELECT sum(sessions) FROM shipped.session_months)::DOUBLE AS folded,
				(SELECT round(sum(hours), 6) FROM shipped.sessions) AS hours,
				(SELECT round(sum(hours), 6) FROM shipped.session_months) AS summed`
		);
		expect(row?.raw).toBeGreaterThan(0);
		expect(row?.folded).toBe(row?.raw);
		expect(row?.summed).toBe(row?.hours);
	});
});

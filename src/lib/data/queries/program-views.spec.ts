// The program tables as the browser composes them: views over the shipped default and the user's rows, on native
// DuckDB with the shipped database's own column types (written by the build's code, integers as DOUBLE).
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeProgramTables } from '../../../../data/scripts/program-database';
import { TABLE_NAMES, type TableName } from '../program-schema';
import type { QueryFn, SqlQuery } from '../sql';
import { PRE_AGGREGATES, preAggregatesOf } from './pre-aggregates';
import { composeProgramTable, dropRelation, loadedKeyRows, useShippedRelation } from './program-loaded';
import { programRowCounts } from './program-tables';

let instance: DuckDBInstance;
let connection: DuckDBConnection;
let shippedRows: Record<TableName, number> & Record<string, number>;

const query: QueryFn = async <T extends object>(q: SqlQuery): Promise<T[]> => {
	const reader = await connection.runAndReadAll(q.text, q.params as DuckDBValue[]);
	return reader.getRowObjectsJS().map((row) => {
		const plain: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(row)) plain[k] = typeof v === 'bigint' ? Number(v) : v;
		return plain as T;
	}) as T[];
};

async function one<T>(text: string): Promise<T> {
	return (await connection.runAndReadAll(text)).getRowObjectsJS()[0] as T;
}

const parts = (includesDefault: boolean, user: string[] = []) => ({
	shipped: 'shipped',
	includesDefault,
	user
});

beforeAll(async () => {
	instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	connection = await instance.connect();
	await connection.run(`ATTACH ':memory:' AS shipped`);
	await connection.run('USE shipped');
	shippedRows = (await writeProgramTables(connection, path.resolve('data'))) as typeof shippedRows;
	// As db.ts starts the engine: the app's own database, every shipped table seen through a view.
	await connection.run(`ATTACH ':memory:' AS atlas (COMPRESS)`);
	await connection.run('USE atlas');
	for (const name of Object.keys(shippedRows))
		await connection.run(`CREATE VIEW "${name}" AS SELECT * FROM shipped.main."${name}"`);
}, 120_000);
afterAll(() => {
	connection?.closeSync();
	instance?.closeSync();
});

async function userRows(table: TableName, name: string, where: string) {
	await connection.run(
		`CREATE OR REPLACE TABLE "${name}" AS SELECT * FROM shipped.main."${table}" WHERE ${where}`
	);
	return Number((await one<{ n: bigint }>(`SELECT count(*) AS n FROM "${name}"`)).n);
}

describe('program tables composed as views', () => {
	it('count the shipped rows while nothing is loaded', async () => {
		const counts = await programRowCounts(query);
		for (const t of TABLE_NAMES) expect(counts[t], t).toBe(shippedRows[t]);
	});

	it('add the user’s rows to the default, keep the column types, and read only the user’s rows once replaced', async () => {
		const added = await userRows('experts', 'user_rows_experts', 'true');
		await composeProgramTable(query, 'experts', parts(true, ['user_rows_experts']));
		expect((await programRowCounts(query)).experts).toBe(shippedRows.experts + added);
		const types = await connection.runAndReadAll(`DESCRIBE experts`);
		const shipped = await connection.runAndReadAll(`DESCRIBE shipped.main.experts`);
		expect(types.getRowObjectsJS().map((r) => [r.column_name, r.column_type])).toEqual(
			shipped.getRowObjectsJS().map((r) => [r.column_name, r.column_type])
		);
		await composeProgramTable(query, 'experts', parts(false, ['user_rows_experts']));
		expect((await programRowCounts(query)).experts).toBe(added);
		await composeProgramTable(query, 'experts', parts(false));
		expect((await programRowCounts(query)).experts).toBe(0);
		await composeProgramTable(query, 'experts', parts(true));
		expect((await programRowCounts(query)).experts).toBe(shippedRows.experts);
	});

	it('give the keys new files are checked against from DuckDB, default and user’s rows alike', async () => {
		const added = await userRows(
			'hubs',
			'accepted_hubs',
			`hub_id = (SELECT min(hub_id) FROM shipped.main.hubs)`
		);
		await composeProgramTable(query, 'hubs', parts(true, ['accepted_hubs']));
		const keys = (await loadedKeyRows(query, 'hubs', 'hubs')) as { hub_id: string }[];
		expect(keys).toHaveLength(shippedRows.hubs + added);
		expect(Object.keys(keys[0] ?? {})).toContain('hub_id');
		await composeProgramTable(query, 'hubs', parts(true));
		await dropRelation(query, 'accepted_hubs');
		await dropRelation(query, 'accepted_hubs');
	});
});

describe('pre-aggregates beside the user’s rows', () => {
	it('are rebuilt from the composed tables, then read from the shipped database again', async () => {
		const [sessionMonths] = preAggregatesOf(['sessions']);
		expect(sessionMonths?.name).toBe('session_months');
		if (!sessionMonths) return;
		const extra = await userRows('sessions', 'user_rows_sessions', `date >= DATE '2025-01-01'`);
		expect(extra).toBeGreaterThan(0);
		await composeProgramTable(query, 'sessions', parts(true, ['user_rows_sessions']));
		await dropRelation(query, sessionMonths.name);
		await sessionMonths.build(query);
		const rebuilt = await one<{ folded: number; raw: number }>(
			`SELECT (SELECT sum(sessions) FROM session_months)::DOUBLE AS folded, (SELECT count(*) FROM sessions)::DOUBLE AS raw`
		);
		expect(rebuilt.folded).toBe(shippedRows.sessions + extra);
		expect(rebuilt.raw).toBe(rebuilt.folded);
		await composeProgramTable(query, 'sessions', parts(true));
		await useShippedRelation(query, sessionMonths.name, 'shipped');
		const back = await one<{ n: number; kind: string }>(
			`SELECT (SELECT sum(sessions) FROM session_months)::DOUBLE AS n,
			(SELECT 'view' FROM duckdb_views() WHERE database_name = 'atlas' AND view_name = 'session_months') AS kind`
		);
		expect(back).toEqual({ n: shippedRows.sessions, kind: 'view' });
	});

	it('name only tables of the program schema as sources', () => {
		for (const aggregate of PRE_AGGREGATES)
			for (const source of aggregate.sources) expect(TABLE_NAMES).toContain(source);
		expect(preAggregatesOf(['investments'])).toEqual([]);
	});
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeProgramQuery, type NodeQuery } from '../../../../tests/support/node-duckdb';
import { sql } from '../sql';
import { PRE_AGGREGATES, preAggregatesOf } from './pre-aggregates';

const tables = ['hubs', 'centres', 'experts', 'engagements', 'sessions', 'requests'];

describe('the pre-aggregates list', () => {
	let query: NodeQuery;
	beforeAll(async () => {
		query = await nodeProgramQuery(tables);
	});
	afterAll(() => query?.close());

	const folded = async () =>
		(await query<{ n: number }>(sql`SELECT CAST(sum(sessions) AS BIGINT) AS n FROM session_months`))[0]?.n;

	it('builds every table it lists, each holding every session', async () => {
		for (const p of PRE_AGGREGATES) await p.build(query);
		for (const p of PRE_AGGREGATES) {
			const [found] = await query<{ n: number }>(sql`
				SELECT count(*) AS n FROM information_schema.tables WHERE table_name = ${p.name}`);
			expect(found?.n, p.name).toBe(1);
		}
		const [raw] = await query<{ n: number }>(sql`SELECT count(*) AS n FROM sessions`);
		expect(await folded()).toBe(raw?.n);
	});

	it('names what each table is built from, and rebuilds only what a changed table feeds', async () => {
		expect(preAggregatesOf(['sessions']).map((p) => p.name)).toEqual(['session_months']);
		expect(preAggregatesOf(['requests'])).toEqual([]);
		const before = await folded();
		await query(sql`INSERT INTO sessions SELECT 'S_NEW', engagement_id, DATE '2025-03-04', 2, 'telemedicine'
			FROM engagements ORDER BY engagement_id LIMIT 1`);
		for (const p of preAggregatesOf(['requests'])) await p.build(query);
		expect(await folded()).toBe(before);
		for (const p of preAggregatesOf(['sessions'])) await p.build(query);
		expect(await folded()).toBe((before ?? 0) + 1);
	});

	// Why there is one table and not one per view: on the embedded data a coarser per-view grain keeps most rows.
	it('keeps per-view grains close to session_months on the embedded data', async () => {
		const [rows] = await query<{ all: number; timeline: number; links: number }>(sql`
			SELECT count(*) AS all,
			       (SELECT count(*) FROM (SELECT DISTINCT month, mode, specialty, iso3, hub_id, linked FROM session_months))
			         AS timeline,
			       (SELECT count(*) FROM (SELECT DISTINCT month, centre_id, hub_id, specialty, iso3, linked FROM session_months))
			         AS links
			FROM session_months`);
		expect(rows!.timeline / rows!.all).toBeGreaterThan(0.8);
		expect(rows!.links / rows!.all).toBeGreaterThan(0.8);
	});
});

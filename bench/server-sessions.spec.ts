import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateServerSessions } from './server-sessions';

const ROWS = 200_000;
let instance: DuckDBInstance;
let c: DuckDBConnection;

async function rows(text: string): Promise<Record<string, unknown>[]> {
	return (await c.runAndReadAll(text)).getRowObjectsJS() as Record<string, unknown>[];
}

async function checksum(): Promise<unknown> {
	return (await rows(`SELECT sum(hash(session_id, engagement_id, date, hours, mode)) AS h FROM sessions`))[0]
		?.h;
}

describe('sessions generated in SQL for the server bench', () => {
	beforeAll(async () => {
		instance = await DuckDBInstance.create(':memory:');
		c = await instance.connect();
		for (const table of ['engagements', 'centres', 'experts'])
			await c.run(`CREATE TABLE ${table} AS SELECT * FROM read_csv('data/program/${table}.csv')`);
		await c.run(`CREATE TABLE sessions (session_id VARCHAR, engagement_id VARCHAR, date DATE, hours DOUBLE,
			mode VARCHAR)`);
		await c.run(`INSERT INTO sessions VALUES ('S1', 'G0001', DATE '2017-01-01', 1, 'telemedicine')`);
		await generateServerSessions(c, ROWS);
	}, 60_000);
	afterAll(() => {
		c.closeSync();
		instance.closeSync();
	});

	it('replaces the sessions with as many rows, numbered S000001 on, every one on a day of its engagement', async () => {
		const [r] = await rows(`SELECT count(*) AS n, count(DISTINCT session_id) AS ids, min(session_id) AS first,
			count(*) FILTER (WHERE e.engagement_id IS NULL) AS orphans,
			count(*) FILTER (WHERE s.date < e.start OR s.date > least(coalesce(e."end", DATE '2025-12-31'), DATE '2025-12-31')) AS outside
			FROM sessions s LEFT JOIN engagements e USING (engagement_id)`);
		expect(r).toEqual({ n: BigInt(ROWS), ids: BigInt(ROWS), first: 'S000001', orphans: 0n, outside: 0n });
	});

	it('keeps the CSV generator’s law: modes by the engagement’s mode, hours by the session’s mode', async () => {
		const share = await rows(`SELECT e.mode, avg(CASE WHEN s.mode = 'in_country' THEN 1 ELSE 0 END) AS p
			FROM sessions s JOIN engagements e USING (engagement_id) GROUP BY 1`);
		const p = Object.fromEntries(share.map((r) => [r.mode, r.p]));
		expect(p.telemedicine).toBe(0);
		expect(p.in_country).toBeCloseTo(0.6, 1);
		expect(p.mixed).toBeCloseTo(0.1, 1);
		const hours = await rows(
			`SELECT mode, list(DISTINCT hours ORDER BY hours) AS h FROM sessions GROUP BY 1 ORDER BY 1`
		);
		expect(hours).toEqual([
			{ mode: 'in_country', h: [6, 7, 8] },
			{ mode: 'telemedicine', h: [1, 1.5, 2] }
		]);
	});

	it('draws engagements in proportion to their length: the longest gets more sessions than the shortest', async () => {
		const [r] = await rows(`WITH n AS (SELECT engagement_id, count(*) AS k FROM sessions GROUP BY 1),
			len AS (SELECT engagement_id, least(coalesce("end", DATE '2025-12-31'), DATE '2025-12-31') - start AS d FROM engagements)
			SELECT corr(k, d) AS r FROM n JOIN len USING (engagement_id)`);
		expect(r?.r as number).toBeGreaterThan(0.9);
	});

	it('rebuilds session_months over the new rows, and gives the same rows again', async () => {
		const [m] = await rows(`SELECT sum(sessions) AS n FROM session_months`);
		expect(m?.n).toBe(BigInt(ROWS));
		const first = await checksum();
		await generateServerSessions(c, ROWS);
		expect(await checksum()).toBe(first);
	}, 60_000);
});

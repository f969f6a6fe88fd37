import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeProgramQuery, nodeQuery, type NodeQuery } from '../tests/support/node-duckdb';
import { countryProfile, topCancerSites } from '../src/lib/data/queries/country';
import { gapCountryRecords, indicatorYears } from '../src/lib/data/queries/gaps';
import { centreActivity, monthlyActivity, sessionMonthRange } from '../src/lib/data/queries/mentorship';
import type { MentorshipFilters } from '../src/lib/data/queries/mentorship-filters';
import { buildSessionMonths } from '../src/lib/data/queries/session-months';
import { sql, type QueryFn, type SqlQuery } from '../src/lib/data/sql';
import { hashSecret } from './accounts';
import { createAtlasServer, type AtlasServer } from './app';
import { exportBackup, restoreBackup, untilNextRun } from './backup';
import { loadConfig, type ServerConfig } from './config';
import { openDatabase, type Database } from './database';
import { QueryLimitError, runConsole, runNamed } from './engine';
import { RateLimit } from './sessions';
import { readTemplates } from './statements';

let dir: string;
let config: ServerConfig;
let db: Database;
let atlas: AtlasServer;
let base: string;
const RATE = 200;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'atlas-server-'));
	const account = async (name: string, role: string, countries?: string[]) => ({
		name,
		role,
		secret: await hashSecret(`${name}-secret`),
		...(countries ? { countries } : {})
	});
	writeFileSync(
		join(dir, 'accounts.json'),
		JSON.stringify([
			await account('ada', 'admin'),
			await account('eve', 'editor'),
			await account('kim', 'viewer', ['KEN']),
			await account('vic', 'viewer'),
			await account('burst', 'viewer')
		])
	);
	mkdirSync(join(dir, 'app'));
	writeFileSync(join(dir, 'app', '200.html'), '<html><head><title>Atlas</title></head><body></body></html>');
	writeFileSync(join(dir, 'secret.txt'), 'outside the app');
	config = loadConfig(
		{
			appDir: join(dir, 'app'),
			databaseFile: join(dir, 'atlas.duckdb'),
			tempDirectory: join(dir, 'tmp'),
			accountsFile: join(dir, 'accounts.json'),
			threads: 2,
			memoryLimit: '1GB',
			rateLimitPerMinute: RATE,
			backup: { directory: join(dir, 'backups'), hourUtc: null, keep: 2 }
		},
		join(dir, 'no-config.json')
	);
	db = await openDatabase(config);
	atlas = createAtlasServer(config, db, readTemplates());
	base = `http://127.0.0.1:${await atlas.listen(0)}`;
}, 120_000);

afterAll(async () => {
	await atlas?.close();
	db?.close();
	rmSync(dir, { recursive: true, force: true });
});

interface Client {
	cookie: string;
	csrf: string;
	query: QueryFn;
}

async function signIn(name: string): Promise<Client> {
	const response = await fetch(`${base}/api/login`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ name, secret: `${name}-secret` })
	});
	expect(response.status).toBe(200);
	const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
	const { csrf } = (await response.json()) as { csrf: string };
	const query = async <T extends object>(q: SqlQuery): Promise<T[]> => {
		const r = await post('/api/query', { shape: q.shape }, { cookie });
		if (r.status !== 200)
			throw new Error(`HTTP ${r.status}: ${((await r.json()) as { error: string }).error}`);
		return tableFromIPC(new Uint8Array(await r.arrayBuffer()))
			.toArray()
			.map((row) => row.toJSON() as T);
	};
	return { cookie, csrf, query };
}

/** Reads the shared database directly (a statement no client may send). */
async function direct(text: string): Promise<Record<string, unknown>[]> {
	const connection = await db.instance.connect();
	try {
		return (await connection.runAndReadAll(text)).getRowObjectsJS().map((row) => {
			const plain: Record<string, unknown> = {};
			for (const [k, v] of Object.entries(row)) plain[k] = typeof v === 'bigint' ? Number(v) : v;
			return plain;
		});
	} finally {
		connection.closeSync();
	}
}

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
	return fetch(`${base}${path}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', ...headers },
		body: JSON.stringify(body)
	});
}

describe('the app', () => {
	it('serves its pages with the mark that switches the app to the server, and nothing outside them', async () => {
		const page = await fetch(`${base}/mentorship`);
		expect(await page.text()).toContain('<head><meta name="atlas-engine" content="duckdb-server"><title>');
		expect(page.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
		expect(page.headers.get('x-frame-options')).toBe('DENY');
		const escape = await fetch(`${base}/..%2Fsecret.txt`);
		expect(await escape.text()).not.toContain('outside the app');
	});
});

describe('sign-in and sessions', () => {
	it('says a server is here and that it wants a sign-in', async () => {
		const info = await (await fetch(`${base}/api/engine`)).json();
		expect(info).toEqual({ engine: 'duckdb-server', login: true, user: null, csrf: null });
	});

	it('refuses a query before sign-in and a wrong secret', async () => {
		const [q] = [sql`SELECT 1`];
		expect((await post('/api/query', { shape: q.shape })).status).toBe(401);
		const wrong = await post('/api/login', { name: 'ada', secret: 'nope' });
		expect(wrong.status).toBe(401);
		expect(wrong.headers.get('set-cookie')).toBeNull();
	});

	it('sets a secure, HTTP-only, same-site cookie', async () => {
		const response = await post('/api/login', { name: 'vic', secret: 'vic-secret' });
		const cookie = response.headers.get('set-cookie') ?? '';
		expect(cookie).toMatch(/^atlas_session=[\w-]{40,};/);
		expect(cookie).toContain('HttpOnly');
		expect(cookie).toContain('SameSite=Strict');
		expect(cookie).toContain('Secure');
	});

	it('ends the session on sign-out, with the CSRF token only', async () => {
		const vic = await signIn('vic');
		expect((await post('/api/logout', {}, { cookie: vic.cookie })).status).toBe(403);
		expect((await post('/api/logout', {}, { cookie: vic.cookie, 'X-CSRF-Token': vic.csrf })).status).toBe(
			200
		);
		await expect(vic.query(sql`SELECT 1 AS one`)).rejects.toThrow(/401/);
	});

	it('limits each person’s requests per minute', async () => {
		const burst = await signIn('burst');
		const statuses: number[] = [];
		for (let i = 0; i < RATE + 1; i++)
			statuses.push((await fetch(`${base}/api/engine`, { headers: { cookie: burst.cookie } })).status);
		expect(statuses.slice(0, RATE - 1).every((s) => s === 200)).toBe(true);
		expect(statuses.at(-1)).toBe(429);
		const limit = new RateLimit(2);
		expect([limit.allow('a', 0), limit.allow('a', 1), limit.allow('a', 2), limit.allow('a', 60_000)]).toEqual(
			[true, true, false, true]
		);
	});
});

describe('named queries', () => {
	let reference: NodeQuery;
	let program: NodeQuery;
	let ada: Client;
	const all: MentorshipFilters = { specialty: null, iso3: null, hubId: null, from: '2016-01', to: '2025-12' };

	beforeAll(async () => {
		reference = await nodeQuery(['countries', 'cancer_burden', 'rt_capacity', 'rt_centres', 'admin1']);
		program = await nodeProgramQuery(['hubs', 'centres', 'experts', 'engagements', 'sessions', 'requests']);
		await buildSessionMonths(program);
		ada = await signIn('ada');
	});
	afterAll(() => {
		reference.close();
		program.close();
	});

	it('answer as the in-Node specs do: reference tables', async () => {
		expect(await gapCountryRecords(ada.query)).toEqual(await gapCountryRecords(reference));
		expect(await indicatorYears(ada.query)).toEqual(await indicatorYears(reference));
		expect(await countryProfile(ada.query, 'KEN')).toEqual(await countryProfile(reference, 'KEN'));
		expect(await topCancerSites(ada.query, 'NGA', 5)).toEqual(await topCancerSites(reference, 'NGA', 5));
	});

	it('answer as the in-Node specs do: the program tables, under filters', async () => {
		const kenya2025 = { ...all, iso3: 'KEN', from: '2025-01' };
		expect(await sessionMonthRange(ada.query)).toEqual(await sessionMonthRange(program));
		for (const filters of [all, kenya2025]) {
			expect(await monthlyActivity(ada.query, filters)).toEqual(await monthlyActivity(program, filters));
			expect(await centreActivity(ada.query, filters)).toEqual(await centreActivity(program, filters));
		}
	});

	it('refuses SQL the app does not build, and writes built from its templates', async () => {
		const free = { sql: ["SELECT * FROM read_csv('/etc/passwd')"], parts: [] };
		const response = await post('/api/query', { shape: free }, { cookie: ada.cookie });
		expect(response.status).toBe(400);
		expect(await response.json()).toEqual({ error: 'Not a statement the app builds' });
		const write = sql`CREATE OR REPLACE TABLE x AS SELECT 1`;
		expect((await post('/api/query', { shape: write.shape }, { cookie: ada.cookie })).status).toBe(400);
		const smuggled = {
			sql: (sql`SELECT 1`.shape as unknown as { sql: string[] }).sql,
			parts: [{ value: {} }]
		};
		expect((await post('/api/query', { shape: smuggled }, { cookie: ada.cookie })).status).toBe(400);
	});

	it('limit a viewer to her countries, whatever the parameters ask', async () => {
		const kim = await signIn('kim');
		expect((await gapCountryRecords(kim.query)).map((r) => r.iso3)).toEqual(['KEN']);
		expect(await countryProfile(kim.query, 'NGA')).toBeNull();
		const centres = await centreActivity(kim.query, all);
		const everywhere = await centreActivity(program, { ...all, iso3: 'KEN' });
		expect(centres.length).toBeGreaterThan(0);
		expect(centres).toEqual(everywhere);
	});
});

describe('lockdown and limits', () => {
	const admin = { name: 'ada', role: 'admin' as const, countries: null };
	const limits = { timeoutMs: 30_000, maxRows: 10 };

	it('refuses to load extensions, read files or change settings', async () => {
		const connection = await db.instance.connect();
		try {
			await expect(connection.run('LOAD httpfs')).rejects.toThrow();
			await expect(connection.run("SELECT * FROM read_csv('/etc/passwd')")).rejects.toThrow(
				/Permission|disabled/i
			);
			await expect(connection.run('SET enable_external_access = true')).rejects.toThrow(/lock/i);
			await expect(connection.run("SET memory_limit = '100GB'")).rejects.toThrow(/lock/i);
		} finally {
			connection.closeSync();
		}
	});

	it('gives the console to admins only, checked as in the browser', async () => {
		const ada = await signIn('ada');
		const eve = await signIn('eve');
		expect((await post('/api/console', { text: 'SELECT 1' }, { cookie: eve.cookie })).status).toBe(403);
		expect((await post('/api/console', { text: 'LOAD httpfs' }, { cookie: ada.cookie })).status).toBe(422);
		const passwd = await post(
			'/api/console',
			{ text: "SELECT * FROM read_csv('/etc/passwd')" },
			{ cookie: ada.cookie }
		);
		expect(passwd.status).toBe(422);
		expect(((await passwd.json()) as { error: string }).error).toMatch(/Permission|disabled/i);
		const ok = await post(
			'/api/console',
			{ text: 'SELECT count(*) AS n FROM countries' },
			{ cookie: ada.cookie }
		);
		expect(
			tableFromIPC(new Uint8Array(await ok.arrayBuffer()))
				.get(0)
				?.toJSON().n
		).toBeGreaterThan(150);
	});

	it('refuses an answer over the row limit and stops a statement over the time limit', async () => {
		const countries = sql`SELECT iso3 FROM countries`;
		await expect(runNamed(db, admin, countries, limits)).rejects.toThrow(QueryLimitError);
		const endless = 'SELECT count(*) FROM range(10000000000000) a, range(1000) b';
		await expect(runConsole(db, admin, endless, { timeoutMs: 100, maxRows: 10 })).rejects.toThrow(
			/longer than 100 ms/
		);
		const cut = await runConsole(db, admin, 'SELECT * FROM range(25)', limits);
		expect(cut.truncated).toBe(true);
		expect(tableFromIPC(cut.ipc).numRows).toBe(10);
	});
});

describe('uploads', () => {
	const sessionsCsv = 'session_id,engagement_id,date,hours,mode\nSRV0001,G0001,2025-12-01,2,telemedicine\n';

	function upload(client: Client | null, csv: string, file = 'more-sessions.csv', csrf = client?.csrf) {
		return fetch(`${base}/api/upload?table=sessions&mode=append&file=${file}`, {
			method: 'POST',
			headers: { ...(client ? { cookie: client.cookie } : {}), ...(csrf ? { 'X-CSRF-Token': csrf } : {}) },
			body: csv
		});
	}

	it('refuses viewers and requests without the CSRF token', async () => {
		const vic = await signIn('vic');
		const eve = await signIn('eve');
		expect((await upload(vic, sessionsCsv)).status).toBe(403);
		expect((await upload(eve, sessionsCsv, 'x.csv', 'forged')).status).toBe(403);
		expect((await upload(null, sessionsCsv)).status).toBe(401);
	});

	it('checks rows as the browser does and keeps what was loaded', async () => {
		const eve = await signIn('eve');
		const before = await direct('SELECT count(*) AS n FROM sessions');
		const bad = await upload(eve, 'session_id,engagement_id,date,hours,mode\nSRV9,NOPE,2025-13-01,2,fax\n');
		expect(bad.status).toBe(422);
		const { issues } = (await bad.json()) as { issues: { row: number; column: string }[] };
		expect(issues.map((i) => `${i.row}:${i.column}`)).toEqual(expect.arrayContaining(['2:date', '2:mode']));
		expect(await direct('SELECT count(*) AS n FROM sessions')).toEqual(before);
	});

	it('writes an editor’s rows, rebuilds the monthly table and records who and when', async () => {
		const eve = await signIn('eve');
		const hours = `SELECT sum(hours) AS h FROM session_months WHERE month = DATE '2025-12-01'`;
		const [before] = await direct(hours);
		const response = await upload(eve, sessionsCsv);
		expect(await response.json()).toMatchObject({ ok: true, accepted: 1, refused: 0 });
		const [after] = await direct(hours);
		expect(Number(after?.h) - Number(before?.h)).toBe(2);
		const log = await direct('SELECT * FROM upload_log');
		expect(log).toHaveLength(1);
		expect(log[0]).toMatchObject({
			table_name: 'sessions',
			file_name: 'more-sessions.csv',
			uploaded_by: 'eve'
		});
		expect((await upload(eve, sessionsCsv)).status).toBe(422);
	});
});

describe('backups', () => {
	it('exports to Parquet and restores the same tables and rows', async () => {
		const folder = await exportBackup(db, config, new Date('2026-12-08T02:00:00Z'));
		expect(readdirSync(folder)).toEqual(
			expect.arrayContaining(['schema.sql', 'load.sql', 'sessions.parquet'])
		);
		const restored = join(dir, 'restored.duckdb');
		await restoreBackup(folder, restored);
		const counts = async (instance: DuckDBInstance) => {
			const c = await instance.connect();
			const rows = (
				await c.runAndReadAll(
					`SELECT table_name, estimated_size FROM duckdb_tables() WHERE database_name = current_database() ORDER BY 1`
				)
			).getRowObjectsJS();
			const exact = [];
			for (const r of rows)
				exact.push([
					r.table_name,
					Number((await c.runAndReadAll(`SELECT count(*) FROM "${String(r.table_name)}"`)).getRows()[0]?.[0])
				]);
			c.closeSync();
			return exact;
		};
		const copy = await DuckDBInstance.create(restored);
		const restoredCounts = await counts(copy);
		copy.closeSync();
		expect(restoredCounts).toEqual(await counts(db.instance));
		expect(restoredCounts).toContainEqual(['upload_log', 1]);
		await expect(restoreBackup(join(dir, 'nothing-here'), restored)).rejects.toThrow(/not a backup folder/);
		expect(existsSync(`${restored}.before-restore`)).toBe(false);
	});

	it('runs at the next configured hour', () => {
		expect(untilNextRun(new Date('2026-12-08T01:30:00Z'), 2)).toBe(30 * 60_000);
		expect(untilNextRun(new Date('2026-12-08T02:00:00Z'), 2)).toBe(24 * 3_600_000);
	});
});

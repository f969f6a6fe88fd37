import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sql } from './sql';

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

const engine = { engine: 'duckdb-server', login: true, user: { name: 'kim', role: 'viewer' }, csrf: 'token' };
const json = (body: unknown, status = 200) =>
	new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function load(marked: boolean, fetch: Fetch) {
	vi.resetModules();
	vi.stubGlobal('document', { querySelector: () => (marked ? {} : null) });
	vi.stubGlobal('fetch', vi.fn(fetch));
	return import('./remote-engine');
}

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe('remote engine', () => {
	it('asks nothing on a page the server did not mark', async () => {
		const remote = await load(false, () => Promise.reject(new Error('no request expected')));
		expect(await remote.serverInfo()).toBeNull();
		expect(fetch).not.toHaveBeenCalled();
	});

	it('sends the statement’s shape, never its text, and decodes the Arrow answer', async () => {
		const answer = tableToIPC(
			tableFromArrays({ iso3: ['KEN'], cases: Float64Array.from([44065]) }),
			'stream'
		);
		const remote = await load(true, async (url) =>
			url === '/api/engine' ? json(engine) : new Response(new Uint8Array(answer), { status: 200 })
		);
		const rows = await remote.remoteQuery(sql`SELECT iso3, cases FROM countries WHERE iso3 = ${'KEN'}`);
		expect(rows).toEqual([{ iso3: 'KEN', cases: 44065 }]);
		const [, init] = vi.mocked(fetch).mock.calls[1] as [string, RequestInit];
		const body = JSON.parse(String(init.body)) as Record<string, unknown>;
		expect(Object.keys(body)).toEqual(['shape']);
		expect(body.shape).toEqual({
			sql: ['SELECT iso3, cases FROM countries WHERE iso3 = ', ''],
			parts: [{ value: 'KEN' }]
		});
		expect(init.headers).toMatchObject({ 'X-CSRF-Token': 'token' });
	});

	it('reports a refusal with its status, and a marked page whose server fails as an error', async () => {
		const remote = await load(true, async (url) =>
			url === '/api/engine' ? json(engine) : json({ error: 'Sign in first' }, 401)
		);
		await expect(remote.remoteQuery(sql`SELECT 1`)).rejects.toMatchObject({
			status: 401,
			message: 'Sign in first'
		});
		const down = await load(true, () => Promise.reject(new TypeError('Failed to fetch')));
		await expect(down.serverInfo()).rejects.toThrow('Failed to fetch');
	});
});

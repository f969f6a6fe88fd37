import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeQuery } from '../../../../tests/support/node-duckdb';
import type { QueryFn } from '../sql';
import { countryCodeList } from './countries';

let query: QueryFn & { close(): void };

beforeAll(async () => {
	query = await nodeQuery(['countries']);
});
afterAll(() => query.close());

describe('countryCodeList', () => {
	it('pairs each alpha-3 code with its alpha-2 code', async () => {
		const rows = await countryCodeList(query);
		const byIso3 = new Map(rows.map((r) => [r.iso3, r.iso2]));
		expect(byIso3.get('KEN')).toBe('KE');
		expect(byIso3.get('SEN')).toBe('SN');
		expect(byIso3.get('GLP')).toBe('GP');
		expect(rows.length).toBeGreaterThan(240);
		expect(new Set(rows.map((r) => r.iso3)).size).toBe(rows.length);
	});
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeQuery } from '../../../../tests/support/node-duckdb';
import type { QueryFn } from '../sql';
import { countryCapacityRecords, diracUpdateRange } from './capacity';

let query: QueryFn & { close(): void };

beforeAll(async () => {
	query = await nodeQuery(['countries', 'cancer_burden', 'rt_capacity', 'rt_centres']);
});
afterAll(() => query.close());

describe('countryCapacityRecords', () => {
	it('returns one row per country with the published spot values', async () => {
		const rows = await countryCapacityRecords(query);
		expect(new Set(rows.map((r) => r.iso3)).size).toBe(rows.length);
		const byIso3 = new Map(rows.map((r) => [r.iso3, r]));
		expect(byIso3.get('NGA')).toMatchObject({ new_cases: 124735, mv_machines: 17, has_record: true });
		expect(byIso3.get('IND')).toMatchObject({ new_cases: 1401721, mv_machines: 791 });
		expect(byIso3.get('KEN')).toMatchObject({ new_cases: 44065, mv_machines: 17, iso_numeric: '404' });
	});

	it('keeps countries without a DIRAC record, with no machine count rather than zero', async () => {
		const afghanistan = (await countryCapacityRecords(query)).find((r) => r.iso3 === 'AFG');
		expect(afghanistan).toMatchObject({ has_record: false, mv_machines: null });
		expect(afghanistan?.new_cases).toBeGreaterThan(0);
	});
});

describe('diracUpdateRange', () => {
	it('spans plausible update years', async () => {
		const range = await diracUpdateRange(query);
		expect(range.first_year).toBeGreaterThan(1980);
		expect(range.last_year).toBeGreaterThanOrEqual(2024);
	});
});

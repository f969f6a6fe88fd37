import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeProgramQuery } from '../../../../tests/support/node-duckdb';
import { TABLE_NAMES } from '../program-schema';
import type { QueryFn } from '../sql';
import {
	centreEngagements,
	centreRecords,
	centreSessionsByYear,
	countryEconomics,
	expertHoursByCentreYear,
	investmentsByCentreYear,
	moneyIn,
	outcomeRecords
} from './roi';

let query: QueryFn & { close(): void };

beforeAll(async () => {
	query = await nodeProgramQuery(TABLE_NAMES, { reference: ['countries'] });
});
afterAll(() => query.close());

const total = (rows: readonly { amount_usd: number }[]) => rows.reduce((a, r) => a + r.amount_usd, 0);

describe('money in', () => {
	it('adds up to the investments file, by source', async () => {
		const rows = await moneyIn(query);
		expect(total(rows)).toBe(69_910_400);
		const bySource = (s: string) => total(rows.filter((r) => r.source === s));
		expect(bySource('government')).toBe(34_792_200);
		expect(bySource('local_community')).toBe(1_896_400);
		expect(typeof rows[0]?.year).toBe('number');
	});

	it('filters to one centre, and to nothing for an unknown id', async () => {
		const rows = await moneyIn(query, 'C003');
		expect(rows[0]).toMatchObject({ year: 2016 });
		expect(total(rows)).toBe(
			total((await investmentsByCentreYear(query)).filter((r) => r.centre_id === 'C003'))
		);
		expect(await moneyIn(query, 'NOPE')).toEqual([]);
	});
});

describe('expertHoursByCentreYear', () => {
	it('gives each centre’s session hours by year, as the centre page adds them up', async () => {
		const rows = await expertHoursByCentreYear(query);
		const c001 = rows.filter((r) => r.centre_id === 'C001');
		const page = await centreSessionsByYear(query, 'C001');
		expect(c001.map((r) => [r.year, r.hours])).toEqual(page.map((r) => [r.year, r.hours]));
		expect(rows.every((r) => r.hours > 0 && Number.isInteger(r.year))).toBe(true);
	});
});

describe('centreRecords', () => {
	it('lists every centre with its country figures and first mentorship year', async () => {
		const rows = await centreRecords(query);
		expect(rows).toHaveLength(50);
		const c001 = rows.find((r) => r.centre_id === 'C001');
		expect(c001).toMatchObject({ iso3: 'NGA', country: 'Nigeria', mv_machines: 1 });
		expect(c001?.gdp_per_capita_usd).toBeGreaterThan(0);
		expect(total(rows.map((r) => ({ amount_usd: r.invested_usd })))).toBe(69_910_400);
		for (const r of rows)
			if (r.mentorship_start !== null) expect(r.mentorship_start).toBeGreaterThanOrEqual(2016);
	});
});

describe('centre detail', () => {
	it('reads one centre’s outcomes, engagements and sessions', async () => {
		const outcomes = await outcomeRecords(query, 'C001');
		expect(outcomes.map((o) => o.year)).toEqual(Array.from({ length: 12 }, (_, i) => 2014 + i));
		expect(outcomes[0]).toMatchObject({ new_patients: 1298, treated_radiotherapy: 344 });
		const engagements = await centreEngagements(query, 'C028');
		expect(engagements.length).toBeGreaterThan(0);
		expect(engagements[0]?.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const sessions = await centreSessionsByYear(query, 'C028');
		expect(sessions.reduce((a, s) => a + s.sessions, 0)).toBe(
			engagements.reduce((a, e) => a + e.sessions, 0)
		);
		expect(await centreSessionsByYear(query, 'NOPE')).toEqual([]);
	});
});

describe('countryEconomics', () => {
	it('gives Kenya’s GDP per capita', async () => {
		const kenya = (await countryEconomics(query)).find((r) => r.iso3 === 'KEN');
		expect(kenya).toEqual({ iso3: 'KEN', gdp_per_capita_usd: 1941.5, gdp_year: 2023 });
	});
});

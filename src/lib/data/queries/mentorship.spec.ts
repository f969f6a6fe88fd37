import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeProgramQuery, type NodeQuery } from '../../../../tests/support/node-duckdb';
import { sql } from '../sql';
import {
	centreActivity,
	centreSpecialtyDepth,
	mentoringLinks,
	monthlyActivity,
	monthlyEngagements,
	sessionMonthRange,
	type MentorshipFilters
} from './mentorship';
import { monthStart } from './mentorship-filters';
import { buildSessionMonths } from './session-months';

let query: NodeQuery;
const all: MentorshipFilters = { specialty: null, iso3: null, hubId: null, from: '2016-01', to: '2025-12' };
const lastYear: MentorshipFilters = { ...all, from: '2025-01', to: '2025-12' };

beforeAll(async () => {
	query = await nodeProgramQuery(['hubs', 'centres', 'experts', 'engagements', 'sessions', 'requests']);
	await buildSessionMonths(query);
});
afterAll(() => query.close());

async function scalar(text: TemplateStringsArray): Promise<number> {
	const [row] = await query<{ v: number }>(sql(text));
	return row?.v ?? NaN;
}

describe('filters', () => {
	it('refuses a month that is not YYYY-MM', () => {
		expect(() => monthStart('2025-13')).toThrow(/Not a month/);
		expect(() => monthStart("2025-01' OR 1=1")).toThrow(/Not a month/);
	});
});

describe('sessionMonthRange', () => {
	it('spans the illustrative record', async () => {
		expect(await sessionMonthRange(query)).toEqual({ first: '2016-06', last: '2025-12' });
	});
});

describe('monthlyActivity', () => {
	it('adds up to every session and hour', async () => {
		const rows = await monthlyActivity(query, all);
		expect(rows.reduce((n, r) => n + r.sessions, 0)).toBe(await scalar`SELECT count(*) AS v FROM sessions`);
		const hours = rows.reduce((n, r) => n + r.hours, 0);
		expect(hours).toBeCloseTo(await scalar`SELECT sum(hours) AS v FROM sessions`, 6);
		expect(new Set(rows.map((r) => r.mode))).toEqual(new Set(['telemedicine', 'in_country']));
	});
	it('narrows to one specialty', async () => {
		const rows = await monthlyActivity(query, { ...all, specialty: 'medical_physics' });
		const expected =
			await scalar`SELECT count(*) AS v FROM sessions s JOIN engagements e USING (engagement_id)
			WHERE e.specialty = 'medical_physics'`;
		expect(rows.reduce((n, r) => n + r.sessions, 0)).toBe(expected);
	});
});

describe('monthlyEngagements', () => {
	it('counts every start and every end', async () => {
		const rows = await monthlyEngagements(query, all);
		expect(rows.reduce((n, r) => n + r.started, 0)).toBe(await scalar`SELECT count(*) AS v FROM engagements`);
		expect(rows.reduce((n, r) => n + r.ended, 0)).toBe(
			await scalar`SELECT count("end") AS v FROM engagements`
		);
	});
	it('splits each month by engagement mode', async () => {
		const rows = await monthlyEngagements(query, all);
		expect(new Set(rows.map((r) => r.mode))).toEqual(new Set(['telemedicine', 'mixed', 'in_country']));
		const keys = rows.map((r) => `${r.month}|${r.mode}`);
		expect(new Set(keys).size).toBe(keys.length);
		const inCountry = rows.filter((r) => r.mode === 'in_country').reduce((n, r) => n + r.started, 0);
		expect(inCountry).toBe(await scalar`SELECT count(*) AS v FROM engagements WHERE mode = 'in_country'`);
	});
});

describe('centreSpecialtyDepth', () => {
	it('counts distinct experts with a session in the period, per centre and specialty', async () => {
		const rows = await centreSpecialtyDepth(query, lastYear);
		const thin = rows.filter((r) => r.active_experts > 0 && r.active_experts < 3).length;
		const expected = await scalar`SELECT count(*) AS v FROM (
			SELECT e.centre_id, e.specialty FROM sessions s JOIN engagements e USING (engagement_id)
			WHERE s.date BETWEEN DATE '2025-01-01' AND DATE '2025-12-31'
			GROUP BY ALL HAVING count(DISTINCT e.expert_id) < 3)`;
		expect(thin).toBe(expected);
		expect(thin).toBeGreaterThan(0);
	});
	it('counts toward depth only the experts with the minimum of sessions, and gives the concentration sums', async () => {
		const rows = await centreSpecialtyDepth(query, lastYear, 3);
		const expected = await query<{
			centre_id: string;
			specialty: string;
			q: number;
			top: number;
			sq: number;
		}>(sql`
			SELECT centre_id, specialty, count(*) FILTER (WHERE n >= 3) AS q, max(n) AS top, sum(n * n) AS sq FROM (
				SELECT e.centre_id, e.specialty, e.expert_id, count(*) AS n FROM sessions s JOIN engagements e USING (engagement_id)
				WHERE s.date BETWEEN DATE '2025-01-01' AND DATE '2025-12-31' GROUP BY ALL)
			GROUP BY ALL`);
		const byPair = new Map(rows.map((r) => [`${r.centre_id}/${r.specialty}`, r]));
		for (const e of expected) {
			const row = byPair.get(`${e.centre_id}/${e.specialty}`);
			expect(row?.qualified_experts).toBe(Number(e.q));
			expect(row?.top_expert_sessions).toBe(Number(e.top));
			expect(row?.sessions_squared).toBe(Number(e.sq));
		}
		expect(rows.some((r) => r.active_experts > r.qualified_experts)).toBe(true);
		expect(
			(await centreSpecialtyDepth(query, lastYear, 1)).every((r) => r.active_experts === r.qualified_experts)
		).toBe(true);
	});
	it('lists the pairs engaged in the period or waiting on a request even with no expert at all', async () => {
		const rows = await centreSpecialtyDepth(query, lastYear);
		const expected = await scalar`SELECT count(*) AS v FROM (
			SELECT centre_id, specialty FROM engagements
			WHERE start < DATE '2026-01-01' AND ("end" IS NULL OR "end" >= DATE '2025-01-01')
			UNION SELECT e.centre_id, e.specialty FROM sessions s JOIN engagements e USING (engagement_id)
			WHERE year(s.date) = 2025
			UNION SELECT centre_id, specialty FROM requests WHERE status = 'open')`;
		expect(rows).toHaveLength(expected);
		expect(rows.some((r) => r.active_experts === 0)).toBe(true);
	});
	it('shows open requests where no expert is active', async () => {
		const rows = await centreSpecialtyDepth(query, lastYear);
		const open = rows.reduce((n, r) => n + r.open_requests, 0);
		expect(open).toBe(await scalar`SELECT count(*) AS v FROM requests WHERE status = 'open'`);
	});
	it('applies the hub filter to the experts', async () => {
		const rows = await centreSpecialtyDepth(query, { ...lastYear, hubId: 'H01' });
		const sessions = rows.reduce((n, r) => n + r.sessions, 0);
		expect(sessions).toBe(
			await scalar`SELECT count(*) AS v FROM sessions s JOIN engagements e USING (engagement_id)
				JOIN experts x ON x.expert_id = e.expert_id
				WHERE x.hub_id = 'H01' AND year(s.date) = 2025`
		);
	});
});

describe('centreActivity', () => {
	it('lists every centre, with engaged months bounding months with a session', async () => {
		const rows = await centreActivity(query, lastYear);
		expect(rows).toHaveLength(await scalar`SELECT count(*) AS v FROM centres`);
		for (const row of rows) {
			expect(row.months_with_session).toBeLessThanOrEqual(row.months_engaged);
			expect(row.months_engaged).toBeLessThanOrEqual(12);
		}
		expect(rows.reduce((n, r) => n + r.sessions, 0)).toBe(
			await scalar`SELECT count(*) AS v FROM sessions WHERE year(date) = 2025`
		);
	});
	it('keeps to the chosen country', async () => {
		const rows = await centreActivity(query, { ...lastYear, iso3: 'NGA' });
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.every((r) => r.iso3 === 'NGA')).toBe(true);
	});
});

describe('mentoringLinks', () => {
	it('splits the period’s hours between hubs and independent experts', async () => {
		const rows = await mentoringLinks(query, lastYear);
		const total = rows.reduce((n, r) => n + r.hours, 0);
		expect(total).toBeCloseTo(await scalar`SELECT sum(hours) AS v FROM sessions WHERE year(date) = 2025`, 6);
		expect(rows.filter((r) => r.hub_id !== null).every((r) => r.hub_lat !== null)).toBe(true);
	});
});

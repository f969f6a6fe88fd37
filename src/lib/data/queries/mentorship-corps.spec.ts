import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeProgramQuery, type NodeQuery } from '../../../../tests/support/node-duckdb';
import { sql } from '../sql';
import { corpsExperts, corpsGrowth, nationalWorkforce, phaseRecords } from './mentorship-corps';
import { expertLoad, requestTimings, waitingRequests } from './mentorship-requests';
import type { MentorshipFilters } from './mentorship-filters';
import { buildSessionMonths } from './session-months';

let query: NodeQuery;
const all: MentorshipFilters = { specialty: null, iso3: null, hubId: null, from: '2016-01', to: '2025-12' };
const lastYear: MentorshipFilters = { ...all, from: '2025-01', to: '2025-12' };

beforeAll(async () => {
	query = await nodeProgramQuery([
		'hubs',
		'centres',
		'experts',
		'engagements',
		'sessions',
		'requests',
		'outcomes',
		'workforce'
	]);
	await buildSessionMonths(query);
});
afterAll(() => query.close());

async function scalar(text: TemplateStringsArray): Promise<number> {
	const [row] = await query<{ v: number }>(sql(text));
	return row?.v ?? NaN;
}

describe('corpsExperts', () => {
	it('lists every expert once, with the period’s hours', async () => {
		const rows = await corpsExperts(query, lastYear);
		expect(rows).toHaveLength(await scalar`SELECT count(*) AS v FROM experts`);
		expect(rows.reduce((n, r) => n + r.hours, 0)).toBeCloseTo(
			await scalar`SELECT sum(hours) AS v FROM sessions WHERE year(date) = 2025`,
			6
		);
		expect(rows[0]?.joined).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
	it('keeps to one specialty and hub', async () => {
		const rows = await corpsExperts(query, { ...lastYear, specialty: 'medical_physics', hubId: 'H01' });
		expect(rows.every((r) => r.specialty === 'medical_physics' && r.hub_id === 'H01')).toBe(true);
	});
});

describe('corpsGrowth', () => {
	it('has one row a year; joins add up to the corps', async () => {
		const rows = await corpsGrowth(query, all);
		expect(new Set(rows.map((r) => r.year)).size).toBe(rows.length);
		expect(rows.reduce((n, r) => n + r.experts_joined, 0)).toBe(
			await scalar`SELECT count(*) AS v FROM experts`
		);
		const y2025 = rows.find((r) => r.year === 2025);
		expect(y2025?.centres).toBe(
			await scalar`SELECT count(DISTINCT e.centre_id) AS v FROM sessions s JOIN engagements e USING (engagement_id)
				WHERE year(s.date) = 2025`
		);
	});
});

describe('phaseRecords', () => {
	it('returns the recorded year-end phases only', async () => {
		const rows = await phaseRecords(query, all);
		expect(rows).toHaveLength(await scalar`SELECT count(phase) AS v FROM outcomes`);
		expect(rows.every((r) => r.phase >= 1 && r.phase <= 5)).toBe(true);
	});
});

describe('nationalWorkforce', () => {
	it('keeps one latest national row per country and role', async () => {
		const rows = await nationalWorkforce(query);
		const keys = rows.map((r) => `${r.iso3}/${r.role}`);
		expect(new Set(keys).size).toBe(keys.length);
		expect(rows.length).toBeGreaterThan(0);
	});
});

describe('requests', () => {
	it('waiting at the end of the record are the open requests, longest first', async () => {
		const rows = await waitingRequests(query, all);
		expect(rows).toHaveLength(await scalar`SELECT count(*) AS v FROM requests WHERE status = 'open'`);
		const waits = rows.map((r) => r.days_waiting);
		expect(waits).toEqual([...waits].sort((a, b) => b - a));
		const oldest = await scalar`SELECT date_diff('day', min(opened), DATE '2025-12-31') AS v FROM requests
			WHERE status = 'open'`;
		expect(waits[0]).toBe(oldest);
	});
	it('times the matches of requests opened in the period', async () => {
		const rows = await requestTimings(query, all);
		expect(rows).toHaveLength(await scalar`SELECT count(*) AS v FROM requests`);
		expect(rows.filter((r) => r.days_to_match !== null)).toHaveLength(
			await scalar`SELECT count(matched) AS v FROM requests`
		);
	});
	it('follows each request to its match, its withdrawal or the last day of the period, never the clock', async () => {
		const rows = await requestTimings(query, { ...all, from: '2024-01', to: '2024-06' });
		const expected = await query<{
			request_id: string;
			days_to_match: number | null;
			days_followed: number;
		}>(sql`
			SELECT request_id,
			       CASE WHEN matched <= DATE '2024-06-30' THEN date_diff('day', opened, matched) END AS days_to_match,
			       date_diff('day', opened, CASE WHEN matched <= DATE '2024-06-30' THEN matched
			         WHEN matched IS NULL AND closed <= DATE '2024-06-30' THEN closed ELSE DATE '2024-06-30' END)
			         AS days_followed
			FROM requests WHERE opened BETWEEN DATE '2024-01-01' AND DATE '2024-06-30' ORDER BY request_id`);
		expect(
			rows.map(({ request_id, days_to_match, days_followed }) => ({
				request_id,
				days_to_match,
				days_followed
			}))
		).toEqual(
			expected.map((r) => ({
				...r,
				days_to_match: r.days_to_match === null ? null : Number(r.days_to_match),
				days_followed: Number(r.days_followed)
			}))
		);
		// Some requests opened in the half-year were matched only after it: they count as still waiting on 30 June.
		expect(
			rows.some((r) => r.days_to_match === null && r.status !== 'open' && r.status !== 'withdrawn')
		).toBe(true);
		expect(rows.every((r) => r.days_followed >= 0 && (r.days_to_match ?? 0) <= r.days_followed)).toBe(true);
	});
	it('gives each expert a recent load no larger than what they logged', async () => {
		const rows = await expertLoad(query, lastYear);
		expect(rows).toHaveLength(await scalar`SELECT count(*) AS v FROM experts`);
		const total = rows.reduce((n, r) => n + r.hours_committed * 3, 0);
		expect(total).toBeCloseTo(
			await scalar`SELECT sum(hours) AS v FROM sessions WHERE date >= DATE '2025-10-01'`,
			6
		);
	});
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorps } from '../../../../data/program/corps';
import { readReference } from '../../../../data/program/reference';
import { writeLargeSessions, writeTables } from '../../../../data/program/write';
import * as raw from '../../../../tests/support/mentorship-raw';
import { nodeProgramQuery, type NodeQuery } from '../../../../tests/support/node-duckdb';
import { sql, type QueryFn } from '../sql';
import {
	centreActivity,
	centreSpecialtyDepth,
	mentoringLinks,
	monthlyActivity,
	sessionMonthRange,
	type MentorshipFilters
} from './mentorship';
import { corpsExperts, corpsGrowth } from './mentorship-corps';
import { expertLoad } from './mentorship-requests';
import { buildSessionMonths } from './session-months';

const tables = ['hubs', 'centres', 'experts', 'engagements', 'sessions', 'requests'];

type Step = (query: QueryFn, filters: MentorshipFilters) => Promise<object[]>;

/** Each interaction query that reads `session_months`, beside the raw-row query it replaces. */
const pairs: [string, Step, Step][] = [
	['monthlyActivity', monthlyActivity, raw.rawMonthlyActivity],
	['centreSpecialtyDepth', centreSpecialtyDepth, (q, f) => raw.rawCentreSpecialtyDepth(q, f, 3)],
	[
		'centreSpecialtyDepth, every session counting',
		(q, f) => centreSpecialtyDepth(q, f, 1),
		(q, f) => raw.rawCentreSpecialtyDepth(q, f, 1)
	],
	['centreActivity', centreActivity, raw.rawCentreActivity],
	['mentoringLinks', mentoringLinks, raw.rawMentoringLinks],
	['corpsExperts', corpsExperts, raw.rawCorpsExperts],
	['corpsGrowth', corpsGrowth, raw.rawCorpsGrowth],
	['expertLoad', expertLoad, raw.rawExpertLoad]
];

/** Rows in a canonical order, so ties the ORDER BY leaves open do not count as differences. */
function canonical(rows: object[]): string[] {
	return rows.map((r) => JSON.stringify(r)).sort();
}

/** Filter states covering every filter alone and together, whole and partial periods. */
async function filterStates(query: QueryFn): Promise<MentorshipFilters[]> {
	const [pick] = await query<{ iso3: string; hub_id: string; specialty: string }>(sql`
		SELECT c.iso3, x.hub_id, e.specialty FROM engagements e
		JOIN centres c USING (centre_id) JOIN experts x USING (expert_id)
		WHERE x.hub_id IS NOT NULL ORDER BY e.engagement_id LIMIT 1`);
	if (!pick) throw new Error('no engagement to pick filters from');
	const all: MentorshipFilters = { specialty: null, iso3: null, hubId: null, from: '2016-01', to: '2025-12' };
	return [
		all,
		{ ...all, from: '2025-01' },
		{ ...all, from: '2019-03', to: '2021-07' },
		{ ...all, specialty: pick.specialty },
		{ ...all, iso3: pick.iso3, from: '2022-02', to: '2024-11' },
		{ ...all, hubId: pick.hub_id, from: '2020-06' },
		{ ...all, specialty: pick.specialty, iso3: pick.iso3, hubId: pick.hub_id },
		{ ...all, specialty: 'no_such_specialty' }
	];
}

async function expectSameAnswers(query: QueryFn) {
	await buildSessionMonths(query);
	const [counts] = await query<{ raw: number; folded: number }>(sql`
		SELECT (SELECT count(*) FROM sessions) AS raw, (SELECT CAST(sum(sessions) AS BIGINT) FROM session_months) AS folded`);
	expect(counts?.folded).toBe(counts?.raw);
	expect(await sessionMonthRange(query)).toEqual(await raw.rawSessionMonthRange(query));
	let nonEmpty = 0;
	for (const filters of await filterStates(query)) {
		for (const [name, folded, reference] of pairs) {
			const [mine, theirs] = [await folded(query, filters), await reference(query, filters)];
			expect(canonical(mine), `${name} ${JSON.stringify(filters)}`).toEqual(canonical(theirs));
			if (theirs.length > 0) nonEmpty++;
		}
	}
	// The comparison means something only if most answers have rows.
	expect(nonEmpty).toBeGreaterThan(40);
}

describe('session_months answers equal the raw-row queries', () => {
	let query: NodeQuery;
	let dir = '';
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'session-months-'));
	});
	afterAll(() => {
		query?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('on the default illustrative data', async () => {
		query = await nodeProgramQuery(tables);
		await expectSameAnswers(query);
	});

	it('when sessions, engagements or centres no longer match (orphans are kept out as the joins keep them out)', async () => {
		await query(sql`INSERT INTO sessions VALUES ('SX1', 'G_NONE', DATE '2025-03-04', 2, 'telemedicine')`);
		await query(sql`DELETE FROM centres WHERE centre_id = (SELECT min(centre_id) FROM centres)`);
		await query(sql`DELETE FROM experts WHERE expert_id = (SELECT min(expert_id) FROM experts)`);
		await expectSameAnswers(query);
		query.close();
	});

	it('on a corps generated with another seed and 200,000 sessions', async () => {
		const { tables: corps } = generateCorps(await readReference('data'), { seed: 7, effect: 1 });
		writeTables(dir, corps);
		writeLargeSessions(join(dir, 'large-sessions.csv'), corps.engagements, 200_000, 7);
		query = await nodeProgramQuery(tables, { dir });
		await expectSameAnswers(query);
		query.close();
		query = await nodeProgramQuery(tables, { dir, files: { sessions: join(dir, 'large-sessions.csv') } });
		await expectSameAnswers(query);
	});
});

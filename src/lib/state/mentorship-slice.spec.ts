import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeProgramQuery, type NodeQuery } from '../../../tests/support/node-duckdb';
import { buildSessionMonths } from '$lib/data/queries/session-months';
import type { MentorshipFilters } from '$lib/data/queries/mentorship';
import type { QueryFn, SqlQuery } from '$lib/data/sql';
import { KeptAnswers, LatestInteraction } from './interactions';
import {
	loadMentorshipHistory,
	loadMentorshipPeriod,
	loadMentorshipSlice,
	type MentorshipHistory
} from './mentorship';

let query: NodeQuery;
const lastYear: MentorshipFilters = {
	specialty: 'medical_physics',
	iso3: null,
	hubId: null,
	from: '2025-01',
	to: '2025-12'
};

beforeAll(async () => {
	query = await nodeProgramQuery([
		'hubs',
		'centres',
		'experts',
		'engagements',
		'sessions',
		'requests',
		'outcomes'
	]);
	await buildSessionMonths(query);
});
afterAll(() => query.close());

/** The query function, counting the statements it is sent. */
function counted(): { q: QueryFn; sent: () => number } {
	let n = 0;
	const q: QueryFn = <T extends object>(statement: SqlQuery) => {
		n++;
		return query<T>(statement);
	};
	return { q, sent: () => n };
}

describe('loadMentorshipSlice', () => {
	it('answers the timeline and the period together, equal to each loaded apart', async () => {
		const slice = await loadMentorshipSlice(lastYear, query, new KeptAnswers());
		expect(slice).toEqual({
			...(await loadMentorshipHistory(lastYear, query)),
			...(await loadMentorshipPeriod(lastYear, query))
		});
		expect(slice.monthly.length).toBeGreaterThan(0);
		expect(slice.centres.length).toBeGreaterThan(0);
	});

	it('reruns no timeline query when only the period moves, and all of them when the specialty changes', async () => {
		const histories = new KeptAnswers<MentorshipHistory>();
		const first = counted();
		await loadMentorshipSlice(lastYear, first.q, histories);
		const everything = first.sent();
		const brushed = counted();
		const slice = await loadMentorshipSlice({ ...lastYear, from: '2024-01' }, brushed.q, histories);
		expect(brushed.sent()).toBe(everything - 4);
		expect(slice).toEqual({
			...(await loadMentorshipHistory(lastYear, query)),
			...(await loadMentorshipPeriod({ ...lastYear, from: '2024-01' }, query))
		});
		const other = counted();
		await loadMentorshipSlice({ ...lastYear, specialty: 'pathology' }, other.q, histories);
		expect(other.sent()).toBe(everything);
	});

	it('in a stream, a batch replaced by a newer one answers nothing and sends none of its queued queries', async () => {
		const histories = new KeptAnswers<MentorshipHistory>();
		const { q, sent } = counted();
		const stream = new LatestInteraction(
			(key, guarded) => loadMentorshipSlice(JSON.parse(key) as MentorshipFilters, guarded, histories),
			q
		);
		const stale = stream.run(JSON.stringify(lastYear));
		const latest = stream.run(JSON.stringify({ ...lastYear, specialty: 'pathology' }));
		expect(await stale).toBeNull();
		const answer = await latest;
		expect(answer?.filters.specialty).toBe('pathology');
		// Replaced before its first statement left: only the new batch reached the database.
		const alone = counted();
		await loadMentorshipSlice({ ...lastYear, specialty: 'radiology' }, alone.q, new KeptAnswers());
		expect(sent()).toBe(alone.sent());
	});
});

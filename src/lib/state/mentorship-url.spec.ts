import { describe, expect, it } from 'vitest';
import { coverageParameterDefinitions } from '$lib/models/coverage-parameters';
import { SPECIALTIES } from '$lib/models/program-schema';
import {
	defaultPeriod,
	monthsBetween,
	readMentorshipState,
	writeMentorshipState,
	type MentorshipState
} from './mentorship-url';

const range = { first: '2024-11', last: '2025-04' };
const known = { iso3: new Set(['KEN', 'NGA']), hubIds: new Set(['H1', 'H2']) };
const read = (search: URLSearchParams) => readMentorshipState(search, range, known);
const rate = coverageParameterDefinitions.rate;

/** Every state the view can be in over a six-month record: each filter value, each period, rates at the edges. */
function everyState(): MentorshipState[] {
	const months = monthsBetween(range.first, range.last);
	const periods = months.flatMap((from, i) => months.slice(i).map((to) => ({ from, to })));
	const states: MentorshipState[] = [];
	for (const specialty of [null, ...SPECIALTIES])
		for (const iso3 of [null, ...known.iso3])
			for (const hubId of [null, ...known.hubIds])
				for (const period of periods)
					for (const r of [rate.min, rate.default, rate.max, (rate.min + rate.max) / 3])
						states.push({ specialty, iso3, hubId, ...period, rate: r });
	return states;
}

describe('the mentorship URL codec', () => {
	it('reads back every state it writes, with nothing ignored', () => {
		const states = everyState();
		expect(states.length).toBeGreaterThan(1000);
		for (const state of states) {
			const written = writeMentorshipState(new URLSearchParams(), state, range);
			expect(read(written), written.toString()).toEqual({ state, ignored: [] });
		}
	});

	it('writes the default state as an empty query, and keeps keys that are not its own', () => {
		const { state } = read(new URLSearchParams());
		expect(state).toEqual({
			specialty: null,
			iso3: null,
			hubId: null,
			...defaultPeriod(range.first, range.last),
			rate: rate.default
		});
		expect(writeMentorshipState(new URLSearchParams('lang=fr'), state, range).toString()).toBe('lang=fr');
	});

	it('ignores, and names, what it cannot use', () => {
		const search = new URLSearchParams(
			'specialty=astrology&country=XXX&hub=H9&from=2019-01&to=2025-13&rate=-1'
		);
		expect(read(search).ignored).toEqual(['from', 'to', 'specialty', 'country', 'hub', 'rate']);
	});

	it('puts a reversed period the right way round', () => {
		expect(read(new URLSearchParams('from=2025-03&to=2024-12')).state).toMatchObject({
			from: '2024-12',
			to: '2025-03'
		});
	});
});

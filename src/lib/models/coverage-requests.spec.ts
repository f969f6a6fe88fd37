import { describe, expect, it } from 'vitest';
import { codeList, median, rankCandidates, summariseRequests } from './coverage-requests';

describe('median', () => {
	it.each([
		[[], null],
		[[5], 5],
		[[3, 1, 2], 2],
		[[10, 30, 20, 40], 25]
	])('of %j is %s', (values, expected) => expect(median(values)).toBe(expected));
});

describe('summariseRequests: time to match as a Kaplan–Meier estimate', () => {
	it('counts waiting requests as still waiting, so the median is later than the matched-only one', () => {
		const summary = summariseRequests([
			{ status: 'closed', daysToMatch: 5, daysFollowed: 5 },
			{ status: 'matched', daysToMatch: 10, daysFollowed: 10 },
			{ status: 'open', daysToMatch: null, daysFollowed: 12 },
			{ status: 'closed', daysToMatch: 20, daysFollowed: 20 },
			{ status: 'withdrawn', daysToMatch: null, daysFollowed: 25 },
			{ status: 'matched', daysToMatch: 30, daysFollowed: 30 }
		]);
		// The statistics spec works this example by hand: median 20 (matched only: 15), interval 5 to not estimable.
		expect(summary).toEqual({
			requests: 6,
			open: 1,
			matched: 4,
			censored: 2,
			medianDaysToMatch: 20,
			lower: 5,
			upper: null
		});
		expect(median([5, 10, 20, 30])).toBe(15);
	});
	it('censors a request matched after the period at the period end (it was still waiting then)', () => {
		const summary = summariseRequests([
			{ status: 'closed', daysToMatch: null, daysFollowed: 40 },
			{ status: 'open', daysToMatch: null, daysFollowed: 60 },
			{ status: 'matched', daysToMatch: 8, daysFollowed: 8 }
		]);
		expect(summary).toMatchObject({ matched: 1, censored: 2, medianDaysToMatch: null });
	});
	it('has no median when nothing was followed', () =>
		expect(summariseRequests([])).toEqual({
			requests: 0,
			open: 0,
			matched: 0,
			censored: 0,
			medianDaysToMatch: null,
			lower: null,
			upper: null
		}));
});

describe('codeList', () => {
	it('splits and normalises', () => expect(codeList(' FR; en ;')).toEqual(['fr', 'en']));
	it('is empty for nothing', () => expect(codeList(null)).toEqual([]));
});

describe('rankCandidates', () => {
	const expert = (id: string, specialty: string, languages: string[], hours: number, committed: number) => ({
		expertId: id,
		specialty,
		languages,
		hoursPerMonth: hours,
		hoursCommitted: committed
	});
	const experts = [
		expert('E1', 'pathology', ['en'], 10, 2),
		expert('E2', 'pathology', ['fr', 'en'], 10, 2),
		expert('E3', 'pathology', ['fr'], 12, 1),
		expert('E4', 'pathology', ['fr'], 8, 8),
		expert('E5', 'radiology', ['fr'], 40, 0),
		expert('E6', 'pathology', ['pt'], 40, 0)
	];
	it('keeps the same specialty, spare hours and a shared language, most spare hours first', () => {
		const ranked = rankCandidates('pathology', ['fr', 'en'], experts, 5);
		expect(ranked.map((c) => c.expertId)).toEqual(['E3', 'E2', 'E1']);
		expect(ranked[0]).toMatchObject({ spareHours: 11, sharedLanguages: ['fr'] });
		expect(ranked[1]?.sharedLanguages).toEqual(['fr', 'en']);
	});
	it('limits the list and can find nobody', () => {
		expect(rankCandidates('pathology', ['fr', 'en'], experts, 1)).toHaveLength(1);
		expect(rankCandidates('pathology', ['sw'], experts)).toEqual([]);
	});
});

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

describe('summariseRequests', () => {
	it('counts open and matched requests and the median days to match', () => {
		expect(
			summariseRequests([
				{ status: 'open', daysToMatch: null },
				{ status: 'closed', daysToMatch: 30 },
				{ status: 'matched', daysToMatch: 10 },
				{ status: 'withdrawn', daysToMatch: null }
			])
		).toEqual({ open: 1, matched: 2, medianDaysToMatch: 20 });
	});
	it('has no median when nothing was matched', () =>
		expect(summariseRequests([])).toEqual({ open: 0, matched: 0, medianDaysToMatch: null }));
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

import { describe, expect, it } from 'vitest';
import {
	centresMeetingBenchmark,
	contactIntensity,
	continuity,
	depthStatus,
	gapShareOfCountriesWithMentoredCentre,
	inKindValue,
	mentoredCentreShare,
	menteesPerExpert,
	sessionConcentration,
	share
} from './coverage';
import { coverageParameterDefinitions, defaultCoverageParameters } from './coverage-parameters';

describe('share', () => {
	it.each([
		[1, 2, 0.5],
		[0, 4, 0],
		[3, 0, null],
		[3, null, null]
	])('%d of %s is %s', (part, whole, expected) => expect(share(part, whole)).toBe(expected));
});

describe('mentoredCentreShare', () => {
	const rows = [
		{ centreId: 'C1', iso3: 'KEN', admin1Code: 'KE-30', mentored: true },
		{ centreId: 'C2', iso3: 'KEN', admin1Code: 'KE-30', mentored: false },
		{ centreId: 'C3', iso3: 'KEN', admin1Code: 'KE-110', mentored: false },
		{ centreId: 'C4', iso3: 'SEN', admin1Code: null, mentored: true }
	];
	it('counts mentored centres by country', () => {
		expect(mentoredCentreShare(rows, 'iso3')).toEqual([
			{ key: 'KEN', centres: 3, mentored: 1, share: 1 / 3 },
			{ key: 'SEN', centres: 1, mentored: 1, share: 1 }
		]);
	});
	it('counts by admin-1 unit and leaves out centres without a code', () => {
		expect(mentoredCentreShare(rows, 'admin1')).toEqual([
			{ key: 'KE-110', centres: 1, mentored: 0, share: 0 },
			{ key: 'KE-30', centres: 2, mentored: 1, share: 0.5 }
		]);
	});
	it('returns nothing for no centres', () => expect(mentoredCentreShare([], 'iso3')).toEqual([]));
});

describe('gapShareOfCountriesWithMentoredCentre', () => {
	it('weighs whole countries by their staff gap and skips unknown gaps', () => {
		const gaps = [
			{ iso3: 'KEN', gap: 30 },
			{ iso3: 'UGA', gap: 10 },
			{ iso3: 'TZA', gap: null }
		];
		expect(gapShareOfCountriesWithMentoredCentre(gaps, new Set(['KEN', 'TZA']))).toBe(0.75);
	});
	it('is unknown when no gap is known or every gap is closed', () => {
		expect(gapShareOfCountriesWithMentoredCentre([{ iso3: 'KEN', gap: null }], new Set(['KEN']))).toBeNull();
		expect(gapShareOfCountriesWithMentoredCentre([{ iso3: 'KEN', gap: 0 }], new Set(['KEN']))).toBeNull();
	});
});

describe('menteesPerExpert', () => {
	it.each([
		[12, 8, 1.5],
		[0, 0, null]
	])('%d pairs over %d experts', (pairs, experts, expected) =>
		expect(menteesPerExpert(pairs, experts)).toBe(expected)
	);
});

describe('contactIntensity against the weekly benchmark', () => {
	const weekly = defaultCoverageParameters.weekly;
	it('is 52 / 12 sessions a month by default', () => expect(weekly).toBeCloseTo(4.333, 3));
	it('meets the benchmark at one session a week', () => {
		const result = contactIntensity(26, 6, weekly);
		expect(result.perCentreMonth).toBeCloseTo(4.333, 3);
		expect(result.ofBenchmark).toBeCloseTo(1, 9);
		expect(result.meetsBenchmark).toBe(true);
	});
	it('falls short at two sessions a month', () => {
		expect(contactIntensity(24, 12, weekly)).toMatchObject({ perCentreMonth: 2, meetsBenchmark: false });
	});
	it('has no value without centre-months', () => {
		expect(contactIntensity(5, 0, weekly)).toEqual({
			perCentreMonth: null,
			ofBenchmark: null,
			meetsBenchmark: null
		});
	});
});

describe('centresMeetingBenchmark: each centre judged on its own contacts', () => {
	const weekly = defaultCoverageParameters.weekly;
	it('can fall short for most centres while the pooled figure meets the benchmark', () => {
		const centres = [
			{ centreId: 'busy', sessions: 120, centreMonths: 12 },
			{ centreId: 'C2', sessions: 24, centreMonths: 12 },
			{ centreId: 'C3', sessions: 12, centreMonths: 12 }
		];
		// Pooled: 156 sessions over 36 centre-months = 4.33 a month, the benchmark met.
		expect(contactIntensity(156, 36, weekly).meetsBenchmark).toBe(true);
		expect(centresMeetingBenchmark(centres, weekly)).toEqual({
			centres: 3,
			meeting: 1,
			share: 1 / 3,
			meetingIds: ['busy']
		});
	});
	it('meets the benchmark exactly at one session a week', () => {
		expect(
			centresMeetingBenchmark([{ centreId: 'C1', sessions: 52, centreMonths: 12 }], weekly).meeting
		).toBe(1);
	});
	it('leaves out centres without an engaged month, and has no share without any', () => {
		expect(
			centresMeetingBenchmark(
				[
					{ centreId: 'C1', sessions: 60, centreMonths: 12 },
					{ centreId: 'C2', sessions: 3, centreMonths: 0 }
				],
				weekly
			)
		).toMatchObject({ centres: 1, meeting: 1, share: 1 });
		expect(centresMeetingBenchmark([], weekly)).toEqual({
			centres: 0,
			meeting: 0,
			share: null,
			meetingIds: []
		});
	});
});

describe('continuity', () => {
	it.each([
		[9, 12, 0.75],
		[12, 12, 1],
		[13, 12, 1],
		[0, 0, null]
	])('%d of %d months', (withSession, engaged, expected) =>
		expect(continuity(withSession, engaged)).toBe(expected)
	);
});

describe('inKindValue', () => {
	it('reproduces ICEC’s Q1 2016 valuation of about US$82,000 at the 2016 NIH cap rate', () => {
		const rate = coverageParameterDefinitions.rate.default;
		expect(rate).toBe(Math.round(185_100 / 2_080));
		expect(inKindValue(921, rate)).toBeCloseTo(82_000, -2);
	});
	it('is unknown without hours or with a negative rate', () => {
		expect(inKindValue(null, 89)).toBeNull();
		expect(inKindValue(10, -1)).toBeNull();
		expect(inKindValue(0, 89)).toBe(0);
	});
});

describe('corps depth', () => {
	it.each([
		[0, 3, 'none'],
		[1, 3, 'thin'],
		[2, 3, 'thin'],
		[3, 3, 'deep'],
		[2, 2, 'deep']
	] as const)('%d experts with a minimum of %d is %s', (experts, minimum, expected) =>
		expect(depthStatus(experts, minimum)).toBe(expected)
	);
});

describe('sessionConcentration', () => {
	it('gives the top expert’s share and the HHI of the session shares', () => {
		// Three experts with 6, 2 and 2 of 10 sessions: top 0.6; HHI 0.36 + 0.04 + 0.04 = 0.44; 1 / 0.44 ≈ 2.27.
		const c = sessionConcentration(10, 6, 36 + 4 + 4);
		expect(c.topShare).toBeCloseTo(0.6, 12);
		expect(c.hhi).toBeCloseTo(0.44, 12);
		expect(c.effectiveExperts).toBeCloseTo(2.2727, 4);
	});
	it('is 1 for one expert and 1 / n for n equal experts', () => {
		expect(sessionConcentration(7, 7, 49)).toEqual({ topShare: 1, hhi: 1, effectiveExperts: 1 });
		expect(sessionConcentration(12, 3, 4 * 9).hhi).toBeCloseTo(0.25, 12);
	});
	it('is unknown without a session, never 0', () => {
		expect(sessionConcentration(0, 0, 0)).toEqual({ topShare: null, hhi: null, effectiveExperts: null });
	});
});

describe('coverageParameterDefinitions', () => {
	it('keeps every default inside its range, with a citation', () => {
		for (const definition of Object.values(coverageParameterDefinitions)) {
			expect(definition.default).toBeGreaterThanOrEqual(definition.min);
			expect(definition.default).toBeLessThanOrEqual(definition.max);
			expect(definition.citation.year).toBeGreaterThan(2000);
		}
	});
});

import { describe, expect, it } from 'vitest';
import {
	contactIntensity,
	continuity,
	depthStatus,
	inKindValue,
	mentoredCentreShare,
	mentoredGapShare,
	menteesPerExpert,
	share,
	thinCells
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

describe('mentoredGapShare', () => {
	it('weighs countries by their staff gap and skips unknown gaps', () => {
		const gaps = [
			{ iso3: 'KEN', gap: 30 },
			{ iso3: 'UGA', gap: 10 },
			{ iso3: 'TZA', gap: null }
		];
		expect(mentoredGapShare(gaps, new Set(['KEN', 'TZA']))).toBe(0.75);
	});
	it('is unknown when no gap is known or every gap is closed', () => {
		expect(mentoredGapShare([{ iso3: 'KEN', gap: null }], new Set(['KEN']))).toBeNull();
		expect(mentoredGapShare([{ iso3: 'KEN', gap: 0 }], new Set(['KEN']))).toBeNull();
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
	it('lists the thin pairs, fewest experts first', () => {
		const cells = [
			{ centreId: 'C2', specialty: 'pathology', activeExperts: 2 },
			{ centreId: 'C1', specialty: 'pathology', activeExperts: 4 },
			{ centreId: 'C3', specialty: 'radiology', activeExperts: 1 },
			{ centreId: 'C1', specialty: 'radiology', activeExperts: 0 }
		];
		expect(thinCells(cells, 3).map((c) => c.centreId)).toEqual(['C3', 'C2']);
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

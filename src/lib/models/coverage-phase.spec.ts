import { describe, expect, it } from 'vitest';
import { centresByPhase, phaseInYear, phaseSteps, skippedPhases } from './coverage-phase';

const records = [
	{ centreId: 'C1', year: 2018, phase: 1 },
	{ centreId: 'C1', year: 2020, phase: 2 },
	{ centreId: 'C1', year: 2021, phase: 2 },
	{ centreId: 'C1', year: 2023, phase: 3 },
	{ centreId: 'C2', year: 2019, phase: 1 },
	{ centreId: 'C2', year: 2023, phase: 2 },
	{ centreId: 'C3', year: 2022, phase: 4 }
];

describe('phaseInYear', () => {
	const c1 = records.filter((r) => r.centreId === 'C1');
	it.each([
		[2017, null],
		[2018, 1],
		[2019, 1],
		[2022, 2],
		[2030, 3]
	])('in %d is %s', (year, expected) => expect(phaseInYear(c1, year)).toBe(expected));
});

describe('centresByPhase', () => {
	it('carries the last known phase forward', () => {
		expect(centresByPhase(records, 2019, 2023)).toEqual([
			{ year: 2019, byPhase: [2, 0, 0, 0, 0] },
			{ year: 2020, byPhase: [1, 1, 0, 0, 0] },
			{ year: 2021, byPhase: [1, 1, 0, 0, 0] },
			{ year: 2022, byPhase: [1, 1, 0, 1, 0] },
			{ year: 2023, byPhase: [0, 1, 1, 1, 0] }
		]);
	});
});

describe('phaseSteps', () => {
	it('measures years from first reaching a phase to first reaching the next', () => {
		expect(phaseSteps(records)).toEqual([
			{ from: 1, centres: 2, medianYears: 3 },
			{ from: 2, centres: 1, medianYears: 3 },
			{ from: 3, centres: 0, medianYears: null },
			{ from: 4, centres: 0, medianYears: null }
		]);
	});
});

describe('skippedPhases', () => {
	it('counts a centre that went from phase 1 to 3 (and one from 1 to 4), and not one that joined at phase 4', () => {
		const withSkips = [
			...records,
			{ centreId: 'C4', year: 2024, phase: 1 },
			{ centreId: 'C4', year: 2025, phase: 3 },
			{ centreId: 'C5', year: 2019, phase: 1 },
			{ centreId: 'C5', year: 2021, phase: 4 },
			{ centreId: 'C6', year: 2018, phase: 1 },
			{ centreId: 'C6', year: 2020, phase: 3 },
			{ centreId: 'C6', year: 2021, phase: 2 }
		];
		expect(skippedPhases(withSkips)).toEqual([
			{ centreId: 'C4', skipped: [2] },
			{ centreId: 'C5', skipped: [2, 3] }
		]);
		// The step table cannot time C4's or C5's missing phases: they are absent from its counts.
		expect(phaseSteps(withSkips)[1]).toEqual({ from: 2, centres: 1, medianYears: 3 });
	});
	it('finds none in a record without gaps, or in no record', () => {
		expect(skippedPhases(records)).toEqual([]);
		expect(skippedPhases([])).toEqual([]);
	});
});

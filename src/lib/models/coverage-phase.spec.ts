import { describe, expect, it } from 'vitest';
import { centresByPhase, phaseInYear, phaseSteps } from './coverage-phase';

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

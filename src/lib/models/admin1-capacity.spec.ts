import { describe, expect, it } from 'vitest';
import { admin1Capacity, crudeIncidence, rankByGap, type Admin1Row } from './admin1-capacity';
import { defaultParameters } from './parameters';

const units: Admin1Row[] = [
	{ code: 'X-1', name: 'Capital', population: 1_000_000, mvMachines: 4 },
	{ code: 'X-2', name: 'North', population: 3_000_000, mvMachines: 0 },
	{ code: 'X-3', name: 'Tiny', population: 0, mvMachines: 0 },
	{ code: 'X-4', name: 'South', population: 2_000_000, mvMachines: null }
];

describe('crudeIncidence', () => {
	it.each([
		[44_065, 56_432_944, 44_065 / 56_432_944],
		[0, 1000, null],
		[100, 0, null],
		[null, 1000, null]
	])('%s cases / %s people → %s', (cases, people, expected) => {
		expect(crudeIncidence(cases, people)).toBe(expected);
	});
});

describe('admin1Capacity', () => {
	const incidence = 0.0009; // 90 per 100,000
	const result = admin1Capacity(units, incidence, defaultParameters);
	const byCode = new Map(result.map((u) => [u.code, u]));

	it('estimates cases from the national rate and the unit population, then need and gap', () => {
		const north = byCode.get('X-2');
		expect(north?.newCases).toBeCloseTo(2700);
		expect(north?.casesSource).toBe('estimated');
		expect(north?.rtNeed).toBeCloseTo(1350);
		expect(north?.machinesNeeded).toBeCloseTo(3);
		expect(north?.machineGap).toBeCloseTo(3);
		expect(north?.access).toBe(0);
		expect(north?.machinesPerMillion).toBe(0);
	});

	it('lets a surplus stand in one unit without filling another’s gap', () => {
		const capital = byCode.get('X-1');
		expect(capital?.machinesNeeded).toBeCloseTo(1);
		expect(capital?.machineGap).toBe(0);
		expect(capital?.access).toBe(1);
		expect(capital?.machinesPerMillion).toBe(4);
	});

	it('keeps no population and no record as unknown, never zero', () => {
		expect(byCode.get('X-3')).toMatchObject({ population: null, newCases: null, machineGap: null });
		expect(byCode.get('X-4')).toMatchObject({ machinesInstalled: null, machineGap: null, access: null });
		expect(byCode.get('X-4')?.machinesNeeded).toBeCloseTo(2);
	});

	it('adds the what-if machines to their unit', () => {
		const next = admin1Capacity(
			units,
			incidence,
			defaultParameters,
			new Map([
				['X-2', 2],
				['X-4', 1]
			])
		);
		expect(next[1]).toMatchObject({ machinesInstalled: 2, machinesAdded: 2 });
		expect(next[1]?.machineGap).toBeCloseTo(1);
		expect(next[3]).toMatchObject({ machinesInstalled: 1 });
	});

	it('uses the user’s own cases where given and says so', () => {
		const next = admin1Capacity(units, incidence, defaultParameters, new Map(), new Map([['X-3', 900]]));
		expect(next[2]).toMatchObject({ newCases: 900, casesSource: 'user', rtNeed: 450, machinesNeeded: 1 });
	});

	it('reproduces ESTRO-QUARTS: 9,000 new cases → 4,500 radiotherapy patients → 10 machines', () => {
		const [unit] = admin1Capacity(
			[{ code: 'Q', name: 'Q', population: 1e7, mvMachines: 0 }],
			9000 / 1e7,
			defaultParameters
		);
		expect(unit?.rtNeed).toBeCloseTo(4500);
		expect(unit?.machinesNeeded).toBeCloseTo(10);
	});

	it('sums estimated unit cases to the national figure when populations agree', () => {
		const all = admin1Capacity(units.slice(0, 2), crudeIncidence(8000, 4_000_000), defaultParameters);
		expect(all.reduce((s, u) => s + (u.newCases ?? 0), 0)).toBeCloseTo(8000);
	});

	it('uses the population basis when chosen', () => {
		const [capital] = admin1Capacity(units, incidence, { ...defaultParameters, basis: 'population' });
		expect(capital?.machinesNeeded).toBeCloseTo(4);
	});
});

describe('rankByGap', () => {
	it('puts the largest gap first and unknown gaps last', () => {
		const ranked = rankByGap(admin1Capacity(units, 0.0009, defaultParameters));
		expect(ranked.map((u) => u.code)).toEqual(['X-2', 'X-1', 'X-4', 'X-3']);
	});
});

import { describe, expect, it } from 'vitest';
import {
	countryCapacity,
	countryRtu,
	machineGap,
	machinesNeededForCases,
	machinesNeededForPopulation,
	noRecordAsNone,
	radiotherapyAccess,
	radiotherapyNeed,
	type CountryRow
} from './gap';
import { defaultParameters } from './parameters';

const row = (overrides: Partial<CountryRow> = {}): CountryRow => ({
	iso3: 'AAA',
	name: 'Alpha',
	region: 'Sub-Saharan Africa',
	incomeGroup: 'L',
	population: 2_500_000,
	newCases: 9_000,
	mvMachines: 4,
	...overrides
});

describe('reference figures', () => {
	it('ESTRO-QUARTS: 4,500 radiotherapy patients need 10 machines at 450 courses each', () => {
		expect(machinesNeededForCases(4_500, 450)).toBe(10);
		expect(countryCapacity(row({ newCases: 9_000 }), defaultParameters).machinesNeeded).toBe(10);
	});

	it('scenarios: 500 and 1,000 courses per machine-year', () => {
		expect(machinesNeededForCases(4_500, 500)).toBe(9);
		expect(machinesNeededForCases(4_500, 1000)).toBe(4.5);
	});

	it('Barton et al. 2014: RTU 0.483 of 10,000 cases is 4,830 patients', () => {
		expect(radiotherapyNeed(10_000, 0.483)).toBeCloseTo(4_830, 6);
	});

	it('population basis: 4 machines per million people', () => {
		expect(machinesNeededForPopulation(2_500_000, 4)).toBe(10);
	});
});

describe('primitives', () => {
	it.each([
		[10, 4, 6],
		[10, 12, 0],
		[10, 0, 10],
		[10, null, null],
		[null, 4, null]
	])('machineGap(%s, %s) = %s', (needed, installed, expected) => {
		expect(machineGap(needed, installed)).toBe(expected);
	});

	it.each([
		[5, 10, 0.5],
		[15, 10, 1],
		[0, 10, 0],
		[null, 10, null],
		[4, 0, null],
		[4, null, null]
	])('radiotherapyAccess(%s, %s) = %s', (installed, needed, expected) => {
		expect(radiotherapyAccess(installed, needed)).toBe(expected);
	});
});

describe('countryCapacity', () => {
	it('computes every indicator for a full row', () => {
		expect(countryCapacity(row(), defaultParameters)).toMatchObject({
			hasRecord: true,
			basis: 'cases',
			rtNeed: 4_500,
			machinesNeeded: 10,
			machinesNeededByCases: 10,
			machinesNeededByPopulation: 10,
			machinesInstalled: 4,
			machineGap: 6,
			access: 0.4,
			machinesPerMillion: 1.6,
			peoplePerMachine: 625_000
		});
	});

	it('uses the population basis when chosen', () => {
		const capacity = countryCapacity(row({ population: 5_000_000 }), {
			...defaultParameters,
			basis: 'population'
		});
		expect(capacity).toMatchObject({
			basis: 'population',
			machinesNeeded: 20,
			machinesNeededByCases: 10,
			machineGap: 16,
			access: 0.2
		});
	});

	it('clamps access at 1 and the gap at 0 when installed exceeds need', () => {
		expect(countryCapacity(row({ mvMachines: 25 }), defaultParameters)).toMatchObject({
			access: 1,
			machineGap: 0
		});
	});

	it.each([
		{
			case: 'no DIRAC record (null): unknown, never zero',
			overrides: { mvMachines: null },
			expected: {
				hasRecord: false,
				machinesInstalled: null,
				machineGap: null,
				access: null,
				machinesPerMillion: null,
				peoplePerMachine: null,
				rtNeed: 4_500,
				machinesNeeded: 10
			}
		},
		{
			case: 'a DIRAC record of zero machines: access 0 and the full gap',
			overrides: { mvMachines: 0 },
			expected: {
				hasRecord: true,
				machinesInstalled: 0,
				machineGap: 10,
				access: 0,
				machinesPerMillion: 0,
				peoplePerMachine: null
			}
		},
		{
			case: 'zero new cases: need not computable',
			overrides: { newCases: 0 },
			expected: {
				newCases: null,
				rtNeed: null,
				machinesNeeded: null,
				machineGap: null,
				access: null,
				machinesPerMillion: 1.6
			}
		},
		{
			case: 'missing new cases',
			overrides: { newCases: null },
			expected: { rtNeed: null, machinesNeeded: null, machineGap: null, access: null }
		},
		{
			case: 'zero population: per-capita figures not computable',
			overrides: { population: 0 },
			expected: {
				population: null,
				machinesPerMillion: null,
				peoplePerMachine: null,
				machinesNeededByPopulation: null,
				access: 0.4
			}
		},
		{
			case: 'missing population',
			overrides: { population: null },
			expected: { machinesPerMillion: null, peoplePerMachine: null, machineGap: 6 }
		},
		{
			case: 'non-finite or negative inputs are treated as missing',
			overrides: { newCases: Number.NaN, mvMachines: -1 },
			expected: { hasRecord: false, rtNeed: null, access: null }
		}
	] as const)('$case', ({ overrides, expected }) => {
		const capacity = countryCapacity(row(overrides), defaultParameters);
		expect(capacity).toMatchObject(expected);
		for (const value of Object.values(capacity))
			if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
	});
});

describe('noRecordAsNone', () => {
	const base = {
		iso3: 'XXX',
		name: 'X',
		region: null,
		incomeGroup: null,
		population: 2_500_000,
		newCases: 9_000
	} as const;
	it('reads a missing DIRAC record as no machine: the whole need is the gap', () => {
		const read = noRecordAsNone(countryCapacity({ ...base, mvMachines: null }, defaultParameters));
		expect(read).toMatchObject({ hasRecord: false, machinesInstalled: 0, machineGap: 10, access: 0 });
		expect(read.machinesPerMillion).toBe(0);
		expect(read.peoplePerMachine).toBeNull();
	});
	it('leaves a country with a record as it is', () => {
		const capacity = countryCapacity({ ...base, mvMachines: 4 }, defaultParameters);
		expect(noRecordAsNone(capacity)).toBe(capacity);
	});
});

describe('case-mix utilisation and re-treatment', () => {
	const row: CountryRow = {
		iso3: 'XXX',
		name: 'X',
		region: null,
		incomeGroup: null,
		population: 2_500_000,
		newCases: 9_000,
		mvMachines: 4,
		caseMixRtu: 0.6
	};
	it('the flat basis ignores the case mix; the case-mix basis reads it', () => {
		expect(countryRtu(row, defaultParameters)).toBe(0.5);
		expect(countryRtu(row, { ...defaultParameters, rtuBasis: 'case-mix' })).toBe(0.6);
		const capacity = countryCapacity(row, { ...defaultParameters, rtuBasis: 'case-mix' });
		expect(capacity.rtNeed).toBeCloseTo(5_400, 9);
		expect(capacity.machinesNeeded).toBeCloseTo(12, 9);
	});
	it('a country without site data has an unknown need under the case-mix basis, never the flat one', () => {
		const capacity = countryCapacity(
			{ ...row, caseMixRtu: null },
			{ ...defaultParameters, rtuBasis: 'case-mix' }
		);
		expect(capacity.rtNeed).toBeNull();
		expect(capacity.machineGap).toBeNull();
	});
	it('re-treatment: patients × courses per patient / courses per machine', () => {
		expect(machinesNeededForCases(4_500, 450, 1.2)).toBeCloseTo(12, 12);
		const capacity = countryCapacity(row, { ...defaultParameters, retreat: 1.2 });
		expect(capacity.rtNeed).toBe(4_500);
		expect(capacity.machinesNeeded).toBeCloseTo(12, 9);
	});
});

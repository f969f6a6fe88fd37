import { describe, expect, it } from 'vitest';
import { countryCapacity } from './gap';
import { defaultParameters } from './parameters';
import { brayCases, needGrowthFactor, projectedNeed, worldCaseGrowth } from './projection';

describe('projected need (Bray et al. 2024)', () => {
	it('reproduces the paper: 20.0 M new cases in 2022 become 35.3 M in 2050 (+77 %)', () => {
		expect(brayCases.base.cases * (needGrowthFactor(2050) ?? NaN)).toBeCloseTo(35.3, 9);
		expect((needGrowthFactor(2050) ?? NaN) - 1).toBeCloseTo(0.765, 3);
		expect(worldCaseGrowth).toBeCloseTo(0.0205, 4);
	});

	it('grows the 2022 need to 2035 by about 30 %, and leaves 2022 and earlier years as they are', () => {
		expect(needGrowthFactor(2035)).toBeCloseTo(1.302, 3);
		expect(needGrowthFactor(2022)).toBe(1);
		expect(needGrowthFactor(2010)).toBe(1);
		expect(needGrowthFactor(Number.NaN)).toBeNull();
	});

	it('projects any need proportional to new cases, and keeps an unknown need unknown', () => {
		const capacity = countryCapacity(
			{
				iso3: 'XXX',
				name: 'X',
				region: null,
				incomeGroup: null,
				population: 1e6,
				newCases: 9_000,
				mvMachines: null
			},
			defaultParameters
		);
		expect(projectedNeed(capacity.machinesNeeded, 2035)).toBeCloseTo(10 * 1.302, 2);
		expect(projectedNeed(capacity.machineGap, 2035)).toBeNull();
	});
});

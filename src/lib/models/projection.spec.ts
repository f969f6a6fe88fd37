import { describe, expect, it } from 'vitest';
import { countryCapacity } from './gap';
import { defaultParameters } from './parameters';
import {
	brayCases,
	needGrowthFactor,
	projectedMachineGap,
	projectedNeed,
	worldCaseGrowth
} from './projection';

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

describe('projectedMachineGap', () => {
	it('closes the gap of the target year: 2022 need grown, machines installed held', () => {
		// 10 machines needed in 2022 × (35.3 / 20.0)^(13 / 28) in 2035, less 4 installed.
		const factor = (35.3 / 20.0) ** (13 / 28);
		expect(projectedMachineGap({ machinesNeeded: 10, machinesInstalled: 4 }, 2035)).toBeCloseTo(
			10 * factor - 4,
			9
		);
		expect(projectedMachineGap({ machinesNeeded: 10, machinesInstalled: 4 }, 2022)).toBe(6);
		// A surplus today can become a gap: 12 installed against 10 × 1.30 needed in 2035.
		expect(projectedMachineGap({ machinesNeeded: 10, machinesInstalled: 12 }, 2035)).toBeCloseTo(
			10 * factor - 12,
			9
		);
	});

	it('keeps an unknown unknown: no record, or no need', () => {
		expect(projectedMachineGap({ machinesNeeded: 10, machinesInstalled: null }, 2035)).toBeNull();
		expect(projectedMachineGap({ machinesNeeded: null, machinesInstalled: 3 }, 2035)).toBeNull();
	});
});

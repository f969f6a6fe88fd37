import { describe, expect, it } from 'vitest';
import { aggregateCapacity, summariseCapacity } from './aggregate';
import { countryCapacity, type CountryRow } from './gap';
import { defaultParameters } from './parameters';

const country = (iso3: string, overrides: Partial<CountryRow>): CountryRow => ({
	iso3,
	name: iso3,
	region: 'Sub-Saharan Africa',
	incomeGroup: 'L',
	population: 1_000_000,
	newCases: 9_000,
	mvMachines: 0,
	...overrides
});

// Need 10 machines each at 9,000 cases; with 27,000 cases, 30.
const rows: CountryRow[] = [
	country('AAA', { mvMachines: 5 }),
	country('BBB', {
		newCases: 27_000,
		mvMachines: 30,
		incomeGroup: 'UM',
		region: 'Latin America & Caribbean'
	}),
	country('CCC', { mvMachines: null }),
	country('DDD', { newCases: null, mvMachines: 2, incomeGroup: null, region: null }),
	country('EEE', { mvMachines: 0, incomeGroup: 'H', region: 'Europe & Central Asia' })
];
const capacities = rows.map((row) => countryCapacity(row, defaultParameters));

describe('aggregateCapacity', () => {
	it('world: pooled access and the mean of country ratios, both named', () => {
		const [world] = aggregateCapacity(capacities, 'world');
		expect(world).toMatchObject({
			key: 'world',
			countries: 5,
			countriesWithoutRecord: 1,
			countriesWithoutNeed: 1,
			countriesInAccess: 3,
			machinesNeeded: 60,
			machinesInstalled: 37,
			machineGap: 15
		});
		// CCC (no record) adds 10 to machinesNeeded but nothing to the gap; pooled over AAA, BBB, EEE: (5 + 30 + 0) / (10 + 30 + 10)
		expect(world?.pooledAccess).toBeCloseTo(0.7, 12);
		// mean of 0.5, 1, 0
		expect(world?.meanCountryAccess).toBeCloseTo(0.5, 12);
	});

	it('income groups in L, LM, UM, H order with the unclassified group last', () => {
		const groups = aggregateCapacity(capacities, 'income');
		expect(groups.map((group) => group.key)).toEqual(['L', 'UM', 'H', null]);
		expect(groups[0]).toMatchObject({
			countries: 2,
			countriesWithoutRecord: 1,
			pooledAccess: 0.5,
			meanCountryAccess: 0.5
		});
		expect(groups[3]).toMatchObject({
			countries: 1,
			countriesWithoutNeed: 1,
			pooledAccess: null,
			meanCountryAccess: null,
			machinesInstalled: 2
		});
	});

	it('regions sorted by name', () => {
		expect(aggregateCapacity(capacities, 'region').map((group) => group.key)).toEqual([
			'Europe & Central Asia',
			'Latin America & Caribbean',
			'Sub-Saharan Africa',
			null
		]);
	});

	it('pooled access differs from the mean of ratios when sizes differ', () => {
		const [world] = aggregateCapacity([capacities[0]!, capacities[1]!], 'world');
		expect(world?.pooledAccess).toBeCloseTo(35 / 40, 12);
		expect(world?.meanCountryAccess).toBeCloseTo(0.75, 12);
	});

	it.each(['region', 'income'] as const)('empty input by %s: no groups', (by) => {
		expect(aggregateCapacity([], by)).toEqual([]);
	});

	it('empty input for the world: one empty group with null access', () => {
		expect(aggregateCapacity([], 'world')).toEqual([summariseCapacity([], 'world', 'world')]);
		expect(summariseCapacity([], 'world', 'world')).toMatchObject({
			countries: 0,
			pooledAccess: null,
			meanCountryAccess: null,
			machineGap: 0
		});
	});

	it('only countries without a record: excluded from access, counted', () => {
		const [world] = aggregateCapacity([capacities[2]!], 'world');
		expect(world).toMatchObject({
			countriesWithoutRecord: 1,
			countriesInAccess: 0,
			pooledAccess: null,
			meanCountryAccess: null,
			machinesNeeded: 10
		});
	});

	it('pooled access clamps at 1', () => {
		const surplus = countryCapacity(country('FFF', { mvMachines: 100 }), defaultParameters);
		expect(aggregateCapacity([surplus], 'world')[0]?.pooledAccess).toBe(1);
	});

	it('share of need met caps each country at its own need; the pooled figure lets a surplus fill another gap', () => {
		// AAA: need 10, 5 installed; GGG: need 10, 25 installed (15 more than it needs)
		const surplus = countryCapacity(country('GGG', { mvMachines: 25 }), defaultParameters);
		const [world] = aggregateCapacity([capacities[0]!, surplus], 'world');
		expect(world?.cappedAccess).toBeCloseTo((5 + 10) / 20, 12);
		expect(world?.pooledAccess).toBe(1);
		expect(world).toMatchObject({ countriesShort: 1, countriesWithSurplus: 1, machineGap: 5 });
		expect(world?.machineSurplus).toBeCloseTo(15, 12);
	});

	it('the gap reconciles with needed − installed: what it leaves out is named', () => {
		const [world] = aggregateCapacity(capacities, 'world');
		// CCC: need 10 and no record; DDD: 2 machines and no need
		expect(world).toMatchObject({ machinesNeededWithoutRecord: 10, machinesInstalledWithoutNeed: 2 });
		expect(world?.rtNeedWithoutRecord).toBe(4_500);
		const w = world!;
		expect(
			w.machinesNeeded -
				w.machinesNeededWithoutRecord -
				(w.machinesInstalled - w.machinesInstalledWithoutNeed)
		).toBeCloseTo(w.machineGap - w.machineSurplus, 12);
	});

	it('"no record counted as none" adds those countries with no machine to every figure', () => {
		const [world] = aggregateCapacity(capacities, 'world');
		// AAA 5/10, BBB 30/30, EEE 0/10 and now CCC 0/10
		expect(world?.noRecordAsNone).toMatchObject({ countriesInAccess: 4, machineGap: 25 });
		expect(world?.noRecordAsNone.cappedAccess).toBeCloseTo(35 / 60, 12);
		expect(world?.noRecordAsNone.pooledAccess).toBeCloseTo(35 / 60, 12);
		expect(world?.noRecordAsNone.meanCountryAccess).toBeCloseTo(1.5 / 4, 12);
		// the default reading leaves CCC out
		expect(world?.cappedAccess).toBeCloseTo(35 / 50, 12);
	});
});

/**
 * Datta et al. 2019 (the access study that reads absence from DIRAC as no facility) report, for 137 low- and
 * middle-income countries, 5,084 teletherapy units installed, a gap of 7,741 units, 51 countries without
 * radiotherapy, and a mean access of 33 % (the mean of country ratios). Their population is LMICs only, not the
 * world, and their need is their own; the test gives the model their totals, not GLOBOCAN 2022.
 */
describe('Datta et al. 2019, from the paper’s own totals', () => {
	it('a gap of 7,741 on 5,084 installed when no country has a surplus; the pooled share sits above their 33 % mean', () => {
		// One group short everywhere: need = installed + gap, as in a set of LMICs none of which meets its need.
		const need = 5_084 + 7_741;
		const group = countryCapacity(
			{
				iso3: 'LMC',
				name: 'LMICs',
				region: null,
				incomeGroup: null,
				population: 1e9,
				newCases: (need * 450) / 0.5,
				mvMachines: 5_084
			},
			defaultParameters
		);
		expect(group.machineGap).toBeCloseTo(7_741, 6);
		const [world] = aggregateCapacity([group], 'world');
		expect(world?.cappedAccess).toBeCloseTo(5_084 / 12_825, 9);
		// 39.6 % pooled against their 33 % mean of ratios: 51 countries at 0 pull the mean of ratios down
		expect(world?.cappedAccess).toBeGreaterThan(0.33);
	});

	it('51 of 137 countries without radiotherapy: each counted as 0 in the mean once "no record" reads as none', () => {
		const withNone = [
			...Array.from({ length: 51 }, (_, i) => country(`N${i}`, { mvMachines: null })),
			...Array.from({ length: 86 }, (_, i) => country(`H${i}`, { mvMachines: 5 }))
		].map((row) => countryCapacity(row, defaultParameters));
		const [world] = aggregateCapacity(withNone, 'world');
		expect(world?.countriesInAccess).toBe(86);
		expect(world?.meanCountryAccess).toBeCloseTo(0.5, 12);
		expect(world?.noRecordAsNone.countriesInAccess).toBe(137);
		expect(world?.noRecordAsNone.meanCountryAccess).toBeCloseTo((86 * 0.5) / 137, 12);
	});
});

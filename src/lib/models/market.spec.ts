import { describe, expect, it } from 'vitest';
import { countryCapacity } from './gap';
import {
	groupMarket,
	marketCountry,
	marketFor,
	marketStartYear,
	recordedOnlyMachines,
	type MarketCountry
} from './market';
import { defaultParameters as c } from './parameters';
import { defaultReturnParameters as d } from './return-parameters';

const kenyaLike: MarketCountry = {
	iso3: 'AAA',
	name: 'A',
	region: 'R1',
	machineGap: 30,
	machinesInstalled: 15,
	hasRecord: true
};

describe('marketFor', () => {
	it('counts new and replacement machines: (gap / horizon + installed / 15)', () => {
		const r = marketFor(kenyaLike, 10, d, c);
		expect(r).toMatchObject({ newMachinesPerYear: 3, replacementsPerYear: 1, machinesOverHorizon: 40 });
		expect(r?.machineValue).toBeNull();
		expect(r?.trainingValue).toBeNull();
		// 30 machines × 3.4 therapists per machine per shift × 1 shift (450 courses a machine-year).
		expect(r?.staff.radiationTherapists).toBeCloseTo(102, 9);
	});

	it('prices the market only with the user’s unit prices; a price of 0 is a price, unset is not', () => {
		const r = marketFor(kenyaLike, 10, { ...d, price: 1_000_000, tro: 10, tmp: 0, trtt: 1 }, c);
		expect(r?.machineValue).toBe(40_000_000);
		expect(r?.trainingValue).toBeCloseTo(54 * 10 + 102 * 1, 9);
		expect(marketFor(kenyaLike, 10, { ...d, tro: 10, trtt: 1 }, c)?.trainingValue).toBeNull();
	});

	it('has no figure for a country without a record or a horizon of zero', () => {
		expect(marketFor({ ...kenyaLike, machinesInstalled: null }, 10, d, c)).toBeNull();
		expect(marketFor({ ...kenyaLike, machineGap: null }, 10, d, c)).toBeNull();
		expect(marketFor(kenyaLike, 0, d, c)).toBeNull();
	});
});

describe('groupMarket', () => {
	it('adds countries into regions, keeping unset prices unset', () => {
		const rows = [
			marketFor(kenyaLike, 10, d, c)!,
			marketFor({ ...kenyaLike, iso3: 'BBB', region: 'R1', machineGap: 0 }, 10, d, c)!,
			marketFor({ ...kenyaLike, iso3: 'CCC', region: 'R2' }, 5, d, c)!
		];
		const regions = { AAA: 'R1', BBB: 'R1', CCC: 'R2' } as Record<string, string>;
		const groups = groupMarket(rows, (r) => regions[r.key] ?? null);
		expect(groups.map((g) => [g.key, g.countries, g.machinesOverHorizon])).toEqual([
			['R1', 2, 50],
			['R2', 1, 35]
		]);
		expect(groups[0]?.machineValue).toBeNull();
		expect(groupMarket([], () => null)).toEqual([]);
	});
});

describe('countries with no DIRAC record: greenfield markets', () => {
	const capacity = (mvMachines: number | null) =>
		countryCapacity(
			{
				iso3: 'GGG',
				name: 'G',
				region: 'R1',
				incomeGroup: 'L',
				population: 2_500_000,
				newCases: 9_000,
				mvMachines
			},
			c
		);

	it('counts a country with no record as having no machine: its whole need is new machines, none replaced', () => {
		// 9,000 new cases × 0.5 / 450 courses = 10 machines needed, all of them new.
		const input = marketCountry(capacity(null));
		expect(input).toMatchObject({ machineGap: 10, machinesInstalled: 0, hasRecord: false });
		const r = marketFor(input, 10, d, c);
		expect(r).toMatchObject({ newMachinesPerYear: 1, replacementsPerYear: 0, greenfieldCountries: 1 });
		expect(r?.machinesOverHorizon).toBeCloseTo(10, 9);
	});

	it('sizes the gap at the end of the horizon: need grown as GLOBOCAN projects, installed held', () => {
		// 10 machines needed in 2022 grow by (35.3 / 20.0)^(14 / 28) by 2036, the end of a 10-year horizon from 2026.
		const factor = (35.3 / 20.0) ** (14 / 28);
		expect(marketStartYear).toBe(2026);
		expect(marketCountry(capacity(4), marketStartYear + 10).machineGap).toBeCloseTo(10 * factor - 4, 9);
		expect(marketCountry(capacity(null), 2036).machineGap).toBeCloseTo(10 * factor, 9);
	});

	it('leaves a country with a record as it is, and gives the total on the other reading beside it', () => {
		expect(marketCountry(capacity(4))).toMatchObject({
			machineGap: 6,
			machinesInstalled: 4,
			hasRecord: true
		});
		const rows = [marketFor(marketCountry(capacity(null)), 10, d, c)!, marketFor(kenyaLike, 10, d, c)!];
		expect(recordedOnlyMachines(rows)).toBe(40);
		const [region] = groupMarket(rows, () => 'R1');
		expect(region).toMatchObject({ countries: 2, greenfieldCountries: 1 });
		expect(region?.machinesOverHorizon).toBeCloseTo(50, 9);
	});
});

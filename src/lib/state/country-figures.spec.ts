import { describe, expect, it } from 'vitest';
import type { Admin1Record } from '$lib/data/queries/country';
import { nearestSiteKm, type PopulationCell } from '$lib/models/access';
import { countryWhatIf } from '$lib/models/country-what-if';
import { countryCapacity } from '$lib/models/gap';
import { defaultParameters } from '$lib/models/parameters';
import type { CountryData } from './country';
import { admin1Rows, countryFigures, largestGap, unitsWithoutPopulation } from './country-figures';
import { countryUnits } from './country-units';

const cell = (lon: number, population: number, admin1Code: string): PopulationCell => ({
	lat: 0,
	lon,
	population,
	admin1Code
});
// Grid people: 1,000 in A next to the one machine, 3,000 in B far east; C is smaller than a cell (no cell, no people).
const cells = [cell(0, 1000, 'A'), cell(3, 1000, 'B'), cell(3.5, 2000, 'B')];
const reach = { cells, baselineKm: nearestSiteKm(cells, [{ lat: 0, lon: 0 }], 200) };
const record = (admin1_code: string, population: number | null, mv_machines: number): Admin1Record => ({
	admin1_code,
	name: admin1_code,
	population,
	population_year: 2024,
	population_source: population === null ? null : 'wb_subnational_scaled',
	mv_machines,
	centres: mv_machines > 0 ? 1 : 0,
	share_within_100km: null,
	share_within_200km: null
});
const records = [record('A', 4000, 1), record('B', 4000, 0), record('C', null, 2)];
const national = countryCapacity(
	{
		iso3: 'XXX',
		name: 'X',
		region: null,
		incomeGroup: null,
		population: 8000,
		newCases: 3600,
		mvMachines: 3
	},
	defaultParameters
);

describe('countryFigures', () => {
	it('is the country page’s own figure set with nothing added: the report prints the same numbers', () => {
		const data = { units: records, ...reach } as unknown as CountryData;
		const page = countryUnits(data, true, national.population, null, null);
		const onPage = countryWhatIf({
			national,
			units: page.units,
			cells: page.cells,
			baselineKm: reach.baselineKm,
			added: [],
			params: defaultParameters
		});
		expect(countryFigures(national, records, reach, defaultParameters)).toEqual(onPage);
	});

	it('takes the national share beyond 100 km from the grid cells, not from unit populations', () => {
		// 3,000 of 4,000 grid people are beyond 100 km (75 %); weighting the units' shares by their populations would
		// give 4,000 / 8,000 (50 %). The report once did that and printed 45 % for Kenya where the page showed 47 %.
		const figures = countryFigures(national, records, reach, defaultParameters);
		expect(figures.before.shareBeyond100).toBeCloseTo(0.75);
		expect(figures.units.find((u) => u.code === 'C')).toMatchObject({
			population: null,
			newCases: null,
			machineGap: null,
			shareBeyond100: null,
			machinesInstalled: 2
		});
	});

	it('keeps machines unknown, not 0, where the country has no DIRAC record', () => {
		expect(admin1Rows(records, false).map((u) => u.mvMachines)).toEqual([null, null, null]);
		expect(admin1Rows(records, true).map((u) => u.mvMachines)).toEqual([1, 0, 2]);
	});
});

describe('largestGap', () => {
	it('ranks only units with a population and counts the ones left out', () => {
		const units = [
			{ name: 'No data', population: null, machineGap: null },
			{ name: 'Zero', population: 0, machineGap: 9 },
			{ name: 'Small gap', population: 1e6, machineGap: 1.2 },
			{ name: 'Large gap', population: 5e6, machineGap: 4.5 },
			{ name: 'Surplus', population: 2e6, machineGap: -1 }
		];
		expect(largestGap(units)).toEqual({ unit: units[3], leftOut: 2 });
		expect(unitsWithoutPopulation(units)).toBe(2);
	});

	it('names no unit when none has a known positive gap', () => {
		expect(largestGap([{ population: 1e6, machineGap: -0.5 }])).toEqual({ unit: null, leftOut: 0 });
		expect(largestGap([{ population: null, machineGap: null }])).toEqual({ unit: null, leftOut: 1 });
	});
});

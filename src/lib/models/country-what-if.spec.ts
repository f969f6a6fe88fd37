import { describe, expect, it } from 'vitest';
import { nearestSiteKm, type PopulationCell } from './access';
import { countryWhatIf } from './country-what-if';
import { countryCapacity } from './gap';
import { defaultParameters } from './parameters';

const cell = (lon: number, population: number, admin1Code: string): PopulationCell => ({
	lat: 0,
	lon,
	population,
	admin1Code
});
// Grid people: 1,000 in A (near the one machine), 3,000 in B far east.
const cells = [cell(0, 1000, 'A'), cell(3, 1000, 'B'), cell(3.5, 2000, 'B')];
const baselineKm = nearestSiteKm(cells, [{ lat: 0, lon: 0 }], 200);
const national = countryCapacity(
	{
		iso3: 'XXX',
		name: 'X',
		region: null,
		incomeGroup: null,
		population: 8000,
		newCases: 3600,
		mvMachines: 1
	},
	defaultParameters
);
const units = [
	{ code: 'A', name: 'West', population: 2000, mvMachines: 1 },
	{ code: 'B', name: 'East', population: 6000, mvMachines: 0 }
];

describe('countryWhatIf', () => {
	const base = { national, units, cells, baselineKm, params: defaultParameters };

	it('shows the country as it is with nothing added', () => {
		const result = countryWhatIf({ ...base, added: [] });
		expect(national.machinesNeeded).toBeCloseTo(4); // 3,600 × 0.5 / 450
		expect(result.before).toEqual(result.after);
		expect(result.before.machineGap).toBeCloseTo(3);
		expect(result.before.access).toBeCloseTo(0.25);
		expect(result.before.shareBeyond100).toBeCloseTo(0.75);
		expect(result.brought100).toBe(0);
		// Unit cases add up to the national 3,600.
		expect(result.units.reduce((s, u) => s + (u.newCases ?? 0), 0)).toBeCloseTo(3600);
		expect(result.units[1]).toMatchObject({ shareBeyond100: 1, shareBeyond200: 1 });
	});

	it('moves need met, gap, reach and the unit figures when a machine is added', () => {
		const result = countryWhatIf({ ...base, added: [{ lat: 0, lon: 3.2 }] });
		expect(result.addedUnits).toEqual(['B']);
		expect(result.after.machinesInstalled).toBe(2);
		expect(result.after.machineGap).toBeCloseTo(2);
		expect(result.after.access).toBeCloseTo(0.5);
		expect(result.after.shareBeyond100).toBe(0);
		// 3,000 grid people brought within 100 km, scaled by 8,000 / 4,000.
		expect(result.brought100).toBeCloseTo(6000);
		const east = result.units.find((u) => u.code === 'B');
		expect(east).toMatchObject({ machinesInstalled: 1, machinesAdded: 1, shareBeyond100: 0 });
		expect(east?.machineGap).toBeCloseTo(2);
	});

	it('keeps a country without a DIRAC record unknown, while reach still moves', () => {
		const unknown = {
			...national,
			machinesInstalled: null,
			hasRecord: false,
			machineGap: null,
			access: null
		};
		const result = countryWhatIf({ ...base, national: unknown, added: [{ lat: 0, lon: 3.2 }] });
		expect(result.after).toMatchObject({ machinesInstalled: null, machineGap: null, access: null });
		expect(result.brought100).toBeGreaterThan(0);
	});

	it('reports a machine placed outside every unit', () => {
		const result = countryWhatIf({ ...base, added: [{ lat: 10, lon: 10 }] });
		expect(result.addedUnits).toEqual([null]);
		expect(result.after.machinesInstalled).toBe(2);
		expect(result.brought100).toBe(0);
	});
});

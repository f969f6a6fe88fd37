import { describe, expect, it } from 'vitest';
import { gapCsvHeader, gapCsvRows } from './gap-table';
import { gapViewRows, type GapInputRow } from './gap-view';
import { defaultParameters } from './parameters';

const input = (over: Partial<GapInputRow>): GapInputRow => ({
	iso3: 'AAA',
	name: 'Alpha',
	region: 'South Asia',
	incomeGroup: 'LM',
	population: 2_500_000,
	newCases: 9_000,
	mvMachines: 4,
	doctorsPer10k: 2,
	gdpPerCapita: 800,
	...over
});

describe('gapCsvRows', () => {
	it('writes one row per country in header order, for the parameters in force', () => {
		const rows = gapViewRows([input({})], { ...defaultParameters, courses: 500 }, 'rt-machines', 'absolute');
		const [row] = gapCsvRows(rows, 'rt-machines', 'absolute');
		expect(row).toHaveLength(gapCsvHeader.length);
		const byColumn = Object.fromEntries(gapCsvHeader.map((c, i) => [c, row?.[i]]));
		expect(byColumn).toMatchObject({
			iso3: 'AAA',
			income_group: 'LM',
			new_cases: 9000,
			rt_need: 4500,
			has_dirac_record: true,
			mv_machines: 4,
			machines_needed: 9,
			machine_gap: 5,
			indicator: 'rt-machines',
			value: 5
		});
		expect(byColumn.access).toBeCloseTo(4 / 9, 12);
	});

	it('leaves machine figures empty, never 0, without a DIRAC record', () => {
		const rows = gapViewRows([input({ mvMachines: null })], defaultParameters, 'rt-machines', 'absolute');
		const [row] = gapCsvRows(rows, 'rt-machines', 'absolute');
		const byColumn = Object.fromEntries(gapCsvHeader.map((c, i) => [c, row?.[i]]));
		expect(byColumn).toMatchObject({
			has_dirac_record: false,
			mv_machines: null,
			machine_gap: null,
			access: null,
			value: null
		});
		expect(byColumn.machines_needed).toBe(10);
	});
});

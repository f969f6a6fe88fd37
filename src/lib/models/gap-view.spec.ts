import { describe, expect, it } from 'vitest';
import {
	countStatuses,
	filterGapRows,
	gapViewRows,
	higherIsWorse,
	measureOf,
	normalisationsFor,
	rankWorst,
	type GapInputRow
} from './gap-view';
import { indicatorIds, type IndicatorId, type Normalisation } from './indicators';
import { defaultParameters } from './parameters';

const row = (over: Partial<GapInputRow> = {}): GapInputRow => ({
	iso3: 'AAA',
	name: 'Alpha',
	region: 'Sub-Saharan Africa',
	incomeGroup: 'L',
	population: 2_500_000,
	newCases: 9_000,
	mvMachines: 4,
	doctorsPer10k: 2,
	gdpPerCapita: 800,
	...over
});

describe('measureOf and normalisationsFor', () => {
	it('shows the machine gap, modelled staff need and observed doctors', () => {
		expect(indicatorIds.map(measureOf)).toEqual([
			'gap',
			'need',
			'need',
			'need',
			'need',
			'need',
			'need',
			'observed'
		]);
	});
	it('offers share of need met only where an observed figure meets a need', () => {
		for (const id of indicatorIds) {
			expect(normalisationsFor(id).includes('share-of-need-met')).toBe(id === 'rt-machines');
		}
		expect(normalisationsFor('doctors')[0]).toBe('per-10k-people');
	});
	it.each<[IndicatorId, Normalisation, boolean]>([
		['rt-machines', 'absolute', true],
		['rt-machines', 'share-of-need-met', false],
		['radiation-oncologists', 'per-million', true],
		['doctors', 'per-10k-people', false]
	])('higherIsWorse(%s, %s) = %s', (indicator, normalisation, expected) => {
		expect(higherIsWorse(indicator, normalisation)).toBe(expected);
	});
});

describe('gapViewRows', () => {
	it.each<[string, Partial<GapInputRow>, IndicatorId, Normalisation, number | null, string]>([
		['a gap of 6 machines (ESTRO-QUARTS: 4,500 patients → 10)', {}, 'rt-machines', 'absolute', 6, 'value'],
		['the gap per million people', {}, 'rt-machines', 'per-million', 2.4, 'value'],
		['the gap per 1,000 new cases', {}, 'rt-machines', 'per-1000-cases', 6 / 9, 'value'],
		['the share of need met', {}, 'rt-machines', 'share-of-need-met', 0.4, 'value'],
		['no DIRAC record: no value', { mvMachines: null }, 'rt-machines', 'absolute', null, 'no-record'],
		[
			'a record of zero machines: all need is gap',
			{ mvMachines: 0 },
			'rt-machines',
			'absolute',
			10,
			'zero-machines'
		],
		[
			'zero machines meet none of the need',
			{ mvMachines: 0 },
			'rt-machines',
			'share-of-need-met',
			0,
			'zero-machines'
		],
		['no cases: no need, no gap', { newCases: 0 }, 'rt-machines', 'absolute', null, 'no-data'],
		['18 radiation oncologists needed', {}, 'radiation-oncologists', 'absolute', 18, 'value'],
		['doctors per 10,000 read back', {}, 'doctors', 'per-10k-people', 2, 'value'],
		['doctors with no WHO figure', { doctorsPer10k: null }, 'doctors', 'per-10k-people', null, 'no-data']
	])('%s', (_, over, indicator, normalisation, value, status) => {
		const [result] = gapViewRows([row(over)], defaultParameters, indicator, normalisation);
		if (value === null) expect(result?.value).toBeNull();
		else expect(result?.value).toBeCloseTo(value, 10);
		expect(result?.status).toBe(status);
	});

	it('recomputes from the parameters: 1,000 courses a machine-year shrink the gap from 6 to 0.5', () => {
		const [result] = gapViewRows([row()], { ...defaultParameters, courses: 1000 }, 'rt-machines', 'absolute');
		expect(result?.value).toBe(0.5);
		expect(result?.capacity.machinesNeeded).toBe(4.5);
	});

	it('keeps GDP per capita only when positive', () => {
		const [zero] = gapViewRows([row({ gdpPerCapita: 0 })], defaultParameters, 'rt-machines', 'absolute');
		expect(zero?.gdpPerCapita).toBeNull();
	});
});

describe('filterGapRows, rankWorst, countStatuses', () => {
	const rows = gapViewRows(
		[
			row({ iso3: 'AAA', name: 'Alpha', mvMachines: 4 }),
			row({ iso3: 'BBB', name: 'Beta', mvMachines: 0, incomeGroup: 'LM' }),
			row({ iso3: 'CCC', name: 'Gamma', mvMachines: null, region: 'South Asia' }),
			row({ iso3: 'DDD', name: 'Delta', mvMachines: 20, region: 'South Asia', incomeGroup: 'LM' })
		],
		defaultParameters,
		'rt-machines',
		'absolute'
	);

	it('filters by region and income group', () => {
		expect(filterGapRows(rows, { region: 'South Asia', income: null }).map((r) => r.iso3)).toEqual([
			'CCC',
			'DDD'
		]);
		expect(filterGapRows(rows, { region: 'South Asia', income: 'LM' }).map((r) => r.iso3)).toEqual(['DDD']);
		expect(filterGapRows(rows, { region: null, income: null })).toHaveLength(4);
	});

	it('ranks the worst first and leaves out countries without a value', () => {
		expect(rankWorst(rows, true, 10).map((r) => r.iso3)).toEqual(['BBB', 'AAA', 'DDD']);
		expect(rankWorst(rows, false, 2).map((r) => r.iso3)).toEqual(['DDD', 'AAA']);
		expect(rankWorst([], true, 10)).toEqual([]);
	});

	it('counts no record and a record of zero machines apart', () => {
		expect(countStatuses(rows)).toEqual({ value: 2, noRecord: 1, zeroMachines: 1, noData: 0 });
	});
});

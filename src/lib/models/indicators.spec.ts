import { describe, expect, it } from 'vitest';
import { defaultParameters } from './parameters';
import {
	indicatorIds,
	indicators,
	indicatorValues,
	normalise,
	type IndicatorRow,
	type Normalisation
} from './indicators';

const row = (overrides: Partial<IndicatorRow> = {}): IndicatorRow => ({
	iso3: 'AAA',
	name: 'Alpha',
	region: 'Sub-Saharan Africa',
	incomeGroup: 'L',
	population: 2_500_000,
	newCases: 9_000,
	mvMachines: 4,
	doctorsPer10k: 2,
	...overrides
});

describe('catalogue', () => {
	it('lists the eight indicators of the Gaps view once each', () => {
		expect(indicatorIds).toEqual([
			'rt-machines',
			'radiation-oncologists',
			'medical-physicists',
			'radiation-therapists',
			'medical-oncologists',
			'surgeons',
			'pathologists',
			'doctors'
		]);
	});

	it('says observed figures exist in public data only for machines (DIRAC) and doctors (WHO)', () => {
		const observed = indicators
			.filter((indicator) => indicator.observedInPublicData)
			.map((indicator) => indicator.id);
		expect(observed).toEqual(['rt-machines', 'doctors']);
		for (const indicator of indicators.filter((i) => !i.observedInPublicData)) {
			expect(indicator.observedSources).toEqual(['workforce-file']);
			expect(indicator.staffRole).not.toBeNull();
		}
	});
});

describe('indicatorValues', () => {
	it.each([
		['rt-machines', {}, { need: 10, observed: 4, observedSource: 'dirac', gap: 6 }],
		['rt-machines', { mvMachines: null }, { need: 10, observed: null, observedSource: null, gap: null }],
		['radiation-oncologists', {}, { need: 18, observed: null, observedSource: null, gap: null }],
		['doctors', {}, { need: null, observed: 500, observedSource: 'who', gap: null }],
		['doctors', { population: null }, { need: null, observed: null, observedSource: null, gap: null }],
		['doctors', { doctorsPer10k: undefined }, { need: null, observed: null, observedSource: null, gap: null }]
	] as const)('%s with %o', (id, overrides, expected) => {
		expect(indicatorValues(row(overrides), defaultParameters, id)).toEqual({ indicator: id, ...expected });
	});

	it('takes staff in post from a workforce file', () => {
		expect(
			indicatorValues(row(), defaultParameters, 'radiation-oncologists', { radiationOncologists: 6 })
		).toEqual({
			indicator: 'radiation-oncologists',
			need: 18,
			observed: 6,
			observedSource: 'workforce-file',
			gap: 12
		});
		expect(indicatorValues(row(), defaultParameters, 'surgeons', { surgicalWorkforce: 100 }).gap).toBe(400);
	});

	it.each(indicatorIds)('%s: nothing but null or finite numbers for an empty row', (id) => {
		const empty = row({ population: null, newCases: null, mvMachines: null, doctorsPer10k: null });
		const values = indicatorValues(empty, defaultParameters, id);
		expect([values.need, values.observed, values.gap]).toEqual([null, null, null]);
	});
});

describe('normalise', () => {
	const full = { population: 2_500_000, newCases: 9_000 };
	it.each<
		[
			number | null,
			Partial<typeof full> | { population: number | null; newCases: number | null },
			Normalisation,
			number | null,
			number | null
		]
	>([
		[10, full, 'absolute', null, 10],
		[0, full, 'absolute', null, 0],
		[10, full, 'per-million', null, 4],
		[9, full, 'per-1000-cases', null, 1],
		[250, full, 'per-10k-people', null, 1],
		[10, { population: 0, newCases: 9_000 }, 'per-10k-people', null, null],
		[4, full, 'share-of-need-met', 10, 0.4],
		[25, full, 'share-of-need-met', 10, 1],
		[0, full, 'share-of-need-met', 10, 0],
		[null, full, 'per-million', null, null],
		[10, { population: 0, newCases: 9_000 }, 'per-million', null, null],
		[10, { population: null, newCases: 9_000 }, 'per-million', null, null],
		[10, { population: 1, newCases: 0 }, 'per-1000-cases', null, null],
		[10, { population: 1, newCases: null }, 'per-1000-cases', null, null],
		[4, full, 'share-of-need-met', 0, null],
		[4, full, 'share-of-need-met', null, null],
		[Number.NaN, full, 'absolute', null, null]
	])('normalise(%s, %o, %s, need %s) = %s', (value, denominators, normalisation, need, expected) => {
		const result = normalise(
			value,
			{ population: null, newCases: null, ...denominators },
			normalisation,
			need
		);
		expect(result).toBe(expected);
	});
});

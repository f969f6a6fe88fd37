import { describe, expect, it } from 'vitest';
import { normalisationsFor } from '$lib/models/gap-view';
import { indicatorIds } from '$lib/models/indicators';
import {
	defaultParameters,
	machineBases,
	numericParameterIds,
	parameterDefinitions,
	rtuBases,
	type ModelParameters
} from '$lib/models/parameters';
import {
	gapsUrl,
	incomeGroups,
	readGapsView,
	writeGapsView,
	type GapsUrlState,
	type GapsViewState
} from './gaps-url';

const regions = ['South Asia', 'Sub-Saharan Africa'];
const countries = ['KEN', 'NGA'];
const read = (query: string) => readGapsView(new URLSearchParams(query), regions, countries);

describe('readGapsView', () => {
	it('gives the defaults for an empty query', () => {
		expect(read('')).toEqual({
			view: {
				indicator: 'rt-machines',
				normalisation: 'absolute',
				region: null,
				income: null,
				selected: null
			},
			issues: []
		});
	});

	it('reads every key', () => {
		expect(read('indicator=doctors&per=absolute&region=South+Asia&income=LM&country=KEN').view).toEqual({
			indicator: 'doctors',
			normalisation: 'absolute',
			region: 'South Asia',
			income: 'LM',
			selected: 'KEN'
		});
	});

	it('takes the indicator’s own default normalisation', () => {
		expect(read('indicator=doctors').view.normalisation).toBe('per-10k-people');
	});

	it('reports each unusable value and falls back', () => {
		const { view, issues } = read('indicator=robots&per=share-of-need-met&income=XX&region=Mars&country=ZZZ');
		expect(view.indicator).toBe('rt-machines');
		expect(view.normalisation).toBe('share-of-need-met');
		expect(issues.map((i) => [i.key, i.raw])).toEqual([
			['indicator', 'robots'],
			['region', 'Mars'],
			['income', 'XX'],
			['selected', 'ZZZ']
		]);
	});

	it('refuses a normalisation the indicator does not offer', () => {
		const { view, issues } = read('indicator=doctors&per=share-of-need-met');
		expect(view.normalisation).toBe('per-10k-people');
		expect(issues[0]?.allowed).toContain('per-10k-people');
	});
});

describe('writeGapsView', () => {
	it('keeps other keys, drops defaults and round-trips', () => {
		const next = writeGapsView(new URLSearchParams('courses=1000&region=South+Asia'), {
			indicator: 'doctors',
			normalisation: 'absolute',
			region: null,
			income: 'L'
		});
		expect(next.toString()).toBe('courses=1000&indicator=doctors&per=absolute&income=L');
		expect(read(next.toString()).view).toMatchObject({
			indicator: 'doctors',
			normalisation: 'absolute',
			income: 'L'
		});
		expect(writeGapsView(next, { indicator: 'rt-machines', normalisation: 'absolute' }).toString()).toBe(
			'courses=1000&income=L'
		);
	});
});

/** Every view state: each indicator with each of its normalisations, each region, income group and selection. */
function everyView(): GapsViewState[] {
	const views: GapsViewState[] = [];
	for (const indicator of indicatorIds)
		for (const normalisation of normalisationsFor(indicator))
			for (const region of [null, ...regions])
				for (const income of [null, ...incomeGroups])
					for (const selected of [null, ...countries])
						views.push({ indicator, normalisation, region, income, selected });
	return views;
}

/** The defaults, then each parameter alone at its minimum and its maximum, then each basis. */
function someParameters(): ModelParameters[] {
	return [
		defaultParameters,
		...numericParameterIds.flatMap((id) => [
			{ ...defaultParameters, [id]: parameterDefinitions[id].min },
			{ ...defaultParameters, [id]: parameterDefinitions[id].max }
		]),
		...machineBases.map((basis) => ({ ...defaultParameters, basis })),
		...rtuBases.map((rtuBasis) => ({ ...defaultParameters, rtuBasis }))
	];
}

describe('gapsUrl, the view’s one codec', () => {
	it('reads back every view state it writes, beside any parameters, with no issue', () => {
		const parameters = someParameters();
		const views = everyView();
		expect(views.length).toBeGreaterThan(500);
		views.forEach((view, i) => {
			const state: GapsUrlState = {
				view,
				parameters: parameters[i % parameters.length] ?? defaultParameters
			};
			const written = gapsUrl.write(state);
			expect(gapsUrl.read(written, regions, countries), written.toString()).toEqual({
				state,
				viewIssues: [],
				parameterIssues: []
			});
		});
	});

	it('reads back every parameter variant with the default view, and writes the default state as an empty query', () => {
		const view = read('').view;
		for (const parameters of someParameters()) {
			const written = gapsUrl.write({ view, parameters });
			expect(gapsUrl.read(written, regions, countries).state, written.toString()).toEqual({
				view,
				parameters
			});
		}
		expect(
			gapsUrl.write({ view, parameters: defaultParameters }, new URLSearchParams('lang=pt')).toString()
		).toBe('lang=pt');
	});

	it('changes only its part: the view keeps the parameters, the parameters keep the view', () => {
		const start = gapsUrl.write({
			view: { ...read('').view, income: 'L' },
			parameters: { ...defaultParameters, courses: 500 }
		});
		const viewChanged = gapsUrl.read(
			gapsUrl.writeView(start, { indicator: 'doctors' }),
			regions,
			countries
		).state;
		expect(viewChanged.view).toMatchObject({
			indicator: 'doctors',
			normalisation: 'per-10k-people',
			income: 'L'
		});
		expect(viewChanged.parameters.courses).toBe(500);
		const paramsChanged = gapsUrl.read(
			gapsUrl.writeParameters(defaultParameters, start),
			regions,
			countries
		).state;
		expect(paramsChanged).toEqual({ view: { ...read('').view, income: 'L' }, parameters: defaultParameters });
	});
});

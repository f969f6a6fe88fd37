import { describe, expect, it } from 'vitest';
import { readGapsView, writeGapsView } from './gaps-url';

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

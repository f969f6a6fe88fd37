import { describe, expect, it } from 'vitest';
import type { SectionOutcome } from './section-runner';
import {
	engineCacheRows,
	floorNote,
	interactionRows,
	markdownTable,
	phaseRows,
	summaryRows,
	verdict
} from './table';

const ok = (result: Record<string, unknown>): SectionOutcome => ({
	status: 'ok',
	elapsedMs: 1,
	timeoutMs: 60_000,
	result
});
const sizes = [{ id: '1m', label: '1 M', pageGoalMs: 1800, interactionGoalMs: 100 }];
const find = (rows: ReturnType<typeof summaryRows>, start: string) =>
	rows.find((r) => r.measure.startsWith(start));

describe('verdict', () => {
	it.each([
		[250, 300, 'met'],
		[300, 300, 'met'],
		[690, 300, 'missed (×2.3)'],
		[undefined, 300, '']
	])('%s against %s is %s', (value, goal, expected) => expect(verdict(value, goal)).toBe(expected));
});

describe('summaryRows', () => {
	it('gives the figure, the goal and by how much it is missed', () => {
		const rows = summaryRows({ 'first-screen': ok({ runs: 5, firstScreenMs: 600, bytes: {} }) }, 5, sizes);
		expect(find(rows, 'First screen')).toEqual({
			measure: 'First screen: Overview key figures + SVG map',
			value: '600 ms',
			goal: '≤ 300 ms',
			verdict: 'missed (×2.0)'
		});
	});

	it('holds the first screen to the bare page measured in the same run, and bytes to 100 KB', () => {
		const result = {
			runs: 5,
			firstScreenMs: 240,
			floorMs: 150,
			ratioToFloor: 1.6,
			worstCls: 0.01,
			bytes: { raw: 300_000, gzip: 90 * 1024, brotli: 70 * 1024 }
		};
		const rows = summaryRows({ 'first-screen': ok(result) }, 5, sizes);
		expect(find(rows, '… against a bare static page')).toMatchObject({
			value: '×1.60 (bare page 150 ms)',
			verdict: 'missed (×1.1)'
		});
		expect(find(rows, '… cumulative layout shift')).toMatchObject({ value: '0.010', verdict: 'met' });
		expect(find(rows, 'Bytes before the first screen')).toMatchObject({
			value: '293 KB / 90 KB / 70 KB',
			verdict: 'met'
		});
	});

	it('holds every view to 300 ms for its title and lede and to 0.05 of layout shift, naming the worst', () => {
		const views = {
			'/gaps': {
				languages: { en: { titleMs: 180, cls: 0 }, fr: { titleMs: 320, cls: 0.002 } },
				floorMs: 120
			},
			'/data': { languages: { en: { titleMs: 150, cls: 0.08 } }, floorMs: 110 }
		};
		const result = {
			runs: 5,
			views,
			slowestView: { view: '/gaps', language: 'fr', titleMs: 320, floorMs: 120 },
			worstViewCls: { view: '/data', language: 'en', cls: 0.08 }
		};
		const rows = summaryRows({ 'first-screen': ok(result) }, 5, sizes);
		expect(find(rows, 'Every view')).toMatchObject({
			value: '320 ms (/gaps, fr; bare page of its size 120 ms)',
			verdict: 'missed (×1.1)'
		});
		expect(find(rows, '… cumulative layout shift until')).toMatchObject({
			value: '0.080 (/data, en)',
			verdict: 'missed (×1.6)'
		});
		expect(find(rows, '… by view')?.value).toBe(
			'/gaps 180 ms / 320 ms / – / – (bare page 120 ms), CLS ≤ 0.002; /data 150 ms / – / – / – (bare page 110 ms), CLS ≤ 0.080'
		);
		expect(find(summaryRows({ 'first-screen': ok({ runs: 5 }) }, 5, sizes), 'Every view')).toBeUndefined();
	});

	it('says why a section has no figure, and that the others still count', () => {
		const failed: SectionOutcome = {
			status: 'failed',
			reason: 'RangeError: Array buffer allocation failed',
			elapsedMs: 1,
			timeoutMs: 1,
			result: {}
		};
		const rows = summaryRows(
			{ 'page-1m': failed, 'native-1m': ok({ pageMedianMs: 400, interactionMedianMs: 20 }) },
			5,
			sizes
		);
		expect(find(rows, 'Mentorship page over 1 M')?.value).toBe(
			'failed: RangeError: Array buffer allocation failed'
		);
		expect(find(rows, '… ratio wasm (from the checked copy) / native (checking), 1 M page')?.value).toBe(
			'failed: RangeError: Array buffer allocation failed'
		);
		expect(rows.filter((r) => r.value === '400 ms')).toHaveLength(1);
		expect(find(rows, 'Upload')?.value).toBe('not run');
	});

	it('keeps the partial figures of a section stopped at its limit, with the runs they rest on', () => {
		const stopped: SectionOutcome = {
			status: 'timed out',
			reason: 'stopped at its 20 min limit',
			elapsedMs: 1,
			timeoutMs: 1,
			result: { loadMs: [3000, 5000], loadMedianMs: 4000 }
		};
		const rows = summaryRows({ 'page-1m': stopped, 'native-1m': ok({ pageMedianMs: 1000 }) }, 5, sizes);
		expect(find(rows, 'Mentorship page over 1 M')).toMatchObject({
			value: '4000 ms (median of 2/5 runs) (timed out: stopped at its 20 min limit)',
			verdict: 'missed (×2.2)'
		});
		expect(find(rows, '… ratio wasm (from the checked copy) / native (checking), 1 M page')).toMatchObject({
			value: '4.0',
			verdict: 'missed (×2.0)'
		});
	});

	it('prints as a Markdown table, with pipes in reasons escaped', () => {
		const table = markdownTable([{ measure: 'a|b', value: '1 ms', goal: '', verdict: '' }]);
		expect(table.split('\n')).toEqual([
			'| measure | value | goal | verdict |',
			'| --- | --- | --- | --- |',
			'| a\\|b | 1 ms |  |  |'
		]);
	});
});

describe('phaseRows', () => {
	it('lists navigation → each of the app’s marks a cold load reached, in load order', () => {
		const rows = phaseRows({ phasesMs: { 'duckdb-ready': 4200, 'program-tables-loaded': 12_500 } });
		expect(rows).toEqual([
			{
				measure: '… navigation → each step (medians)',
				value: 'DuckDB ready 4200 ms, program tables loaded 12.5 s',
				goal: '',
				verdict: ''
			}
		]);
	});

	it('gives no row when the page set no marks', () => {
		expect(phaseRows({ phasesMs: {} })).toEqual([]);
		expect(phaseRows(undefined)).toEqual([]);
	});
});

describe('interactionRows', () => {
	const figures = {
		runs: 20,
		p50Ms: 30,
		p95Ms: 80,
		viewsP50Ms: 12,
		viewsP95Ms: 20,
		nativeP50Ms: 10,
		nativeP95Ms: 14
	};

	it('gives p50 and p95 with native beside, judged on the p95, and the ratio of the p50s', () => {
		const rows = interactionRows(ok({ interactions: { 'gaps-indicator': figures } }));
		expect(rows).toEqual([
			{
				measure:
					'/gaps indicator change, default data, 20 changes: p50 / p95 → last view drawn (native p50 / p95)',
				value: '30 ms / 80 ms (native 10 ms / 14 ms)',
				goal: '≤ 50 ms (p95)',
				verdict: 'missed (×1.6)'
			},
			{
				measure: '… p50 / p95 → every view but the map drawn',
				value: '12 ms / 20 ms',
				goal: '',
				verdict: ''
			},
			{
				measure: '… ratio wasm (with rendering) / native, p50',
				value: '3.0',
				goal: '≤ 2',
				verdict: 'missed (×1.5)'
			}
		]);
	});

	it('splits the time into the queries and the map, with the bare map floor beside', () => {
		const split = {
			...figures,
			answeredP50Ms: 9,
			answeredP95Ms: 31,
			mapP50Ms: 18,
			mapP95Ms: 60,
			mapFloorP50Ms: 15,
			mapFloorP95Ms: 22
		};
		const rows = interactionRows(ok({ interactions: { 'mentorship-specialty': split } }));
		expect(rows.map((r) => r.value)).toEqual([
			'30 ms / 80 ms (native 10 ms / 14 ms)',
			'12 ms / 20 ms',
			'9 ms / 31 ms',
			'15 ms / 22 ms (in the app, views drawn → map idle: 18 ms / 60 ms)',
			'3.0'
		]);
	});

	it('says why there is no figure when the section failed', () => {
		const failed: SectionOutcome = {
			status: 'failed',
			reason: 'timeout',
			elapsedMs: 1,
			timeoutMs: 1,
			result: {}
		};
		expect(interactionRows(failed)[0]?.value).toBe('failed: timeout');
	});
});

describe('floorNote', () => {
	it('puts a figure beside the floor of the same run, as a ratio', () => {
		expect(floorNote(3000, 2000)).toBe('(floor 2000 ms, ×1.50)');
	});
	it('says nothing without both figures', () => {
		expect(floorNote(undefined, 2000)).toBe('');
		expect(floorNote(3000, undefined)).toBe('');
	});
});

describe('the floor beside the page', () => {
	it('gives the 1 M page its ratio to the floor of the same run', () => {
		const rows = summaryRows(
			{
				'floor-1m': ok({
					readyMedianMs: 1000,
					answerMedianMs: 1500,
					secondVisitReadyMedianMs: 400,
					answerMs: [1500]
				}),
				'page-1m': ok({ loadMedianMs: 3000, loadMs: [3000] })
			},
			1,
			[{ id: '1m', label: '1 M' }]
		);
		expect(rows.find((r) => r.measure.startsWith('Floor:'))?.value).toBe(
			'1500 ms (engine ready 1000 ms, second visit 400 ms)'
		);
		expect(rows.find((r) => r.measure.startsWith('Mentorship page over 1 M'))?.value).toBe(
			'3000 ms (floor 1500 ms, ×2.00)'
		);
	});
});

describe('the server section', () => {
	it('gives the large database beside the shipped data, with the goals and the p95', () => {
		const rows = summaryRows(
			{
				server: ok({
					rows: 100_000_000,
					floor: { pageMedianMs: 1600, interactionMedianMs: 250 },
					large: { pageMedianMs: 2400, interactionMedianMs: 275, interactionP95Ms: 1070 }
				})
			},
			5,
			sizes
		);
		expect(find(rows, 'Server mode, Mentorship page')).toEqual({
			measure: 'Server mode, Mentorship page over 100 M sessions: navigation → last answer (cold, p50)',
			value: '2400 ms (floor 1600 ms, ×1.50)',
			goal: '≤ 2 s',
			verdict: 'missed (×1.2)'
		});
		expect(find(rows, 'Server mode, specialty change')).toEqual({
			measure: 'Server mode, specialty change over 100 M sessions (p50; p95 1070 ms)',
			value: '275 ms (floor 250 ms, ×1.10)',
			goal: '≤ 300 ms',
			verdict: 'met'
		});
	});

	it('says why there is no figure when the section did not run', () => {
		const rows = summaryRows({}, 5, sizes);
		expect(find(rows, 'Server mode, Mentorship page')?.value).toBe('not run');
		expect(find(rows, 'Server mode, specialty change')?.measure).toBe(
			'Server mode, specialty change over a large sessions table (p50)'
		);
	});
});

describe('engineCacheRows', () => {
	const trace = (lazyCompilations: number, cacheHit: boolean, cachedBytes = 0) => ({
		cacheHit,
		consumedBytes: cacheHit ? 1_545_980 : 0,
		cachedBytes,
		lazyCompilations
	});

	it('gives cold and second visit beside the floor, and how many second visits reused the compiled engine', () => {
		const rows = engineCacheRows(
			ok({
				view: '/',
				coldReadyMs: [2400, 2500],
				secondReadyMs: [1300, 1500],
				coldStartMs: [900, 1100],
				secondStartMs: [700, 800],
				coldReadyMedianMs: 2450,
				secondReadyMedianMs: 1400,
				secondToColdRatio: 1400 / 2450,
				cold: [trace(6577, false, 1_545_948), trace(6600, false, 1_500_000)],
				second: [trace(0, true), trace(116, false)],
				cacheHits: 1
			}),
			{ readyMedianMs: 2000, secondVisitReadyMedianMs: 1900 }
		);
		expect(rows[0]).toMatchObject({
			value:
				"2450 ms / 1400 ms: ×0.57 (floor 2000 ms, ×1.23); the floor's second visit 1900 ms; " +
				'the view asked for the engine at 1000 ms / 750 ms',
			verdict: 'missed (×1.1)'
		});
		expect(rows[1]).toMatchObject({
			value: '1/2; functions compiled on first call 6588.5 cold → 58; compiled module kept 1.5 MB',
			verdict: 'missed'
		});
	});

	it('says why there is no figure when the section did not run', () => {
		const rows = engineCacheRows(undefined, undefined);
		expect(rows.map((r) => r.value)).toEqual(['not run', 'not run']);
	});
});

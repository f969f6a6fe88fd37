/**
 * Interactions on the default (embedded) data, each timed in the page from the change to the last view updated, and
 * the same work in native DuckDB / Node beside it:
 *  - /mentorship, a specialty change: the view's panels drawn with the new slice (`mentorship-drawn` mark) and the
 *    world map idle with its new overlay (`map-drawn` mark); native: the same statements on one DuckDB connection;
 *  - /mentorship, the period's start moved (as the timeline's brush does): the same marks; native: the period's
 *    statements;
 *  - /gaps, an indicator change: the figures and table drawn (`gaps-drawn`) and the map idle with its new colours;
 *    native: the same models over the same rows in Node (the view sends no query on this change).
 * One warm page per view; `runs` changes each (at least 20 for a p95). Where the time goes: /mentorship leaves a
 * `mentorship-answered` mark when a batch's answer is in (change → answered: the queries; → drawn: Svelte and the
 * charts; → map idle: the map), and bench/map-floor.ts times the same map changes on a bare MapLibre page, the
 * machine's floor for a software (SwiftShader) repaint.
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/browser-path.mjs';
import type { MentorshipFilters } from '../src/lib/data/queries/mentorship';
import { mapFloor } from './map-floor';
import { benchMentorship } from './mentorship';
import { nativeGaps } from './native-gaps';
import { percentile } from './stats';

export interface InteractionFigures {
	runs: number;
	/** Change → last view updated (the map included), one per change. */
	samplesMs: number[];
	p50Ms: number;
	p95Ms: number;
	/** Change → every view but the map drawn. */
	viewsP50Ms: number;
	viewsP95Ms: number;
	nativeMs: number[];
	nativeP50Ms: number;
	nativeP95Ms: number;
	/** Change → the batch's answer in (none when the view sends no query, or leaves no answered mark). */
	answeredP50Ms?: number;
	answeredP95Ms?: number;
	/** Every view drawn → the map idle, per change: the app's map share. */
	mapP50Ms: number;
	mapP95Ms: number;
	/** The map's floor for the same kind of change: the bare map's change → idle (bench/map-floor.ts). */
	mapFloorMs?: number[];
	mapFloorP50Ms?: number;
	mapFloorP95Ms?: number;
}

interface PageTimes {
	totalMs: number;
	viewsMs: number;
	/** Change → the batch's answer in (the queries' share), where the view leaves an answered mark. */
	answeredMs?: number;
}

/**
 * In the page: sets a select and dispatches its change, then waits for the view's drawn mark whose detail matches
 * and for the map's next drawn mark. Evaluated as a string through the DevTools protocol (the app's CSP forbids eval).
 */
function changeAndWait(
	selector: string,
	value: string,
	viewMark: string,
	field: string,
	answeredMark?: string,
	withMap = true
): string {
	return `(async () => {
		const after = (name, start, match) => new Promise((resolve) => {
			const check = () => {
				const found = performance.getEntriesByName(name).find((e) => e.startTime >= start && match(e));
				if (found) { clearInterval(timer); resolve(found.startTime); }
			};
			const timer = setInterval(check, 2);
			check();
		});
		const select = document.querySelector(${JSON.stringify(selector)});
		const start = performance.now();
		select.value = ${JSON.stringify(value)};
		select.dispatchEvent(new Event('change', { bubbles: true }));
		const matches = (e) => e.detail && String(e.detail[${JSON.stringify(field)}] ?? '') === ${JSON.stringify(value)};
		const views = await after(${JSON.stringify(viewMark)}, start, matches);
		const map = ${withMap ? "await after('map-drawn', views, () => true)" : 'views'};
		const answered = ${answeredMark ? `performance.getEntriesByName(${JSON.stringify(answeredMark)}).find((e) => e.startTime >= start && matches(e))?.startTime` : 'undefined'};
		return { totalMs: Math.max(views, map) - start, viewsMs: views - start,
			answeredMs: answered === undefined ? undefined : answered - start };
	})()`;
}

async function timeChanges(
	page: Page,
	selector: string,
	values: readonly string[],
	runs: number,
	viewMark: string,
	field: string,
	answeredMark?: string,
	withMap = true
): Promise<PageTimes[]> {
	const times: PageTimes[] = [];
	for (let i = 0; i < runs; i++) {
		const value = values[i % values.length] ?? '';
		times.push(
			(await page.evaluate(
				changeAndWait(selector, value, viewMark, field, answeredMark, withMap)
			)) as PageTimes
		);
	}
	return times;
}

async function optionValues(page: Page, selector: string): Promise<string[]> {
	const select = page.locator(selector);
	const current = await select.inputValue();
	const values = await select
		.locator('option')
		.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
	// Starting from another value than the page's, then cycling through all of them.
	return [...values.filter((v) => v !== current), current];
}

function figures(
	page: readonly PageTimes[],
	native: readonly number[],
	mapFloorMs: readonly number[]
): InteractionFigures {
	const total = page.map((t) => t.totalMs);
	const views = page.map((t) => t.viewsMs);
	const map = page.map((t) => t.totalMs - t.viewsMs);
	const answered = page.flatMap((t) => (t.answeredMs === undefined ? [] : [t.answeredMs]));
	return {
		runs: page.length,
		samplesMs: total,
		p50Ms: percentile(total, 50),
		p95Ms: percentile(total, 95),
		viewsP50Ms: percentile(views, 50),
		viewsP95Ms: percentile(views, 95),
		mapP50Ms: percentile(map, 50),
		mapP95Ms: percentile(map, 95),
		nativeMs: [...native],
		nativeP50Ms: percentile(native, 50),
		nativeP95Ms: percentile(native, 95),
		...(answered.length > 0 && {
			answeredP50Ms: percentile(answered, 50),
			answeredP95Ms: percentile(answered, 95)
		}),
		...(mapFloorMs.length > 0 && {
			mapFloorMs: [...mapFloorMs],
			mapFloorP50Ms: percentile(mapFloorMs, 50),
			mapFloorP95Ms: percentile(mapFloorMs, 95)
		})
	};
}

/** One kind of change on one view: a control, the mark's detail field it shows up in, and the values it takes. */
interface PageInteraction {
	id: string;
	path: 'mentorship' | 'gaps' | 'roi';
	selector: string;
	field: string;
	/** By default every option of the select, the page's own last. */
	values?: string[];
}

/** Every interaction timed, in page order: /mentorship's filters and the timeline's period, /gaps' controls. */
const pageInteractions: PageInteraction[] = [
	{
		id: 'mentorship-specialty',
		path: 'mentorship',
		selector: '[data-testid="filter-specialty"]',
		field: 'specialty'
	},
	{ id: 'mentorship-country', path: 'mentorship', selector: '[data-testid="filter-country"]', field: 'iso3' },
	{ id: 'mentorship-hub', path: 'mentorship', selector: '[data-testid="filter-hub"]', field: 'hubId' },
	{ id: 'mentorship-period', path: 'mentorship', selector: '[data-testid="filter-from"]', field: 'from' },
	{ id: 'gaps-indicator', path: 'gaps', selector: '#gaps-indicator', field: 'indicator' },
	{ id: 'gaps-normalisation', path: 'gaps', selector: '#gaps-normalisation', field: 'normalisation' },
	{ id: 'gaps-region', path: 'gaps', selector: '#gaps-region', field: 'region' },
	{
		id: 'gaps-parameter',
		path: 'gaps',
		selector: '#param-courses',
		field: 'courses',
		values: ['400', '500', '550', '600', '450']
	},
	{
		id: 'roi-parameter',
		path: 'roi',
		selector: '#p-cap1',
		field: 'cap1',
		values: ['1500000', '2500000', '3000000', '1800000', '2050000']
	}
];

export async function interactions(url: string, runs: number, timeout: number, floorPort: number) {
	const count = Math.max(20, runs);
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
	const pageTimes: Record<string, PageTimes[]> = {};
	let canvas: { width: number; height: number } | null = null;
	let mentorshipFilters: MentorshipFilters[] = [];
	try {
		const context = await browser.newContext({
			viewport: { width: 1280, height: 900 },
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		let opened = '';
		for (const step of pageInteractions) {
			if (opened !== step.path) {
				await page.goto(`${url}${step.path}`);
				await page.getByTestId('app-ready').waitFor({ state: 'attached', timeout });
				if (step.path !== 'roi') await page.locator('[data-map-state="drawn"]').first().waitFor({ timeout });
				else await page.locator(step.selector).waitFor({ timeout });
				opened = step.path;
			}
			if (step.id === 'mentorship-specialty') {
				// The map floor is drawn at the app's canvas size, with the overlays of the same filter states.
				canvas = await page.locator('.maplibregl-canvas').first().boundingBox();
				const [from, to] = [
					await page.locator('[data-testid="filter-from"]').inputValue(),
					await page.locator('[data-testid="filter-to"]').inputValue()
				];
				mentorshipFilters = (await optionValues(page, step.selector)).map((s) => ({
					specialty: s || null,
					iso3: null,
					hubId: null,
					from,
					to
				}));
			}
			const mark = `${step.path}-drawn`;
			const answered = step.path === 'mentorship' ? 'mentorship-answered' : undefined;
			const values = step.values ?? (await optionValues(page, step.selector));
			pageTimes[step.id] = await timeChanges(
				page,
				step.selector,
				values,
				count,
				mark,
				step.field,
				answered,
				step.path !== 'roi'
			);
		}
		await context.close();
	} finally {
		await browser.close();
	}
	const native = await benchMentorship('data/program/sessions.csv', count, { rawRows: false });
	const floor = await mapFloor(floorPort, {
		width: Math.round(canvas?.width ?? 600),
		height: Math.round(canvas?.height ?? 400),
		filters: mentorshipFilters,
		runs: count
	});
	const gaps = await nativeGaps(count);
	// A specialty, country or hub change runs the same statements with another value; a period change, the period's.
	const nativeFor = (id: string): number[] =>
		id === 'mentorship-period'
			? native.folded.periodMs
			: id.startsWith('mentorship-')
				? native.folded.specialtyMs
				: (gaps[id] ?? []);
	const result = Object.fromEntries(
		pageInteractions.map((step) => [
			step.id,
			figures(
				pageTimes[step.id] ?? [],
				nativeFor(step.id),
				step.path === 'mentorship' ? floor.overlayMs : step.path === 'gaps' ? floor.fillMs : []
			)
		])
	);
	return {
		runs: count,
		// Kept under its old name for the summary table: the specialty change's p50.
		medianMs: result['mentorship-specialty']?.p50Ms,
		interactions: result
	};
}

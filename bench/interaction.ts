/**
 * Interactions on the default (embedded) data, each timed in the page from the change to the last view updated, and
 * the same work in native DuckDB / Node beside it:
 *  - /mentorship, a specialty change: the view's panels drawn with the new slice (`mentorship-drawn` mark) and the
 *    world map idle with its new overlay (`map-drawn` mark); native: the same statements on one DuckDB connection;
 *  - /mentorship, the period's start moved (as the timeline's brush does): the same marks; native: the period's
 *    statements;
 *  - /gaps, an indicator change: the figures and table drawn (`gaps-drawn`) and the map idle with its new colours;
 *    native: the same models over the same rows in Node (the view sends no query on this change).
 * One warm page per view; `runs` changes each (at least 20 for a p95).
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/browser-path.mjs';
import { gapCountryRecords } from '../src/lib/data/queries/gaps';
import {
	filterGapRows,
	gapViewRows,
	higherIsWorse,
	normalisationsFor,
	rankWorst
} from '../src/lib/models/gap-view';
import { indicatorIds } from '../src/lib/models/indicators';
import { defaultParameters } from '../src/lib/models/parameters';
import { caseMixRtuFromSums } from '../src/lib/models/rtu-case-mix';
import { nodeProgramQuery } from '../tests/support/node-duckdb';
import { benchMentorship } from './mentorship';
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
}

interface PageTimes {
	totalMs: number;
	viewsMs: number;
}

/**
 * In the page: sets a select and dispatches its change, then waits for the view's drawn mark whose detail matches
 * and for the map's next drawn mark. Evaluated as a string through the DevTools protocol (the app's CSP forbids eval).
 */
function changeAndWait(selector: string, value: string, viewMark: string, field: string): string {
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
		const views = await after(${JSON.stringify(viewMark)}, start,
			(e) => e.detail && (e.detail[${JSON.stringify(field)}] ?? '') === ${JSON.stringify(value)});
		const map = await after('map-drawn', views, () => true);
		return { totalMs: Math.max(views, map) - start, viewsMs: views - start };
	})()`;
}

async function timeChanges(
	page: Page,
	selector: string,
	values: readonly string[],
	runs: number,
	viewMark: string,
	field: string
): Promise<PageTimes[]> {
	const times: PageTimes[] = [];
	for (let i = 0; i < runs; i++) {
		const value = values[i % values.length] ?? '';
		times.push((await page.evaluate(changeAndWait(selector, value, viewMark, field))) as PageTimes);
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

function figures(page: readonly PageTimes[], native: readonly number[]): InteractionFigures {
	const total = page.map((t) => t.totalMs);
	const views = page.map((t) => t.viewsMs);
	return {
		runs: page.length,
		samplesMs: total,
		p50Ms: percentile(total, 50),
		p95Ms: percentile(total, 95),
		viewsP50Ms: percentile(views, 50),
		viewsP95Ms: percentile(views, 95),
		nativeMs: [...native],
		nativeP50Ms: percentile(native, 50),
		nativeP95Ms: percentile(native, 95)
	};
}

/** The /gaps models for each indicator change, in Node over the rows the view loads once. */
async function nativeGaps(runs: number): Promise<number[]> {
	const query = await nodeProgramQuery([], {
		reference: ['countries', 'cancer_burden', 'rt_capacity', 'rt_centres']
	});
	try {
		const rows = (await gapCountryRecords(query)).map((r) => ({
			iso3: r.iso3,
			name: r.name,
			region: r.region,
			incomeGroup: r.income_group,
			population: r.population,
			newCases: r.new_cases,
			mvMachines: r.has_record ? r.mv_machines : null,
			caseMixRtu: caseMixRtuFromSums(r.rtu_weighted_cases, r.rtu_named_cases, r.new_cases),
			doctorsPer10k: r.doctors_per_10k,
			gdpPerCapita: r.gdp_per_capita_usd
		}));
		const samples: number[] = [];
		for (let i = 0; i < runs; i++) {
			const indicator = indicatorIds[i % indicatorIds.length]!;
			const normalisation = normalisationsFor(indicator)[0]!;
			const t0 = performance.now();
			const shown = filterGapRows(gapViewRows(rows, defaultParameters, indicator, normalisation), {
				region: null,
				income: null
			});
			rankWorst(shown, higherIsWorse(indicator, normalisation), 10);
			samples.push(performance.now() - t0);
		}
		return samples;
	} finally {
		query.close();
	}
}

export async function interactions(url: string, runs: number, timeout: number) {
	const count = Math.max(20, runs);
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
	try {
		const context = await browser.newContext({
			viewport: { width: 1280, height: 900 },
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		const open = async (path: string) => {
			await page.goto(`${url}${path}`);
			await page.getByTestId('app-ready').waitFor({ state: 'attached', timeout });
			await page.locator('[data-map-state="drawn"]').first().waitFor({ timeout });
		};
		await open('mentorship');
		const specialty = '[data-testid="filter-specialty"]';
		const mentorshipPage = await timeChanges(
			page,
			specialty,
			await optionValues(page, specialty),
			count,
			'mentorship-drawn',
			'specialty'
		);
		const from = '[data-testid="filter-from"]';
		const periodPage = await timeChanges(
			page,
			from,
			await optionValues(page, from),
			count,
			'mentorship-drawn',
			'from'
		);
		await open('gaps');
		const indicator = '#gaps-indicator';
		const gapsPage = await timeChanges(
			page,
			indicator,
			await optionValues(page, indicator),
			count,
			'gaps-drawn',
			'indicator'
		);
		await context.close();
		const native = await benchMentorship('data/program/sessions.csv', count, { rawRows: false });
		const mentorshipSpecialty = figures(mentorshipPage, native.folded.specialtyMs);
		return {
			runs: count,
			// Kept under its old name for the summary table: the specialty change's p50.
			medianMs: mentorshipSpecialty.p50Ms,
			interactions: {
				'mentorship-specialty': mentorshipSpecialty,
				'mentorship-period': figures(periodPage, native.folded.periodMs),
				'gaps-indicator': figures(gapsPage, await nativeGaps(count))
			}
		};
	} finally {
		await browser.close();
	}
}

/**
 * The compiled engine kept: DuckDB ready on the Overview for a new visitor and for the same visitor coming back (the
 * same browser profile, its HTTP cache and service worker kept), each visit traced through the DevTools protocol to
 * see whether Chrome reused the compiled DuckDB module (`v8.wasm.moduleCacheHit`) or compiled it again
 * (`wasm.CompileLazy`, one per function first run). The floor's own second visit is in the floor section.
 */
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../scripts/browser-path.mjs';
import { median } from './stats';

export interface TraceEvent {
	name: string;
	args?: Record<string, unknown>;
}

/** What one visit's trace says about DuckDB's compiled module. */
export interface EngineTrace {
	/** Chrome found the compiled module in its code cache and V8 accepted it. */
	cacheHit: boolean;
	/** Bytes of compiled code read from the cache (0 without a hit). */
	consumedBytes: number;
	/** The largest compiled module Chrome wrote to its cache during the visit (0: none written). */
	cachedBytes: number;
	/** Functions compiled on first call: thousands when the module was compiled again, few after a hit. */
	lazyCompilations: number;
}

const ENGINE_FILE = /duckdb-eh[^/]*\.wasm$/;

/** Reads a visit's trace events (categories `v8.wasm` and `disabled-by-default-devtools.timeline`). */
export function readEngineTrace(events: readonly TraceEvent[]): EngineTrace {
	const ofEngine = (e: TraceEvent) => typeof e.args?.url !== 'string' || ENGINE_FILE.test(e.args.url);
	const bytes = (e: TraceEvent, key: string) =>
		typeof e.args?.[key] === 'number' ? (e.args[key] as number) : 0;
	const hits = events.filter((e) => e.name === 'v8.wasm.moduleCacheHit' && ofEngine(e));
	const rejected = events.some((e) => /^v8\.wasm\.moduleCacheInvalid/.test(e.name));
	return {
		cacheHit: hits.length > 0 && !rejected,
		consumedBytes: Math.max(0, ...hits.map((e) => bytes(e, 'consumedCacheSize'))),
		cachedBytes: Math.max(
			0,
			...events.filter((e) => e.name === 'v8.wasm.cachedModule').map((e) => bytes(e, 'producedCacheSize'))
		),
		lazyCompilations: events.filter((e) => e.name === 'wasm.CompileLazy').length
	};
}

const CATEGORIES = 'v8.wasm,disabled-by-default-devtools.timeline';
/** Where the app notes that its once-per-build warm-up ran (src/lib/data/engine-warmup.ts). */
const WARMED_KEY = 'icec-engine-warmed';
/** After the first visit's warm-up, as in bench/floor.ts: the user stays a moment, then comes back. */
const FIRST_VISIT_IDLE_MS = 10_000;

async function traced<T>(page: Page, visit: () => Promise<T>): Promise<{ value: T; trace: EngineTrace }> {
	const cdp: CDPSession = await page.context().newCDPSession(page);
	const events: TraceEvent[] = [];
	cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
	const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
	await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
	let value: T;
	try {
		value = await visit();
	} finally {
		await cdp.send('Tracing.end');
		await complete;
		await cdp.detach();
	}
	return { value, trace: readEngineTrace(events) };
}

const markAt = (name: string) => `(performance.getEntriesByName(${JSON.stringify(name)})[0] || {}).startTime`;

/** Navigation → DuckDB ready, and → the app asking for the engine (`duckdb-start`), in ms. */
async function duckdbReady(page: Page, url: string): Promise<{ readyMs: number; startMs: number }> {
	await page.goto(url);
	// Polled from here: a predicate run inside the page would need eval, which the app's CSP refuses.
	for (let waited = 0; waited < 300_000; waited += 50) {
		const ms = (await page.evaluate(markAt('duckdb-ready'))) as number | undefined;
		if (Number.isFinite(ms))
			return { readyMs: ms as number, startMs: (await page.evaluate(markAt('duckdb-start'))) as number };
		await page.waitForTimeout(50);
	}
	throw new Error(`${url}: no duckdb-ready mark after 300 s`);
}

async function warmedUp(page: Page): Promise<void> {
	const read = `localStorage.getItem(${JSON.stringify(WARMED_KEY)})`;
	for (let waited = 0; waited < 300_000; waited += 200) {
		if ((await page.evaluate(read)) !== null) return;
		await page.waitForTimeout(200);
	}
	throw new Error('the engine warm-up did not finish within 300 s');
}

export interface EngineCacheResult {
	view: string;
	coldReadyMs: number[];
	secondReadyMs: number[];
	/** Navigation → the view asking for the engine, each visit: what of the ready time is not the engine's. */
	coldStartMs: number[];
	secondStartMs: number[];
	coldReadyMedianMs: number;
	secondReadyMedianMs: number;
	/** Second visit / cold visit, medians. */
	secondToColdRatio: number;
	cold: EngineTrace[];
	second: EngineTrace[];
	/** Runs whose second visit reused the compiled module. */
	cacheHits: number;
}

/** `runs` times: a new profile, a cold visit of `view` traced, the warm-up and a pause, a second visit traced. */
export async function engineCache(
	baseUrl: string,
	runs: number,
	save: (partial: EngineCacheResult) => void,
	view = '/'
): Promise<EngineCacheResult> {
	const url = new URL(view, baseUrl).href;
	const result: EngineCacheResult = {
		view,
		coldReadyMs: [],
		secondReadyMs: [],
		coldStartMs: [],
		secondStartMs: [],
		coldReadyMedianMs: NaN,
		secondReadyMedianMs: NaN,
		secondToColdRatio: NaN,
		cold: [],
		second: [],
		cacheHits: 0
	};
	for (let i = 0; i < runs; i++) {
		const profile = mkdtempSync(join(tmpdir(), 'icec-bench-engine-'));
		const context = await chromium.launchPersistentContext(profile, {
			executablePath: chromiumPath(),
			args: chromiumArgs,
			viewport: { width: 1280, height: 900 }
		});
		try {
			const page = context.pages()[0] ?? (await context.newPage());
			const cold = await traced(page, async () => {
				const ready = await duckdbReady(page, url);
				await warmedUp(page);
				await page.waitForTimeout(FIRST_VISIT_IDLE_MS);
				return ready;
			});
			const second = await traced(page, () => duckdbReady(page, url));
			result.coldReadyMs.push(cold.value.readyMs);
			result.secondReadyMs.push(second.value.readyMs);
			result.coldStartMs.push(cold.value.startMs);
			result.secondStartMs.push(second.value.startMs);
			result.cold.push(cold.trace);
			result.second.push(second.trace);
			result.cacheHits += second.trace.cacheHit ? 1 : 0;
			result.coldReadyMedianMs = median(result.coldReadyMs);
			result.secondReadyMedianMs = median(result.secondReadyMs);
			result.secondToColdRatio = result.secondReadyMedianMs / result.coldReadyMedianMs;
			save(result);
		} finally {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	}
	return result;
}

import { chromium, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromiumArgs, chromiumPath } from '../scripts/browser-path.mjs';
import { median } from './stats';

export interface Bytes {
	raw: number;
	gzip: number;
	brotli: number;
}

export interface FirstScreenRun {
	firstScreenMs: number;
	duckdbReadyMs: number;
	mapDrawnMs: number;
	/** DuckDB ready on a second visit in the same profile: files from the service worker's cache. */
	secondVisitDuckdbReadyMs: number;
	/** Bytes fetched before the first screen, by kind: raw, and as the build's files compress. */
	bytes: Record<string, Bytes>;
}

function kindOf(url: string): string {
	if (url.endsWith('.wasm')) return 'wasm';
	if (/\.(m?js)(\?|$)/.test(url)) return 'js';
	if (url.endsWith('.css')) return 'css';
	if (/\.(parquet|json|csv)(\?|$)/.test(url)) return 'data';
	return 'other';
}

/** The file in build/ that a URL served; its gzip and brotli sizes are what a compressing host would send. */
function compressed(url: string): Bytes {
	let path = new URL(url).pathname;
	if (path.endsWith('/')) path += 'index.html';
	const file = `build${path}`;
	const candidates = [file, `${file}.html`];
	const found = candidates.find((f) => existsSync(f));
	if (!found) return { raw: 0, gzip: 0, brotli: 0 };
	const body = readFileSync(found);
	return { raw: body.length, gzip: gzipSync(body).length, brotli: brotliCompressSync(body).length };
}

// A string, not a function: tsx would wrap named functions in a helper the page does not have.
const markTime = (name: string) =>
	`(() => { const e = performance.getEntriesByName(${JSON.stringify(name)})[0]; return e ? e.startTime : NaN; })()`;

/** A mark's time; a mark the page never set fails the run, rather than enter the median as NaN. */
async function mark(page: Page, name: string): Promise<number> {
	const ms = (await page.evaluate(markTime(name))) as number;
	if (!Number.isFinite(ms)) throw new Error(`the page set no '${name}' mark`);
	return ms;
}

/**
 * How long the first visit stays open once ready: a user comes back after the first visit has settled, and Chrome
 * writes its code caches a little after the code has run.
 */
const FIRST_VISIT_IDLE_MS = 10_000;

/**
 * One cold load of the Overview in a new browser with an empty profile, then a second visit once the service worker
 * is in. A profile on disk, not an incognito context: Chrome keeps no compiled code for incognito contexts.
 */
async function coldLoad(url: string): Promise<FirstScreenRun> {
	const profile = mkdtempSync(join(tmpdir(), 'icec-bench-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		args: chromiumArgs,
		viewport: { width: 1280, height: 900 }
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(url);
		await page.getByTestId('app-ready').waitFor({ state: 'attached', timeout: 300_000 });
		await page.locator('[data-map-state="drawn"]').first().waitFor({ timeout: 300_000 });
		const firstScreenMs = await mark(page, 'first-screen');
		const resources = (await page.evaluate(`performance.getEntriesByType('resource')
		.filter((r) => r.responseEnd <= ${firstScreenMs}).map((r) => r.name)`)) as string[];
		const bytes: Record<string, Bytes> = {};
		for (const resource of [url, ...resources]) {
			const kind = resource === url ? 'html' : kindOf(resource);
			const size = compressed(resource);
			const sum = (bytes[kind] ??= { raw: 0, gzip: 0, brotli: 0 });
			sum.raw += size.raw;
			sum.gzip += size.gzip;
			sum.brotli += size.brotli;
		}
		const duckdbReadyMs = await mark(page, 'duckdb-ready');
		const mapDrawnMs = await mark(page, 'map-drawn');
		await page.evaluate('navigator.serviceWorker.ready.then(() => undefined)');
		await page.waitForTimeout(FIRST_VISIT_IDLE_MS);
		await page.goto(url);
		await page.getByTestId('app-ready').waitFor({ state: 'attached', timeout: 300_000 });
		const secondVisitDuckdbReadyMs = await mark(page, 'duckdb-ready');
		return { firstScreenMs, duckdbReadyMs, mapDrawnMs, secondVisitDuckdbReadyMs, bytes };
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
}

export type FirstScreenResult = ReturnType<typeof summarise>;

function summarise(samples: FirstScreenRun[]) {
	const of = (pick: (s: FirstScreenRun) => number) => median(samples.map(pick));
	return {
		runs: samples.length,
		firstScreenMs: of((s) => s.firstScreenMs),
		duckdbReadyMs: of((s) => s.duckdbReadyMs),
		secondVisitDuckdbReadyMs: of((s) => s.secondVisitDuckdbReadyMs),
		mapDrawnMs: of((s) => s.mapDrawnMs),
		bytes: samples[0]?.bytes ?? {},
		samples
	};
}

/** Medians of `runs` cold loads; `save` gets the medians so far after each load. */
export async function firstScreen(
	url: string,
	runs: number,
	save: (partial: FirstScreenResult) => void = () => undefined
): Promise<FirstScreenResult> {
	const samples: FirstScreenRun[] = [];
	for (let i = 0; i < runs; i++) {
		samples.push(await coldLoad(url));
		save(summarise(samples));
	}
	return summarise(samples);
}

import { chromium, type Browser } from '@playwright/test';
import { chromiumPath } from '../scripts/browser-path.mjs';
import { median } from './stats';

export interface FirstScreenRun {
	duckdbReadyMs: number;
	mapDrawnMs: number;
	/** Bytes the page fetched before the map was drawn, by kind, uncompressed (as served by vite preview). */
	bytes: Record<string, number>;
}

const launchArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader'
];

function kindOf(url: string): string {
	if (url.endsWith('.wasm')) return 'wasm';
	if (/\.(m?js)(\?|$)/.test(url)) return 'js';
	if (url.endsWith('.css')) return 'css';
	if (/\.(parquet|json|csv)(\?|$)/.test(url)) return 'data';
	return 'other';
}

/** One cold load of a view in a fresh browser context (empty cache): time to DuckDB ready, app ready, map drawn. */
async function coldLoad(browser: Browser, url: string): Promise<FirstScreenRun> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await page.goto(url);
	await page.getByTestId('app-ready').waitFor({ state: 'attached', timeout: 120_000 });
	await page.locator('[data-map-state="drawn"]').first().waitFor({ timeout: 120_000 });
	// A string, not a function: tsx would wrap named functions in a helper the page does not have.
	const timings = (await page.evaluate(`(() => {
		const duckdb = performance.getEntriesByName('duckdb-ready')[0];
		const map = performance.getEntriesByName('map-drawn')[0];
		const mapDrawn = map ? map.startTime : NaN;
		return {
			duckdbReadyMs: duckdb ? duckdb.startTime : NaN,
			mapDrawnMs: mapDrawn,
			resources: performance.getEntriesByType('resource')
				.filter((r) => r.responseEnd <= mapDrawn)
				.map((r) => ({ url: r.name, size: r.decodedBodySize })),
			document: performance.getEntriesByType('navigation')[0].decodedBodySize
		};
	})()`)) as {
		duckdbReadyMs: number;
		mapDrawnMs: number;
		resources: { url: string; size: number }[];
		document: number;
	};
	await context.close();
	const bytes: Record<string, number> = { html: timings.document };
	for (const { url: resource, size } of timings.resources) {
		const kind = kindOf(resource);
		bytes[kind] = (bytes[kind] ?? 0) + size;
	}
	return {
		duckdbReadyMs: timings.duckdbReadyMs,
		mapDrawnMs: timings.mapDrawnMs,
		bytes
	};
}

export async function firstScreen(url: string, runs: number) {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: launchArgs });
	try {
		const samples: FirstScreenRun[] = [];
		for (let i = 0; i < runs; i++) samples.push(await coldLoad(browser, url));
		return {
			runs,
			duckdbReadyMs: median(samples.map((s) => s.duckdbReadyMs)),
			mapDrawnMs: median(samples.map((s) => s.mapDrawnMs)),
			bytes: samples[0]?.bytes ?? {}
		};
	} finally {
		await browser.close();
	}
}

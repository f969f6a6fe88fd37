import { chromium, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromiumArgs, chromiumPath } from '../scripts/browser-path.mjs';
import { floorPage, serveFloor } from './floor-page';
import { median } from './stats';
import { viewFrames, worstFrames, type ViewFrames } from './view-frames';

export interface Bytes {
	raw: number;
	gzip: number;
	brotli: number;
}

/** One cold load of a page as a user sees it, times in ms from navigation start. */
export interface PaintRun {
	fcpMs: number;
	lcpMs: number;
	/** The first frame with the key figures and the SVG map in the document, painted (never before the FCP). */
	visibleMs: number;
	/** Cumulative layout shift over the whole load: maplibre's takeover and the corps figures included. */
	cls: number;
	/** Bytes fetched before `visibleMs`, the document included: raw, and as the build's files compress. */
	bytes: Bytes;
	mapDrawnMs?: number;
	duckdbReadyMs?: number;
}

/** The Overview's stable address per language (src/hooks.ts), and the bare page of the same size as the floor. */
export const pages = { floor: '', en: '', fr: 'fr', es: 'es', pt: 'pt' } as const;
type PageId = keyof typeof pages;
const overview = '[data-testid="kpi-gap"]';
const svgMap = '[data-testid="world-svg"] path';
const FLOOR_PORT = Number(process.env.BENCH_FLOOR_PORT ?? 4198);

/** A string, not a function: tsx would wrap named functions in a helper the page does not have. */
export const observe = (selector: string) => `(() => {
	const fs = (window.__firstScreen = { fcp: NaN, lcp: NaN, cls: 0, frame: NaN });
	new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') fs.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
	new PerformanceObserver((l) => { for (const e of l.getEntries()) fs.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
	new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) fs.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
	const check = (t) => { if (${selector
		.split(',')
		.map((s) => `document.querySelector(${JSON.stringify(s)})`)
		.join(' && ')}) fs.frame = t; else requestAnimationFrame(check); };
	requestAnimationFrame(check);
})()`;

function compressed(body: Buffer): Bytes {
	return { raw: body.length, gzip: gzipSync(body).length, brotli: brotliCompressSync(body).length };
}

/** The file in build/ that a URL served (the floor page is not in build/: it is passed in). */
function builtFile(url: string): Buffer | null {
	let path = new URL(url).pathname;
	if (path.endsWith('/')) path += 'index.html';
	const found = [`build${path}`, `build${path}.html`].find((f) => existsSync(f) && statSync(f).isFile());
	return found ? readFileSync(found) : null;
}

async function read(page: Page): Promise<{ fcp: number; lcp: number; cls: number; frame: number }> {
	return (await page.evaluate('window.__firstScreen')) as {
		fcp: number;
		lcp: number;
		cls: number;
		frame: number;
	};
}

async function mark(page: Page, name: string): Promise<number | undefined> {
	const ms = (await page.evaluate(
		`(performance.getEntriesByName(${JSON.stringify(name)})[0] || {}).startTime`
	)) as number | undefined;
	return Number.isFinite(ms) ? ms : undefined;
}

/** One cold load in a new browser with an empty profile (Chrome keeps no code cache for incognito contexts). */
async function coldLoad(id: PageId, url: string, floorHtml: Buffer): Promise<PaintRun> {
	const profile = mkdtempSync(join(tmpdir(), 'icec-bench-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		args: chromiumArgs,
		viewport: { width: 1280, height: 900 }
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.addInitScript(observe(id === 'floor' ? '#floor' : `${overview},${svgMap}`));
		await page.goto(url);
		// Polled from here: a predicate run inside the page would need eval, which the app's CSP refuses.
		const shown = 'Number.isFinite(window.__firstScreen.frame) && Number.isFinite(window.__firstScreen.fcp)';
		while (!(await page.evaluate(shown))) await page.waitForTimeout(20);
		let mapDrawnMs: number | undefined;
		if (id !== 'floor') {
			// The whole load, for the layout shift: maplibre's takeover and the corps figures.
			await page.locator('[data-map-state="drawn"]').first().waitFor({ timeout: 300_000 });
			await page.getByTestId('glance-experts').waitFor({ timeout: 300_000 });
			mapDrawnMs = await mark(page, 'map-drawn');
		}
		const seen = await read(page);
		const visibleMs = Math.max(seen.fcp, seen.frame);
		const resources = (await page.evaluate(`performance.getEntriesByType('resource')
			.filter((r) => r.responseEnd <= ${visibleMs}).map((r) => r.name)`)) as string[];
		const bytes: Bytes = { raw: 0, gzip: 0, brotli: 0 };
		for (const resource of id === 'floor' ? [url] : [url, ...resources]) {
			const body = id === 'floor' ? floorHtml : builtFile(resource);
			if (!body) continue;
			const size = compressed(body);
			bytes.raw += size.raw;
			bytes.gzip += size.gzip;
			bytes.brotli += size.brotli;
		}
		return {
			fcpMs: seen.fcp,
			lcpMs: seen.lcp,
			visibleMs,
			cls: seen.cls,
			bytes,
			mapDrawnMs,
			duckdbReadyMs: id === 'floor' ? undefined : await mark(page, 'duckdb-ready')
		};
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
}

export type FirstScreenResult = ReturnType<typeof summarise>;

/** Medians of one page's runs, bytes included: a slower paint lets more scripts arrive before it. */
interface PageSummary {
	runs: number;
	fcpMs?: number;
	lcpMs?: number;
	visibleMs?: number;
	cls?: number;
	mapDrawnMs?: number;
	duckdbReadyMs?: number;
	bytes?: Bytes;
}

function summarisePage(list: readonly PaintRun[]): PageSummary {
	const of = (pick: (s: PaintRun) => number | undefined) => {
		const values = list.map(pick).filter((v): v is number => v !== undefined);
		return values.length > 0 ? median(values) : undefined;
	};
	return {
		runs: list.length,
		fcpMs: of((s) => s.fcpMs),
		lcpMs: of((s) => s.lcpMs),
		visibleMs: of((s) => s.visibleMs),
		cls: of((s) => s.cls),
		mapDrawnMs: of((s) => s.mapDrawnMs),
		duckdbReadyMs: of((s) => s.duckdbReadyMs),
		bytes:
			list.length > 0
				? { raw: of((s) => s.bytes.raw)!, gzip: of((s) => s.bytes.gzip)!, brotli: of((s) => s.bytes.brotli)! }
				: undefined
	};
}

function summarise(samples: Partial<Record<PageId, PaintRun[]>>, views: Record<string, ViewFrames> = {}) {
	const byPage = {} as Record<PageId, PageSummary>;
	for (const id of Object.keys(pages) as PageId[]) byPage[id] = summarisePage(samples[id] ?? []);
	const floorMs = byPage.floor.visibleMs;
	const en = byPage.en;
	return {
		runs: en.runs,
		// The figures the summary table reads: the English Overview, and the floor measured in the same run.
		firstScreenMs: en.visibleMs,
		floorMs,
		ratioToFloor: en.visibleMs !== undefined && floorMs ? en.visibleMs / floorMs : undefined,
		worstCls: Math.max(...(['en', 'fr', 'es', 'pt'] as const).map((id) => byPage[id].cls ?? 0)),
		slowestOtherLanguageMs: Math.max(...(['fr', 'es', 'pt'] as const).map((id) => byPage[id].visibleMs ?? 0)),
		mapDrawnMs: en.mapDrawnMs,
		duckdbReadyMs: en.duckdbReadyMs,
		bytes: en.bytes,
		pages: byPage,
		samples,
		// Every other view: its title and lede painted, and its layout shift until its data is drawn.
		views,
		...worstFrames(views)
	};
}

/**
 * Medians of `runs` cold loads of each page: the Overview in each language and the bare page of the same size, taken
 * in turn within each round so that the machine's load weighs on all of them alike; then every other view's frame
 * (bench/view-frames.ts). `save` gets the medians so far.
 */
export async function firstScreen(
	url: string,
	runs: number,
	save: (partial: FirstScreenResult) => void = () => undefined
): Promise<FirstScreenResult> {
	const size = builtFile(url)?.length ?? 0;
	const floorHtml = Buffer.from(floorPage(size));
	const server = await serveFloor(floorHtml.toString(), FLOOR_PORT);
	const samples: Partial<Record<PageId, PaintRun[]>> = {};
	try {
		for (let i = 0; i < runs; i++) {
			for (const [id, path] of Object.entries(pages) as [PageId, string][]) {
				const target = id === 'floor' ? `http://127.0.0.1:${FLOOR_PORT}/` : new URL(path, url).href;
				(samples[id] ??= []).push(await coldLoad(id, target, floorHtml));
			}
			save(summarise(samples));
		}
	} finally {
		server.close();
	}
	const views = await viewFrames(url, runs, (partial) => save(summarise(samples, partial)));
	return summarise(samples, views);
}

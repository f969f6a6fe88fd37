/**
 * The Mentorship page over a large generated sessions file, in headless Chromium against the production build:
 *  1. the file is loaded once on the Data page, as a user would (kept in the browser's storage, on disk: the browser
 *     runs with a profile of its own, as a user's does);
 *  2. cold loads: each run opens the page in a new tab with the HTTP cache off and no service worker, so the app code,
 *     DuckDB's wasm and the default tables are fetched and compiled again, and the stored file is read and checked
 *     again in DuckDB. Timed from navigation to the last answer: headline figures, charts and tables all showing the
 *     filtered period and specialty (the view's data-state "ready" with the app's ready marker);
 *  3. interaction on the last page: a specialty change → every linked chart and table updated, timed in the page;
 *  4. the browser's memory with the file loaded (all its processes, from /proc): the largest of the readings after
 *     the upload, after the last cold load and after the interactions.
 * Cold loads stop early when the time budget runs out (at least one is made), so a slow file still yields figures.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { chromiumArgs, chromiumPath } from '../scripts/browser-path.mjs';
import { programSpace } from '../src/lib/data/program-storage';
import { CACHE_DIR } from './files';
import { browserMemory, type BrowserMemory } from './processes';
import { median } from './stats';

export interface LargePageResult {
	file: string;
	bytes: number;
	/** Choosing the file → the report shown → "Load" → rows queryable, once. */
	uploadMs: number;
	uploadSummary: string;
	/** Load done → the checked copy of the accepted rows kept in storage for reloads; null when not kept in time. */
	checkedCopyMs: number | null;
	runsPlanned: number;
	/** Navigation → last answer, one per cold load. */
	loadMs: number[];
	loadMedianMs: number;
	/** Where the time of a cold load went: navigation → each of the app's marks, medians over the loads. */
	phasesMs: Partial<Record<LoadPhase, number>>;
	/** What the timeline's title said on the last load: evidence the file's rows were counted. */
	timelineTitle: string;
	/** Specialty change → every linked view updated, one per change, on the last loaded page. */
	interactionMs: number[];
	interactionMedianMs: number;
	memory: BrowserMemory;
}

/** The app's performance marks on the way to the page's answers, in the order they are set. */
const LOAD_PHASES = ['duckdb-ready', 'program-checked-copy-read', 'program-tables-loaded'] as const;
type LoadPhase = (typeof LOAD_PHASES)[number];

const FILTERED_PATH = 'mentorship?specialty=radiation_oncology';

// Strings, not functions: tsx would wrap named functions in a helper the page does not have. Evaluated through the
// DevTools protocol, which the app's Content-Security-Policy allows (it forbids eval, and so waitForFunction).
const READY = `(() => {
	const view = document.querySelector('[data-testid="mentorship-view"]');
	return view && view.getAttribute('data-state') === 'ready' && document.querySelector('[data-testid="app-ready"]')
		? performance.now() : false;
})()`;

/** The page's clock when `condition` (an expression worth a time or false) first holds; checked every 10 ms. */
function whenReady(condition: string): string {
	return `new Promise((resolve) => {
		const check = () => {
			const t = ${condition};
			if (t) resolve(t);
			else setTimeout(check, 10);
		};
		check();
	})`;
}

/** The longest the bench waits for the checked copy: a file below the large-file size never gets one. */
const COPY_WAIT_MS = 5 * 60_000;

/** Resolves (the page's clock) once a checked copy's key is in the app's storage: the copy is complete. */
const CHECKED_COPY_KEPT = `(async () => {
	const root = await navigator.storage.getDirectory();
	const dir = await root.getDirectoryHandle(${JSON.stringify(programSpace.directory)}, { create: true });
	for (;;) {
		for await (const name of dir.keys()) if (name.endsWith('.checked-key.bin')) return performance.now();
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
})()`;

/** Rejects after `ms`: a wait in the page has no timeout of its own. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const limit = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what}: not done in ${Math.round(ms / 1000)} s`)), ms);
	});
	return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

async function uploadOnce(page: Page, url: string, file: string, timeout: number) {
	await page.goto(new URL('data', url).href);
	await page.getByTestId('app-ready').waitFor({ state: 'attached', timeout });
	await page.getByTestId('program-tables').waitFor({ timeout });
	const t0 = Date.now();
	await page.getByTestId('file-input').setInputFiles(file);
	await page.getByTestId('upload-review').waitFor({ timeout });
	const uploadSummary = (await page.getByTestId('upload-summary').textContent())?.trim() ?? '';
	await page
		.getByTestId('upload-review')
		.getByRole('button', { name: /^Load / })
		.click();
	await page.getByTestId('upload-done').waitFor({ timeout });
	const uploadMs = Date.now() - t0;
	// A user's tab stays open while the app keeps the checked copy; the bench's would close at once, and every cold
	// load would then check the file again.
	const checkedCopyMs = await within(
		page.evaluate(CHECKED_COPY_KEPT),
		Math.min(timeout, COPY_WAIT_MS),
		'the copy'
	).then(
		() => Date.now() - t0 - uploadMs,
		() => null
	);
	return { uploadMs, uploadSummary, checkedCopyMs };
}

/** One cold load in a new tab: navigation → the filtered page fully answered, in the page's own clock. */
async function coldLoad(
	context: BrowserContext,
	url: string,
	timeout: number
): Promise<[Page, number, Partial<Record<LoadPhase, number>>]> {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await page.goto(new URL(FILTERED_PATH, url).href, { waitUntil: 'commit', timeout });
	const ms = (await within(page.evaluate(whenReady(READY)), timeout, 'the page')) as number;
	const phases: Partial<Record<LoadPhase, number>> = {};
	for (const phase of LOAD_PHASES) {
		const at = (await page.evaluate(
			`performance.getEntriesByName(${JSON.stringify(phase)})[0]?.startTime ?? null`
		)) as number | null;
		if (at !== null) phases[phase] = at;
	}
	return [page, ms, phases];
}

/** Specialty changes on a loaded page, each timed in the page from the change to every linked view updated. */
export async function specialtyChanges(page: Page, runs: number, timeout: number): Promise<number[]> {
	const select = page.getByTestId('filter-specialty');
	const current = await select.inputValue();
	const values = (
		await select
			.locator('option')
			.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
	).filter((v) => v !== '' && v !== current);
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		// A specialty not chosen before on this page: the view keeps answers it has seen, and would not query again.
		const value = values[i % values.length] ?? '';
		await page.evaluate(`(() => {
			const select = document.querySelector('[data-testid="filter-specialty"]');
			window.__benchStart = performance.now();
			select.value = ${JSON.stringify(value)};
			select.dispatchEvent(new Event('change', { bubbles: true }));
		})()`);
		const done = whenReady(
			`new URL(location.href).searchParams.get('specialty') === ${JSON.stringify(value)} && ${READY}`
		);
		const end = (await within(page.evaluate(done), timeout, 'the specialty change')) as number;
		samples.push(end - ((await page.evaluate('window.__benchStart')) as number));
	}
	return samples;
}

/** Each phase's median over the loads that reached it. */
function medianPhases(loads: Partial<Record<LoadPhase, number>>[]): Partial<Record<LoadPhase, number>> {
	const medians: Partial<Record<LoadPhase, number>> = {};
	for (const phase of LOAD_PHASES) {
		const times = loads.map((l) => l[phase]).filter((t): t is number => t !== undefined);
		if (times.length > 0) medians[phase] = median(times);
	}
	return medians;
}

export async function largeFilePage(
	url: string,
	file: string,
	options: { runs: number; budgetMs: number; save: (partial: Partial<LargePageResult>) => void }
): Promise<LargePageResult> {
	const started = Date.now();
	const left = () => Math.max(60_000, options.budgetMs - (Date.now() - started));
	const profile = mkdtempSync(`${CACHE_DIR}/profile-`);
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		args: chromiumArgs,
		viewport: { width: 1280, height: 900 },
		serviceWorkers: 'block'
	});
	try {
		const result: Partial<LargePageResult> = {
			file: basename(file),
			bytes: statSync(file).size,
			runsPlanned: options.runs,
			loadMs: []
		};
		const first = context.pages()[0] ?? (await context.newPage());
		Object.assign(result, await uploadOnce(first, url, file, left()));
		// A first reading with the file just loaded, kept should the cold loads not finish in time.
		result.memory = browserMemory();
		await first.close();
		options.save(result);

		let page: Page | null = null;
		const loads: number[] = [];
		const phases: Partial<Record<LoadPhase, number>>[] = [];
		// Each load takes about as long as the last; stop when another would not fit in the first half of the budget,
		// leaving the rest for the interaction and the memory reading.
		while (loads.length < options.runs) {
			const last = loads.at(-1) ?? 0;
			if (loads.length > 0 && Date.now() - started + last * 1.5 > options.budgetMs / 2) break;
			await page?.close();
			const [next, ms, marks] = await coldLoad(context, url, left());
			page = next;
			loads.push(ms);
			phases.push(marks);
			Object.assign(result, { loadMs: loads, loadMedianMs: median(loads), phasesMs: medianPhases(phases) });
			options.save(result);
		}
		if (!page) throw new Error('no page was loaded');
		result.timelineTitle = (await page.getByTestId('timeline-title').textContent())?.trim() ?? '';
		// The largest reading counts: after the upload, after a cold load, after the interactions.
		const keepLarger = (reading: BrowserMemory) => {
			if (reading.totalBytes > (result.memory?.totalBytes ?? 0)) result.memory = reading;
		};
		keepLarger(browserMemory());
		options.save(result);
		const changes = await specialtyChanges(page, options.runs, left());
		Object.assign(result, { interactionMs: changes, interactionMedianMs: median(changes) });
		keepLarger(browserMemory());
		options.save(result);
		return result as LargePageResult;
	} finally {
		await context.close().catch(() => undefined);
		rmSync(profile, { recursive: true, force: true });
	}
}

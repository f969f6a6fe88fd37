import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectCleanRun, watchPage } from './support/app';

const kpis = [
	'kpi-new-cases',
	'kpi-rt-need',
	'kpi-machines',
	'kpi-machines-needed',
	'kpi-gap',
	'kpi-access',
	'kpi-zero-machines',
	'kpi-no-record'
];

/** Holds DuckDB's wasm until `release()`: the first screen can be read before DuckDB could possibly answer. */
async function holdDuckDb(page: Page): Promise<() => void> {
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/*.wasm', async (route) => {
		await gate;
		await route.continue();
	});
	return release;
}

async function figures(page: Page): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const id of kpis) out[id] = (await page.getByTestId(id).textContent()) ?? '';
	out['top-gap-title'] = (await page.getByTestId('top-gap-title').textContent()) ?? '';
	const bars = page.getByTestId('top-gaps').locator('.bars text');
	out['top-gap-bars'] = (await bars.allTextContents()).join(' ');
	const rows = page.getByTestId('capacity-table').locator('tbody tr');
	for (let i = 0; i < 10; i++) out[`row-${i}`] = (await rows.nth(i).textContent()) ?? '';
	out['map-paths'] = String(await page.getByTestId('world-svg').locator('path').count());
	return out;
}

const title = (lang: string) =>
	(JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8')) as Record<string, string>).overview_title;
/** The Overview's stable address per language, and how that language groups thousands. */
const languages = [
	{ path: '/', lang: 'en', machines: /^\d{1,3}(,\d{3})+$/ },
	{ path: '/fr', lang: 'fr', machines: /^\d{1,3}(\u202f\d{3})+$/ },
	{ path: '/es', lang: 'es', machines: /^\d{1,3}(\.\d{3})+$/ },
	{ path: '/pt', lang: 'pt', machines: /^\d{1,3}(\.\d{3})+$/ }
];

for (const { path, lang, machines } of languages) {
	test(`${path} is the Overview in '${lang}' in the HTML itself: figures, ten largest gaps and map without scripts`, async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(lang) ?? '');
		await expect(page.getByTestId('kpi-machines')).toHaveText(machines);
		await expect(page.getByTestId('top-gaps').locator('.bars rect[fill]')).toHaveCount(10);
		expect(await page.getByTestId('world-svg').locator('path[d]').count()).toBeGreaterThan(150);
		await context.close();
	});
}

test('the Overview hydrates showing what the HTML showed, and its default view never starts DuckDB', async ({
	browser,
	page
}) => {
	const watch = watchPage(page);
	const engineFiles: string[] = [];
	page.on('request', (request) => {
		if (/\.wasm$|rt_centres/.test(request.url())) engineFiles.push(request.url());
	});
	const html = await browser.newContext({ javaScriptEnabled: false });
	const htmlPage = await html.newPage();
	await htmlPage.goto('/fr');
	const prerendered = await figures(htmlPage);
	await html.close();

	await page.goto('/fr');
	await expect(page.getByTestId('app-ready')).toBeAttached();
	await expect(page.locator('[data-overview-source="summary"]')).toBeVisible();
	expect(await figures(page)).toEqual(prerendered);
	// The corps figures come from the program tables, which do start the engine; the capacity figures did not need it.
	await expect(page.getByTestId('glance-experts')).toBeVisible({ timeout: 120_000 });
	expect(engineFiles.filter((url) => url.includes('rt_centres'))).toEqual([]);
	await expect(page.locator('[data-overview-source="summary"]')).toBeVisible();
	expectCleanRun(watch);
});

test('with model parameters in the URL the Overview waits for DuckDB and never shows the summary', async ({
	page
}) => {
	// The prerendered HTML is the default view (a static file has no query string): once the page's script runs,
	// the Overview shows its loading state, and then only DuckDB's figures under the URL's parameters.
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.assign(window, { overviewSources: seen });
		new MutationObserver(() => {
			const source =
				document.querySelector('[data-overview-source]')?.getAttribute('data-overview-source') ??
				(document.querySelector('main p[role="status"]') ? 'loading' : null);
			if (source && seen.at(-1) !== source) seen.push(source);
		}).observe(document, { subtree: true, childList: true, attributes: true });
	});
	const release = await holdDuckDb(page);
	await page.goto('/?rtu=0.45');
	await expect(page.getByRole('status').filter({ hasText: 'Loading' }).first()).toBeVisible();
	await expect(page.getByTestId('kpi-rt-need')).toHaveCount(0);

	release();
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 120_000 });
	await expect(page.locator('[data-overview-source="duckdb"]')).toBeVisible();
	await expect(page.getByTestId('kpi-rt-need').locator('..')).toContainText('45%');
	const seen = await page.evaluate(
		() => (window as unknown as { overviewSources: string[] }).overviewSources
	);
	expect(seen.slice(seen.indexOf('loading'))).toEqual(['loading', 'duckdb']);
	expect(seen.indexOf('loading')).toBeLessThanOrEqual(1);
});

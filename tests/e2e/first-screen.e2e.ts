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
	const rows = page.getByTestId('capacity-table').locator('tbody tr');
	for (let i = 0; i < 10; i++) out[`row-${i}`] = (await rows.nth(i).textContent()) ?? '';
	return out;
}

test('the first screen draws from the summary before DuckDB, and DuckDB then shows the same figures', async ({
	page
}) => {
	const watch = watchPage(page);
	const release = await holdDuckDb(page);
	await page.goto('/');
	await expect(page.locator('[data-overview-source="summary"]')).toBeVisible();
	await expect(page.getByTestId('world-svg').locator('path').first()).toBeAttached();
	const fromSummary = await figures(page);
	expect(fromSummary['kpi-machines']).toMatch(/^\d{1,3}(,\d{3})+$/);
	await expect(page.getByTestId('app-ready')).not.toBeAttached();

	release();
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 120_000 });
	await expect(page.locator('[data-overview-source="duckdb"]')).toBeVisible();
	expect(await figures(page)).toEqual(fromSummary);
	expectCleanRun(watch);
});

test('with model parameters in the URL the Overview waits for DuckDB and never shows the summary', async ({
	page
}) => {
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.assign(window, { overviewSources: seen });
		new MutationObserver(() => {
			const source = document.querySelector('[data-overview-source]')?.getAttribute('data-overview-source');
			if (source && !seen.includes(source)) seen.push(source);
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
	expect(
		await page.evaluate(() => (window as unknown as { overviewSources: string[] }).overviewSources)
	).toEqual(['duckdb']);
});

import { chromium } from '@playwright/test';
import { chromiumPath } from '../scripts/browser-path.mjs';
import { launchArgs } from './first-screen';
import { median } from './stats';

/**
 * Mentorship, default data: time from a specialty change to every linked chart and table updated (the view's
 * data-state back to "ready"), in the browser with DuckDB-wasm. One warm page; `runs` changes.
 */
export async function mentorshipInteraction(url: string, runs: number) {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: launchArgs });
	try {
		const context = await browser.newContext({
			viewport: { width: 1280, height: 900 },
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		await page.goto(`${url}mentorship`);
		await page.getByTestId('app-ready').waitFor({ state: 'attached', timeout: 300_000 });
		const select = page.locator('form.filters select').first();
		const values = (await select
			.locator('option')
			.evaluateAll((options) =>
				options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== '')
			)) as string[];
		const samples: number[] = [];
		for (let i = 0; i < runs; i++) {
			const value = values[i % values.length] ?? '';
			const started = Date.now();
			await select.selectOption(value);
			await page.locator('[data-testid="mentorship-view"][data-state="ready"]').waitFor({ timeout: 120_000 });
			await page.waitForFunction(`new URL(location.href).search.includes(${JSON.stringify(value)})`);
			await page.locator('[data-testid="mentorship-view"][data-state="ready"]').waitFor({ timeout: 120_000 });
			samples.push(Date.now() - started);
		}
		await context.close();
		return { runs, medianMs: median(samples), samples };
	} finally {
		await browser.close();
	}
}

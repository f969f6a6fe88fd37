import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/browser-path.mjs';
import { specialtyChanges } from './mentorship-page';
import { median } from './stats';

/**
 * Mentorship, default data: time from a specialty change to every linked chart and table updated (the view's
 * data-state back to "ready"), timed in the page, with DuckDB-wasm. One warm page; `runs` changes.
 */
export async function mentorshipInteraction(url: string, runs: number, timeout: number) {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
	try {
		const context = await browser.newContext({
			viewport: { width: 1280, height: 900 },
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		await page.goto(`${url}mentorship`);
		await page.getByTestId('app-ready').waitFor({ state: 'attached', timeout });
		const samples = await specialtyChanges(page, runs, timeout);
		await context.close();
		return { runs, medianMs: median(samples), samples };
	} finally {
		await browser.close();
	}
}

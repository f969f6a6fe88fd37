import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectCleanRun, gotoReady, watchPage } from './support/app';

/** Every message of a language, all areas merged. */
function messages(lang: string): Record<string, string> {
	const areas = ['', ...readdirSync('messages', { withFileTypes: true }).filter((d) => d.isDirectory())];
	return Object.assign(
		{},
		...areas.map((d) => {
			const dir = typeof d === 'string' ? 'messages' : `messages/${d.name}`;
			try {
				return JSON.parse(readFileSync(`${dir}/${lang}.json`, 'utf8')) as Record<string, string>;
			} catch {
				return {};
			}
		})
	) as Record<string, string>;
}

/** Each view prerendered with its frame, its title's and lede's messages, and whether DuckDB answers follow. */
const views = [
	{ path: '/gaps', title: 'gaps_title', lede: 'gaps_lede', skeleton: true },
	{ path: '/country', title: 'country_index_title', lede: 'country_index_lede', skeleton: true },
	{ path: '/mentorship', title: 'mentorship_title', lede: 'mentorship_lede', skeleton: true },
	{ path: '/roi', title: 'roi_title', lede: 'roi_lede', skeleton: true },
	{ path: '/report', title: 'report_title', lede: 'report_lede', skeleton: true },
	{ path: '/data', title: 'data_title', lede: 'data_lede', skeleton: true },
	{ path: '/methods', title: 'methods_title', lede: 'methods_lede', skeleton: false }
];
const address = (lang: string, path: string) => (lang === 'en' ? path : `/${lang}${path}`);

for (const lang of ['en', 'fr', 'es', 'pt']) {
	test(`every view's title, lede and frame are in its '${lang}' HTML, without scripts`, async ({
		browser
	}) => {
		const t = messages(lang);
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		for (const view of views) {
			await page.goto(address(lang, view.path));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(t[view.title]!);
			await expect(page.locator('main .lede').first()).toHaveText(t[view.lede]!);
			await expect(page.getByRole('navigation', { name: t.nav_label })).toBeVisible();
			if (view.skeleton) await expect(page.locator('main [aria-busy="true"]')).toHaveText(t.loading_data!);
		}
		// /methods needs no engine: all of it is in the HTML, down to the last section's table.
		await page.goto(address(lang, '/methods'));
		expect(await page.locator('main section').count()).toBeGreaterThan(5);
		expect(await page.locator('main table tbody tr').count()).toBeGreaterThan(20);
		await context.close();
	});
}

test('a view hydrates on its prerendered nodes: the title and lede are the same elements once its data is drawn', async ({
	page
}) => {
	const watch = watchPage(page);
	// Runs before the page's own scripts: keeps the heading and lede the parser created, to compare after hydration.
	await page.addInitScript(() => {
		const keep = new MutationObserver(() => {
			const h1 = document.querySelector('main h1');
			const lede = document.querySelector('main .lede');
			if (h1 && lede) {
				Object.assign(window, { prerendered: { h1, lede } });
				keep.disconnect();
			}
		});
		keep.observe(document, { childList: true, subtree: true });
	});
	for (const path of ['/fr/gaps', '/es/mentorship', '/pt/methods', '/data']) {
		await gotoReady(page, path, 120_000);
		await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
		const same = await page.evaluate(() => {
			const kept = (window as unknown as { prerendered?: { h1: Element; lede: Element } }).prerendered;
			return (
				kept !== undefined &&
				kept.h1 === document.querySelector('main h1') &&
				kept.lede === document.querySelector('main .lede') &&
				kept.h1.isConnected
			);
		});
		expect(same, path).toBe(true);
	}
	expectCleanRun(watch);
});

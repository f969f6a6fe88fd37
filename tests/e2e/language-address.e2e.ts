import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectCleanRun, gotoReady, watchPage } from './support/app';

const title = (area: string, lang: string, key: string) =>
	(JSON.parse(readFileSync(`messages/${area}${lang}.json`, 'utf8')) as Record<string, string>)[key]!;

/**
 * Records every frame that shows a heading, as "path lang heading", in the tab's session storage (kept across the
 * redirect): a requestAnimationFrame callback runs before each frame is painted, with the DOM that frame paints.
 */
async function recordFrames(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const look = () => {
			const h1 = document.querySelector('h1');
			if (h1 && h1.getClientRects().length > 0) {
				const seen = JSON.parse(sessionStorage.getItem('frames') ?? '[]') as string[];
				const entry = `${location.pathname} ${document.documentElement.lang} ${h1.textContent?.trim()}`;
				if (seen.at(-1) !== entry) sessionStorage.setItem('frames', JSON.stringify([...seen, entry]));
			}
			requestAnimationFrame(look);
		};
		requestAnimationFrame(look);
	});
}

const frames = (page: Page) =>
	page.evaluate(() => JSON.parse(sessionStorage.getItem('frames') ?? '[]') as string[]);

test('a returning French reader opening / or /gaps lands on the French page, and no English frame is painted', async ({
	context,
	page
}) => {
	await gotoReady(page, '/fr');
	// New tabs: the stored language is shared, the recorded frames (session storage) start empty.
	const overview = await context.newPage();
	const watch = watchPage(overview);
	await recordFrames(overview);
	await gotoReady(overview, '/');
	await expect(overview).toHaveURL(/\/fr$/);
	await expect(overview.getByRole('heading', { level: 1 })).toHaveText(title('', 'fr', 'overview_title'));
	expect(await frames(overview)).toEqual([`/fr fr ${title('', 'fr', 'overview_title')}`]);
	expectCleanRun(watch);

	const gaps = await context.newPage();
	await recordFrames(gaps);
	await gotoReady(gaps, '/gaps?indicator=rt-machines#table');
	await expect(gaps).toHaveURL(/\/fr\/gaps\?indicator=rt-machines#table$/);
	await expect(gaps.getByLabel(title('gaps/', 'fr', 'gaps_control_indicator'), { exact: true })).toHaveValue(
		'rt-machines'
	);
	expect((await frames(gaps)).filter((f) => !f.startsWith('/fr/gaps fr '))).toEqual([]);
});

test('with nothing stored, the browser language picks the address; English stays where it is', async ({
	browser
}) => {
	const portuguese = await browser.newContext({ locale: 'pt-BR' });
	const pt = await portuguese.newPage();
	await recordFrames(pt);
	await gotoReady(pt, '/methods');
	await expect(pt).toHaveURL(/\/pt\/methods$/);
	await expect(pt.locator('html')).toHaveAttribute('lang', 'pt');
	expect((await frames(pt)).filter((f) => !f.startsWith('/pt/methods pt '))).toEqual([]);
	await portuguese.close();

	const english = await browser.newContext({ locale: 'en-GB' });
	const en = await english.newPage();
	await recordFrames(en);
	await gotoReady(en, '/mentorship');
	await expect(en).toHaveURL(/\/mentorship$/);
	expect(await frames(en)).toContain(`/mentorship en ${title('mentorship/', 'en', 'mentorship_title')}`);
	await english.close();
});

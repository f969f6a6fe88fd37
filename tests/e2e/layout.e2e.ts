import { expect, test } from '@playwright/test';
import { gotoReady } from './support/app';
import { findOverflows } from './support/layout';

// Every view, at a desktop width and a phone width, in English and in French (whose words run longest): nothing a
// reader should see is cut off or spills out of its box. Wide tables may scroll sideways, with their cue.
test.describe.configure({ timeout: 900_000 });

const views = [
	'/',
	'/gaps',
	'/country/KEN',
	'/mentorship',
	'/roi',
	'/centre/C002',
	'/data',
	'/methods',
	'/report'
] as const;

for (const width of [1280, 390]) {
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: 900 } });
		for (const lang of ['en', 'fr']) {
			test(`in ${lang}, no view clips a table, a card's text or a chart label`, async ({ page }) => {
				const problems: string[] = [];
				for (const path of views) {
					await gotoReady(page, `${path}?lang=${lang}`, 120_000);
					// Labels measure their text: wait until the page's fonts are in.
					await page.evaluate(() => document.fonts.ready.then(() => undefined));
					for (const o of await findOverflows(page))
						problems.push(`${path}: ${o.problem} by ${o.by}px: ${o.what}`);
				}
				expect(problems).toEqual([]);
			});
		}
	});
}

test('a wide table scrolls with a visible, announced cue and keeps its first column in view', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 900 });
	await gotoReady(page, '/country/KEN');
	const table = page.getByTestId('peers-table');
	const scroller = page.locator('[data-scroll-cue]').filter({ has: table }).locator('[role="region"]');
	const hint = page.locator(`#${await scroller.getAttribute('aria-describedby')}`);
	await expect(hint).toBeVisible();
	await expect(hint).toContainText('6');
	const firstColumn = table.locator('tbody tr').first().locator('th');
	const before = await firstColumn.boundingBox();
	await scroller.evaluate((element) => element.scrollBy({ left: 2000 }));
	await expect(page.locator('[data-scroll-cue]').filter({ has: table })).toHaveAttribute(
		'data-at-end',
		'true'
	);
	const after = await firstColumn.boundingBox();
	expect(after?.x).toBe(before?.x);
	// The last column is now in view, beside the first.
	const last = table.locator('thead th').last();
	const box = await last.boundingBox();
	const frame = await scroller.boundingBox();
	expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual((frame?.x ?? 0) + (frame?.width ?? 0) + 1);
});

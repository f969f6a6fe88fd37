import { expect, test } from '@playwright/test';
import { gotoReady } from './support/app';

// The service worker is blocked in the other tests (playwright.config.ts); here it is the subject.
test.use({ serviceWorkers: 'allow' });

test('after one visit, a deep link reloads with the network cut and says it is offline', async ({
	page,
	context
}) => {
	test.setTimeout(600_000);
	await gotoReady(page, '/', 180_000);
	await expect(page.getByTestId('offline-notice')).toHaveCount(0);
	// Registered once DuckDB is ready; `ready` resolves when the install (every file cached) has finished.
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

	await context.setOffline(true);
	await gotoReady(page, '/country/KEN', 120_000);
	await expect(page.getByTestId('offline-notice')).toBeVisible();
	await expect(page.getByTestId('offline-notice')).toContainText('offline');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Kenya');

	await page.reload();
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 120_000 });
	await expect(page.getByTestId('offline-notice')).toBeVisible();

	await gotoReady(page, '/gaps?indicator=machines', 120_000);
	await expect(page.getByTestId('offline-notice')).toBeVisible();

	await context.setOffline(false);
	await expect(page.getByTestId('offline-notice')).toHaveCount(0);
});

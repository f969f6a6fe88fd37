import { expect, test, type Locator, type Page } from '@playwright/test';
import { gotoReady } from './support/app';

// Every MapLibre map leaves one performance mark when it is made (src/lib/map/map-setup.ts).
const mapsCreated = (page: Page) =>
	page.evaluate(() => performance.getEntriesByName('maplibre-map-created').length);

/** The values of a select's options, cycled through in order by the test. */
const optionValues = (select: Locator) =>
	select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));

async function changeTwentyTimes(page: Page, select: Locator, settled: (value: string) => Promise<void>) {
	const values = await optionValues(select);
	expect(values.length).toBeGreaterThan(1);
	const current = await select.inputValue();
	const others = values.filter((v) => v !== current);
	for (let i = 0; i < 20; i++) {
		const value = i % 2 === 1 ? current : (others[Math.floor(i / 2) % others.length] ?? current);
		await select.selectOption(value);
		await settled(value);
	}
}

test('twenty specialty changes on /mentorship update the map without making a new one', async ({ page }) => {
	await gotoReady(page, '/mentorship');
	const map = page.getByTestId('world-map');
	await expect(map).toHaveAttribute('data-map-state', 'drawn', { timeout: 60_000 });
	expect(await mapsCreated(page)).toBe(1);
	const title = page.locator('figure.choropleth h2');
	const specialty = page.getByRole('combobox', { name: 'Specialty', exact: true });
	const titles = new Set<string>();
	await changeTwentyTimes(page, specialty, async (value) => {
		await expect(page).toHaveURL(value ? new RegExp(`specialty=${value}`) : /^(?!.*specialty=)/);
		await expect(page.getByTestId('mentorship-view')).toHaveAttribute('data-state', 'ready');
		await expect(map).toHaveAttribute('data-map-state', 'drawn');
		titles.add((await title.textContent()) ?? '');
	});
	// The title counts hubs and centres: it changed with the filters, which used to recreate the map.
	expect(titles.size).toBeGreaterThan(1);
	expect(await mapsCreated(page)).toBe(1);
});

test('twenty indicator changes on /gaps update the map without making a new one', async ({ page }) => {
	await gotoReady(page, '/gaps');
	const map = page.getByTestId('world-map');
	await expect(map).toHaveAttribute('data-map-state', 'drawn', { timeout: 60_000 });
	expect(await mapsCreated(page)).toBe(1);
	const indicator = page.getByLabel('Indicator', { exact: true });
	await changeTwentyTimes(page, indicator, async (value) => {
		await expect(page).toHaveURL(new RegExp(`indicator=${value}|^(?!.*indicator=)`));
		await expect(page.getByTestId('app-ready')).toBeAttached();
		await expect(map).toHaveAttribute('data-map-state', 'drawn');
	});
	expect(await mapsCreated(page)).toBe(1);
});

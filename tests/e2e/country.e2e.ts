import { expect, test, type Page } from '@playwright/test';
import { viridis5 } from '../../src/lib/map/scales';
import { countMapColours, expectCleanRun, expectNoAxeViolations, gotoReady, watchPage } from './support/app';
import { referenceRow, referenceSql } from './support/reference';

// Each test loads DuckDB and the country's tables, some twice (reload, language): on a busy machine that takes a while.
test.describe.configure({ timeout: 180_000 });

const en = new Intl.NumberFormat('en');
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

/** Haversine on a sphere of 6,371.0088 km, written out in SQL: an independent route to the app's distances. */
const km = (lat1: string, lon1: string, lat2: string, lon2: string) => `
	2 * 6371.0088 * asin(least(1, sqrt(
		power(sin(radians(${lat2} - ${lat1}) / 2), 2)
		+ cos(radians(${lat1})) * cos(radians(${lat2})) * power(sin(radians(${lon2} - ${lon1}) / 2), 2))))`;

/** People of Kenya brought within 100 km by one machine at (lat, lon), scaled to the national population. */
async function broughtWithin100(lat: number, lon: number): Promise<number> {
	const { people } = await referenceRow<{ people: number }>(`
		WITH cells AS (SELECT * FROM data/population_cells.parquet WHERE iso3 = 'KEN'),
		sites AS (SELECT lat, lon FROM data/rt_centres.parquet
		          WHERE mv_machines > 0 AND NOT coalesce(outside_own_country, false)),
		nearest AS (
			SELECT c.lat, c.lon, c.population, min(${km('c.lat', 'c.lon', 's.lat', 's.lon')}) AS km
			FROM cells c, sites s GROUP BY ALL),
		gained AS (
			SELECT sum(population) AS grid FROM nearest
			WHERE km > 100 AND ${km('lat', 'lon', String(lat), String(lon))} <= 100)
		SELECT gained.grid * (SELECT population FROM data/countries.parquet WHERE iso3 = 'KEN')
		       / (SELECT sum(population) FROM cells) AS people
		FROM gained`);
	return people;
}

async function expectMapDrawn(page: Page) {
	await expect(page.getByTestId('admin1-map')).toHaveAttribute('data-map-state', 'drawn', {
		timeout: 60_000
	});
}

test('a deep link to Kenya shows header figures computed apart, and survives a reload', async ({ page }) => {
	const watch = watchPage(page);
	await gotoReady(page, '/country/KEN');
	const kenya = await referenceRow<{
		population: number;
		new_cases: number;
		deaths: number;
		machines: number;
		doctors: number;
	}>(`
		SELECT c.population, b.new_cases, b.deaths, r.mv_machines AS machines, c.doctors_per_10k AS doctors
		FROM data/countries.parquet c
		JOIN data/cancer_burden.parquet b ON b.iso3 = c.iso3 AND b.site_code = 40
		JOIN data/rt_capacity.parquet r ON r.iso3 = c.iso3
		WHERE c.iso3 = 'KEN'`);
	const needed = (kenya.new_cases * 0.5) / 450;
	const check = async () => {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kenya: radiotherapy by admin-1 unit');
		await expect(page.getByTestId('kpi-cases')).toHaveText(en.format(kenya.new_cases));
		await expect(page.getByTestId('kpi-deaths')).toHaveText(en.format(kenya.deaths));
		await expect(page.getByTestId('kpi-machines')).toHaveText(en.format(kenya.machines));
		await expect(page.getByTestId('kpi-needed')).toHaveText(en.format(Math.round(needed)));
		await expect(page.getByTestId('kpi-gap')).toHaveText(en.format(Math.round(needed - kenya.machines)));
		await expect(page.getByTestId('kpi-access')).toHaveText(percent.format(kenya.machines / needed));
		await expect(page.getByTestId('kpi-doctors')).toHaveText(kenya.doctors.toFixed(1));
		await expect(page.getByTestId('kpi-population')).toHaveText(
			new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 }).format(
				kenya.population
			)
		);
		await expect(page.getByTestId('kenya-note')).toContainText('8 former provinces');
	};
	await check();
	await page.reload();
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 60_000 });
	await check();

	// Units ranked by gap: the first row is the unit with the largest estimated gap, computed here from the table.
	const [top] = await referenceSql<{ name: string; gap: number }>(`
		SELECT a.name, a.population * b.new_cases / (SELECT sum(population) FROM data/admin1.parquet WHERE iso3 = 'KEN')
		       * 0.5 / 450 - a.mv_machines AS gap
		FROM data/admin1.parquet a JOIN data/cancer_burden.parquet b ON b.iso3 = a.iso3 AND b.site_code = 40
		WHERE a.iso3 = 'KEN' AND a.population > 0 ORDER BY gap DESC LIMIT 1`);
	const firstRow = page.getByTestId('units-table').locator('tbody tr').first();
	await expect(firstRow.locator('th')).toHaveText(top?.name ?? '');
	await expect(firstRow.locator('td').nth(5)).toHaveText((top?.gap ?? 0).toFixed(1));
	expectCleanRun(watch);
});

test('lowercase codes resolve to the country', async ({ page }) => {
	await gotoReady(page, '/country/ken');
	await expect(page).toHaveURL(/\/country\/KEN$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Kenya');
});

test('the admin-1 map draws Kenya’s units in several colour classes', async ({ page }) => {
	const watch = watchPage(page);
	await gotoReady(page, '/country/KEN');
	const counts = await countMapColours(page, 'admin1-map', viridis5);
	expect(
		counts.filter((n) => n > 200).length,
		`pixels per class: ${counts.join(', ')}`
	).toBeGreaterThanOrEqual(3);
	expectCleanRun(watch);
});

test('adding a machine brings the independently computed population within reach, and the URL restores it', async ({
	page
}) => {
	const watch = watchPage(page);
	await gotoReady(page, '/country/KEN');
	const cell = await referenceRow<{ lat: number; lon: number }>(`
		SELECT lat, lon FROM data/population_cells.parquet WHERE admin1_code = 'KE-500'
		ORDER BY population DESC LIMIT 1`);
	const expected = await broughtWithin100(cell.lat, cell.lon);
	expect(expected).toBeGreaterThan(100_000);

	await expect(page.getByTestId('whatif-brought100')).toHaveText('0');
	await page.getByTestId('whatif-unit').selectOption({ label: 'North Eastern' });
	await page.getByRole('button', { name: 'Add a machine in this unit' }).click();
	await expect(page.getByTestId('whatif-brought100')).toHaveText(en.format(Math.round(expected)));
	await expect(page.getByTestId('whatif-list')).toContainText('North Eastern');
	await expect.poll(() => new URL(page.url()).searchParams.get('add')).toBe(`${cell.lat},${cell.lon}`);
	const gapAfter = await page.getByTestId('whatif-gap').textContent();
	expect(gapAfter).toMatch(/^32 → 31$/);

	await page.reload();
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 60_000 });
	await expect(page.getByTestId('whatif-list').locator('li')).toHaveCount(1);
	await expect(page.getByTestId('whatif-brought100')).toHaveText(en.format(Math.round(expected)));

	// The pointer path: in "add" mode, a click on the map adds a second machine.
	await expectMapDrawn(page);
	await page.getByTestId('add-mode').click();
	await page.getByTestId('admin1-map').click({ position: { x: 200, y: 150 } });
	await expect(page.getByTestId('whatif-list').locator('li')).toHaveCount(2);
	await page.getByRole('button', { name: 'Remove all' }).click();
	await expect(page).not.toHaveURL(/add=/);
	await expect(page.getByTestId('whatif-brought100')).toHaveText('0');
	expectCleanRun(watch);
});

test('an unknown or malformed code shows not-found with a country search', async ({ page }) => {
	const watch = watchPage(page);
	for (const code of ['XYZ', 'K3N']) {
		await gotoReady(page, `/country/${code}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`No country with the code “${code}”`);
	}
	await page.getByLabel('Search for a country').fill('keny');
	await page.getByRole('link', { name: 'Kenya' }).click();
	await expect(page).toHaveURL(/\/country\/KEN$/);
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 60_000 });
	expectCleanRun(watch);
});

test('a country without a DIRAC record and a small island state get honest messages', async ({ page }) => {
	const watch = watchPage(page);
	await gotoReady(page, '/country/AFG');
	await expect(page.getByTestId('kpi-machines')).toHaveText('no record');
	await expect(page.getByTestId('country-notes')).toContainText('unknown (not zero)');
	await gotoReady(page, '/country/MUS');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Mauritius');
	await expectMapDrawn(page);
	expectCleanRun(watch);
});

test('the country page has no WCAG 2.2 AA violation', async ({ page }) => {
	await gotoReady(page, '/country/KEN');
	await expectMapDrawn(page);
	await expectNoAxeViolations(page);
});

test('the country page reads in French, numbers included', async ({ page }) => {
	const watch = watchPage(page);
	await gotoReady(page, '/country/KEN');
	await page.getByLabel('Language').selectOption('fr');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 60_000 });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Kenya : radiothérapie par unité administrative'
	);
	const { cases } = await referenceRow<{ cases: number }>(
		`SELECT new_cases AS cases FROM data/cancer_burden.parquet WHERE iso3 = 'KEN' AND site_code = 40`
	);
	await expect(page.getByTestId('kpi-cases')).toHaveText(new Intl.NumberFormat('fr').format(cases));
	await expectMapDrawn(page);
	await expectNoAxeViolations(page);
	expectCleanRun(watch);
});

import { expect, test, type Page } from '@playwright/test';
import { viridis5 } from '../../src/lib/map/scales';
import { countMapColours, expectCleanRun, expectNoAxeViolations, gotoReady, watchPage } from './support/app';
import { referenceRow, referenceSql } from './support/reference';

// Each test loads DuckDB and the country's tables, some twice (reload, language): on a busy machine that takes a while.
test.describe.configure({ timeout: 480_000 });

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
	await expect(page.getByTestId('units-title')).toHaveText(
		`${top?.name} has the largest machine gap in Kenya: ${(top?.gap ?? 0).toFixed(1)} machines short`
	);
	// Every province has a population estimate (Nairobi's from the World Bank, not 0), so none is left out.
	await expect(page.getByTestId('units-left-out')).toHaveCount(0);
	const nairobi = await referenceRow<{ population: number }>(
		`SELECT population FROM data/admin1.parquet WHERE admin1_code = 'KE-110'`
	);
	// Kenya's 2019 census counts 4.40 M in Nairobi; the World Bank 2016 share scaled to 2024 gives 4.79 M.
	expect(nairobi.population).toBeGreaterThan(4.4e6);
	expect(nairobi.population).toBeLessThan(5.2e6);
	const units = await unitRows(page);
	expect(units.get('Nairobi')?.['Population']).toBe(en.format(nairobi.population));
	expect(units.get('Nairobi')?.['MV machines']).toBe('13');
	// The share beyond 100 km, computed here from the grid cells: the one figure the page and the report print.
	const { beyond } = await referenceRow<{ beyond: number }>(`
		WITH cells AS (SELECT * FROM data/population_cells.parquet WHERE iso3 = 'KEN'),
		sites AS (SELECT lat, lon FROM data/rt_centres.parquet
		          WHERE mv_machines > 0 AND NOT coalesce(outside_own_country, false)),
		nearest AS (
			SELECT c.population, min(${km('c.lat', 'c.lon', 's.lat', 's.lon')}) AS km FROM cells c, sites s GROUP BY ALL)
		SELECT sum(population) FILTER (WHERE km > 100) / sum(population) AS beyond FROM nearest`);
	await expect(page.getByTestId('kpi-beyond')).toContainText(`${percent.format(beyond)} / `);
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

const fixture = (name: string) => `tests/fixtures/country/${name}`;
/** These flows load DuckDB more than once; on a shared, busy machine the first screen can take minutes. */
const slow = 180_000;

/** The units table's column, every row, as numbers (after "show all"). */
async function unitColumn(page: Page, header: string): Promise<(number | null)[]> {
	const table = page.getByTestId('units-table');
	const showAll = page
		.locator('.data-table', { has: table })
		.getByRole('button', { name: /^Show all \d+ rows$/ });
	if (await showAll.isVisible()) await showAll.click();
	const headers = await table.locator('thead th').allTextContents();
	const index = headers.findIndex((h) => h.trim().startsWith(header));
	expect(index, `column ${header} in ${headers.join(' | ')}`).toBeGreaterThanOrEqual(0);
	const cells = await table.locator(`tbody tr > :nth-child(${index + 1})`).allTextContents();
	return cells.map((t) => (/\d/.test(t) ? Number(t.replace(/[^\d.]/g, '')) : null));
}

/** A data table's rows (after "show all"), each as its cells' text by column header, keyed by the row's first cell. */
async function tableRows(page: Page, testId: string): Promise<Map<string, Record<string, string>>> {
	const table = page.getByTestId(testId);
	await expect(table.locator('tbody tr').first()).toBeVisible();
	const showAll = page
		.locator('.data-table', { has: table })
		.getByRole('button', { name: /^Show all \d+ rows$/ });
	if (await showAll.isVisible()) await showAll.click();
	const headers = (await table.locator('thead th').allTextContents()).map((h) =>
		h.replace(/[▲▼↕]/g, '').trim()
	);
	const rows = new Map<string, Record<string, string>>();
	for (const row of await table.locator('tbody tr').all()) {
		const cells = (await row.locator('th, td').allTextContents()).map((c) => c.trim());
		rows.set(cells[0] ?? '', Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])));
	}
	return rows;
}

/** The units table by unit name; headers are matched by their start (sort buttons add text). */
async function unitRows(page: Page): Promise<Map<string, Record<string, string>>> {
	const rows = await tableRows(page, 'units-table');
	const clean = (r: Record<string, string>) =>
		Object.fromEntries(
			Object.entries(r).map(([h, v]) => [
				[
					'Population',
					'Machines needed',
					'MV machines',
					'Machine gap',
					'Beyond 100 km',
					'Beyond 200 km'
				].find((k) => h.startsWith(k)) ?? h,
				v
			])
		);
	return new Map([...rows].map(([k, r]) => [k, clean(r)]));
}

test('Nigeria: unit need adds up to the national figures, and a ministry CSV joins with unmatched rows reported', async ({
	page
}) => {
	const watch = watchPage(page);
	await gotoReady(page, '/country/NGA', slow);
	const { cases } = await referenceRow<{ cases: number }>(
		`SELECT new_cases AS cases FROM data/cancer_burden.parquet WHERE iso3 = 'NGA' AND site_code = 40`
	);
	await expect(page.getByTestId('kpi-cases')).toHaveText(en.format(cases));
	const estimated = await unitColumn(page, 'New cases');
	expect(estimated).toHaveLength(37);
	expect(Math.abs(estimated.reduce<number>((s, v) => s + (v ?? 0), 0) - cases)).toBeLessThan(37);
	await expectMapDrawn(page);

	await page.getByTestId('figures-input').setInputFiles(fixture('nigeria-admin1.csv'));
	await expect(page.getByTestId('figures-summary')).toHaveText(
		'7 of 9 rows matched a unit (1 by code, 4 by name, 2 by close spelling); 7 of 37 units have figures.'
	);
	const unmatched = page.getByTestId('unmatched-table');
	await expect(unmatched.locator('tbody tr')).toHaveCount(2);
	await expect(unmatched.locator('tbody tr').first()).toContainText('nigeria-admin1.csv');
	await expect(unmatched.locator('tbody tr').first()).toContainText('8');
	await expect(unmatched.locator('tbody tr').first()).toContainText('Port Harcourt');
	await expect(unmatched.locator('tbody tr').nth(1)).toContainText('Atlantis');
	await expect(page.getByTestId('cell-issues')).toContainText(
		'Row 7, Radiation oncologists in post: “n/a” · Expected a number of at least 0.'
	);
	await expect(page.getByTestId('cases-source')).toContainText(
		'from your file nigeria-admin1.csv for 6 of 37 units'
	);
	// Lagos now carries the file's 9,800 cases; Katsina (spelt "Katsena") its 5,100.
	const names = await page.getByTestId('units-table').locator('tbody tr > :first-child').allTextContents();
	const own = await unitColumn(page, 'New cases (your file)');
	expect(own[names.indexOf('Lagos')]).toBe(9800);
	expect(own[names.indexOf('Katsina State')]).toBe(5100);
	const staff = await unitColumn(page, 'Radiation oncologists in post (your file)');
	expect(staff[names.indexOf('Lagos')]).toBe(14);
	expect(staff[names.indexOf('Borno State')]).toBeNull();
	await page
		.getByLabel('Colour the units by')
		.selectOption({ label: 'Radiation oncologists in post (your file)' });
	await expect(page).toHaveURL(/ind=file-0/);

	// A file with no unit column is refused with a precise message; the loaded file stays.
	await page.getByTestId('figures-input').setInputFiles(fixture('no-unit-column.csv'));
	await expect(page.getByTestId('own-files-error')).toContainText(
		'no-unit-column.csv: no column names the units. Expected a column of ISO 3166-2 codes'
	);
	await expect(page.getByTestId('own-files-error')).toContainText('Nothing already loaded was changed.');
	await expect(page.getByTestId('figures-summary')).toBeVisible();

	// Kept in this browser: back after a reload, with the map still coloured by the file's column; then removed.
	await page.reload();
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: slow });
	await expect(page.getByTestId('figures-summary')).toContainText('7 of 9 rows matched');
	await expect(page.getByLabel('Colour the units by')).toHaveValue('file-0');
	await page.getByTestId('remove-figures').click();
	await expect(page.getByTestId('figures-report')).toHaveCount(0);
	await expect(page.getByTestId('cases-source')).toContainText('New cases per unit are estimated');
	// The removal reaches the browser's storage after the page has updated: reload only once it has, or the file
	// comes back (this once failed on a busy machine).
	await expect(page.getByTestId('own-files')).toHaveAttribute('data-settled', 'true');
	await page.reload();
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: slow });
	await expect(page.getByTestId('own-files')).toBeVisible();
	await expect(page.getByTestId('figures-report')).toHaveCount(0);
	expectCleanRun(watch);
});

test('Kenya: a workbook joins by name and code, own boundaries replace the 8 provinces and are checked', async ({
	page
}) => {
	const watch = watchPage(page);
	await gotoReady(page, '/country/KEN', slow);
	await expect(page.getByTestId('kenya-note')).toContainText('8 former provinces');
	await page.getByTestId('figures-input').setInputFiles(fixture('kenya-admin1.xlsx'));
	await expect(page.getByTestId('figures-summary')).toHaveText(
		'6 of 8 rows matched a unit (2 by code, 4 by name, 0 by close spelling); 6 of 8 units have figures.'
	);
	const unmatched = page.getByTestId('unmatched-table').locator('tbody tr');
	await expect(unmatched).toHaveCount(2);
	await expect(unmatched.first()).toContainText('Westren');
	await expect(unmatched.first()).toContainText('Western (KE-800)');
	await expect(unmatched.nth(1)).toContainText('Mombasa');

	// Hostile boundaries: each refused with what was wrong.
	await page.getByTestId('boundaries-input').setInputFiles(fixture('france-boundaries.geojson'));
	await expect(page.getByTestId('own-files-error')).toContainText(
		'france-boundaries.geojson: only 0% of its points lie in or near Kenya'
	);
	await page.getByTestId('boundaries-input').setInputFiles(fixture('kenya-points.geojson'));
	// One feature, in the singular (was "none of its 1 features").
	await expect(page.getByTestId('own-files-error')).toContainText(
		'kenya-points.geojson: its only feature is not a polygon.'
	);
	await expect(page.getByTestId('figures-summary')).toBeVisible();

	await page.getByTestId('boundaries-input').setInputFiles(fixture('kenya-halves.geojson'));
	await expect(page.getByTestId('boundaries-summary')).toContainText(
		'2 units, named by the property “ADM1_EN”. Codes from the property “ADM1_PCODE”.'
	);
	await expect(page.getByTestId('boundaries-summary')).toContainText(
		'1 feature that is not a polygon was left out'
	);
	await expect(page.getByTestId('kenya-note')).toContainText('your own boundaries replace them');
	const names = await page.getByTestId('units-table').locator('tbody tr > :first-child').allTextContents();
	expect(names.sort()).toEqual(['East Kenya', 'West Kenya']);
	// Population recomputed on the two halves adds up to the national population (no cell falls outside).
	const { population } = await referenceRow<{ population: number }>(
		`SELECT population FROM data/countries.parquet WHERE iso3 = 'KEN'`
	);
	const people = await unitColumn(page, 'Population');
	expect(Math.abs(people.reduce<number>((s, v) => s + (v ?? 0), 0) - population)).toBeLessThan(3);
	await expectMapDrawn(page);
	// The province figures no longer match any unit, and say so.
	await expect(page.getByTestId('figures-summary')).toContainText('0 of 8 rows matched');

	await page.reload();
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: slow });
	await expect(page.getByTestId('boundaries-summary')).toContainText('2 units');
	await page.getByTestId('remove-boundaries').click();
	await expect(page.getByTestId('units-table').locator('tbody tr')).toHaveCount(8);
	await expect(page.getByTestId('figures-summary')).toContainText('6 of 8 rows matched');
	await page.getByTestId('remove-figures').click();
	expectCleanRun(watch);
});

test('model parameters on the country page change need and gap at once and stay in the URL', async ({
	page
}) => {
	const watch = watchPage(page);
	await gotoReady(page, '/country/NGA', slow);
	const { cases, machines } = await referenceRow<{ cases: number; machines: number }>(`
		SELECT b.new_cases AS cases, r.mv_machines AS machines FROM data/cancer_burden.parquet b
		JOIN data/rt_capacity.parquet r USING (iso3) WHERE b.iso3 = 'NGA' AND b.site_code = 40`);
	const field = page.getByRole('spinbutton', { name: 'Courses per megavoltage machine per year' });
	await field.fill('1000');
	await field.press('Enter');
	await expect(page).toHaveURL(/[?&]courses=1000\b/);
	await expect(page.getByTestId('kpi-needed')).toHaveText(en.format(Math.round((cases * 0.5) / 1000)));
	await expect(page.getByTestId('kpi-gap')).toHaveText(
		en.format(Math.round((cases * 0.5) / 1000 - machines))
	);
	await page.reload();
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: slow });
	await expect(field).toHaveValue('1000');
	expectCleanRun(watch);
});

test('India loads with its units and centres, and its unit need adds up', async ({ page }) => {
	const watch = watchPage(page);
	await gotoReady(page, '/country/IND', slow);
	const { cases } = await referenceRow<{ cases: number }>(
		`SELECT new_cases AS cases FROM data/cancer_burden.parquet WHERE iso3 = 'IND' AND site_code = 40`
	);
	const estimated = await unitColumn(page, 'New cases');
	expect(estimated.length).toBeGreaterThan(30);
	expect(Math.abs(estimated.reduce<number>((s, v) => s + (v ?? 0), 0) - cases) / cases).toBeLessThan(0.001);
	await expectMapDrawn(page);
	expectCleanRun(watch);
});

test('the Overview links its table and top-gap bars to country pages', async ({ page }) => {
	const watch = watchPage(page);
	await gotoReady(page, '/', slow);
	const first = page.getByTestId('capacity-table').locator('tbody tr').first().getByRole('link');
	const name = (await first.textContent())?.trim() ?? '';
	await first.click();
	await expect(page).toHaveURL(/\/country\/[A-Z]{3}$/);
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: slow });
	await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
	await gotoReady(page, '/', slow);
	await page.getByRole('button', { name: /^India: / }).click();
	await expect(page).toHaveURL(/\/country\/IND$/);
	expectCleanRun(watch);
});

// The country report prints the country page's figures: same function, same rows, same rounding. Each country loads
// the page and then the report (DuckDB twice), so these are slow on a busy machine.
for (const iso3 of ['KEN', 'NGA', 'IND', 'ETH', 'MUS', 'BRA']) {
	test(`${iso3}: the report prints the figures the country page shows`, async ({ page }) => {
		test.setTimeout(900_000);
		const watch = watchPage(page);
		await gotoReady(page, `/country/${iso3}`, slow);
		const kpi = async (id: string) => ((await page.getByTestId(id).textContent()) ?? '').trim();
		// The card may round a large count ("1.4M"); a table prints it whole, from the same raw value.
		const rawCases = Number(await page.getByTestId('kpi-cases').locator('..').getAttribute('data-value'));
		const national = {
			cases: en.format(Math.round(rawCases)),
			machines: await kpi('kpi-machines'),
			needed: await kpi('kpi-needed'),
			access: await kpi('kpi-access'),
			beyond100: (await kpi('kpi-beyond')).split(' / ')[0] ?? ''
		};
		const pageUnits = await unitRows(page);
		const pagePeers = [...(await tableRows(page, 'peers-table')).values()];

		await gotoReady(page, `/report?scope=${iso3}`, 420_000);
		await expect(page.getByTestId('report-map').locator('h3')).toContainText(
			`: ${national.beyond100} of people live more than 100 km`
		);
		const [own, region, income] = [...(await tableRows(page, 'report-peers')).values()];
		expect(own?.['New cases, 2022']).toBe(national.cases);
		expect(own?.['MV machines']).toBe(national.machines);
		expect(own?.['Machines needed']).toBe(national.needed);
		expect(own?.['Need met']).toBe(national.access);
		expect(own?.['Machines per million people']).toBe(pagePeers[0]?.['Machines per million']);
		expect(region?.['Need met']).toBe(pagePeers[1]?.['Need met (each country up to its need)']);
		expect(income?.['Need met']).toBe(pagePeers[2]?.['Need met (each country up to its need)']);

		const reportUnits = await tableRows(page, 'report-admin1');
		expect([...reportUnits.keys()].sort()).toEqual([...pageUnits.keys()].sort());
		for (const [name, printed] of reportUnits) {
			const shown = pageUnits.get(name) ?? {};
			for (const column of [
				'Population',
				'Machines needed',
				'MV machines',
				'Machine gap',
				'Beyond 100 km',
				'Beyond 200 km'
			])
				expect(printed[column], `${name}: ${column}`).toBe(shown[column]);
		}
		expectCleanRun(watch);
	});
}

import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { viridis5 } from '../../src/lib/map/scales';
import { siteRtuWeights } from '../../src/lib/models/rtu-case-mix';
import { countMapColours, expectCleanRun, expectNoAxeViolations, gotoReady, watchPage } from './support/app';
import { referenceSql } from './support/reference';

const en = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** The ten largest machine gaps for a number of courses per machine-year, computed apart in native DuckDB. */
function topGaps(courses: number) {
	return referenceSql<{ iso3: string; name: string; gap: number }>(`
		SELECT c.iso3, c.name, greatest(0, b.new_cases * 0.5 / ${courses} - r.mv_machines) AS gap
		FROM data/countries.parquet c
		JOIN data/cancer_burden.parquet b ON b.iso3 = c.iso3 AND b.site_code = 40
		JOIN data/rt_capacity.parquet r ON r.iso3 = c.iso3 AND r.has_record
		ORDER BY gap DESC, c.name LIMIT 10`);
}

const table = (page: Page) => page.getByTestId('gaps-table');
const bodyRows = (page: Page) => table(page).locator('tbody tr');

async function expectTopGaps(page: Page, courses: number) {
	const top = await topGaps(courses);
	const [first] = top;
	await expect(page.getByTestId('gaps-bars-title')).toContainText(`${first?.name}`);
	await expect(page.getByTestId('gaps-bars-title')).toContainText(en.format(first?.gap ?? -1));
	await expect(page.getByTestId('gaps-bars').locator('.y-axis text')).toHaveText(top.map((r) => r.name));
	for (const [i, row] of top.entries()) {
		await expect(bodyRows(page).nth(i).locator('th')).toHaveText(row.name);
		await expect(bodyRows(page).nth(i).locator('td').last()).toHaveText(en.format(row.gap));
	}
}

test('changing courses per machine recomputes the map, chart, table and address, and a reload restores it', async ({
	page
}) => {
	const watch = watchPage(page);
	await gotoReady(page, '/gaps');
	await expectTopGaps(page, 450);

	await page.getByRole('spinbutton', { name: 'Courses per megavoltage machine per year' }).fill('1000');
	await page.getByRole('spinbutton', { name: 'Courses per megavoltage machine per year' }).press('Enter');
	await expect(page).toHaveURL(/[?&]courses=1000\b/);
	await expectTopGaps(page, 1000);

	await page.reload();
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 60_000 });
	await expect(
		page.getByRole('spinbutton', { name: 'Courses per megavoltage machine per year' })
	).toHaveValue('1000');
	await expect(page.getByRole('button', { name: 'Extended 12-hour day: 1,000' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expectTopGaps(page, 1000);
	expectCleanRun(watch);
});

test('the map recolours when a parameter changes: more of the need is met at 1,000 courses', async ({
	page
}) => {
	const watch = watchPage(page);
	await gotoReady(page, '/gaps?per=share-of-need-met');
	const before = await countMapColours(page, 'world-map', viridis5);
	await page.getByRole('button', { name: 'Extended 12-hour day: 1,000' }).click();
	await expect(page).toHaveURL(/courses=1000/);
	await expect(page.getByTestId('world-map')).toHaveAttribute('data-map-state', 'drawn');
	await expect
		.poll(async () => (await countMapColours(page, 'world-map', viridis5))[4] ?? 0, { timeout: 20_000 })
		.toBeGreaterThan((before[4] ?? 0) * 1.2 + 500);
	const after = await countMapColours(page, 'world-map', viridis5);
	expect(
		after[0] ?? 0,
		`pixels per class before ${before.join(', ')}, after ${after.join(', ')}`
	).toBeLessThan(before[0] ?? 0);
	expectCleanRun(watch);
});

test('case-mix utilisation recomputes the gaps from each country’s cancer sites, and the address keeps it', async ({
	page
}) => {
	const watch = watchPage(page);
	await gotoReady(page, '/gaps');
	await page.getByRole('radio', { name: /each country’s case mix/ }).check();
	await expect(page).toHaveURL(/[?&]rtubasis=case-mix\b/);
	// Computed apart: site cases × the Barton et al. 2014 rates, the rest of the total at 0.50.
	const weights = siteRtuWeights.map((w) => `(${w.siteCode}, ${w.rtu})`).join(', ');
	const top = await referenceSql<{ name: string; gap: number }>(`
		WITH mix AS (
			SELECT s.iso3, sum(s.new_cases * w.rtu) AS weighted, sum(s.new_cases) AS named
			FROM data/cancer_burden.parquet s JOIN (VALUES ${weights}) w(site_code, rtu) ON w.site_code = s.site_code
			GROUP BY s.iso3)
		SELECT c.name, greatest(0, (m.weighted + (b.new_cases - m.named) * 0.5) / 450 - r.mv_machines) AS gap
		FROM data/countries.parquet c
		JOIN data/cancer_burden.parquet b ON b.iso3 = c.iso3 AND b.site_code = 40
		JOIN mix m ON m.iso3 = c.iso3
		JOIN data/rt_capacity.parquet r ON r.iso3 = c.iso3 AND r.has_record
		ORDER BY gap DESC, c.name LIMIT 10`);
	const flat = await topGaps(450);
	expect(top[0]?.gap).not.toBeCloseTo(flat[0]?.gap ?? 0, 0);
	await expect(page.getByTestId('gaps-bars-title')).toContainText(en.format(top[0]?.gap ?? -1));
	for (const [i, row] of top.entries()) {
		await expect(bodyRows(page).nth(i).locator('th')).toHaveText(row.name);
		await expect(bodyRows(page).nth(i).locator('td').last()).toHaveText(en.format(row.gap));
	}
	await page.reload();
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 60_000 });
	await expect(page.getByRole('radio', { name: /each country’s case mix/ })).toBeChecked();
	expectCleanRun(watch);
});

test('unusable values in the address are reported, and the defaults are used', async ({ page }) => {
	const watch = watchPage(page);
	await gotoReady(page, '/gaps?courses=abc&rtu=0.9&indicator=robots');
	const issues = page.getByTestId('url-issues');
	await expect(issues).toBeVisible();
	await expect(issues).toContainText('“abc” is not a number; using the default, 450');
	// the utilisation range reaches Yap et al. 2016's country range, 32 % (Mongolia) to 59 % (Comoros)
	await expect(issues).toContainText('0.9 is outside 0.3–0.65; using the default, 0.5');
	await expect(issues).toContainText('“robots” is not known here');
	await expectTopGaps(page, 450);
	expectCleanRun(watch);
});

test('an invalid entry in the assumptions panel is refused with a message and changes nothing', async ({
	page
}) => {
	await gotoReady(page, '/gaps?courses=500');
	const input = page.getByRole('spinbutton', { name: 'Courses per megavoltage machine per year' });
	await input.fill('5');
	await input.press('Enter');
	await expect(page.getByRole('alert').filter({ hasText: '“5” cannot be used' })).toBeVisible();
	await expect(page).toHaveURL(/courses=500/);
	await expectTopGaps(page, 500);
});

test('the table downloads as a CSV equal to the table, for the parameters in force', async ({ page }) => {
	const watch = watchPage(page);
	await gotoReady(page, '/gaps?courses=500&income=L');
	await page.getByRole('button', { name: /Show all \d+ rows/ }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download CSV' }).click()
	]);
	const text = await (
		await download.createReadStream()
	)
		.toArray()
		.then((chunks) => Buffer.concat(chunks).toString('utf8'));
	const csv = text.replace(/^\uFEFF/, '');
	// The header opens the file, so a spreadsheet reads no note as a data row.
	expect(csv.split('\n')[0]).toMatch(/^iso3,name,/);
	const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
	expect(parsed.meta.fields?.slice(0, 12)).toEqual([
		'iso3',
		'name',
		'income_group',
		'region',
		'population',
		'new_cases',
		'rt_need',
		'has_dirac_record',
		'mv_machines',
		'machines_needed',
		'machine_gap',
		'access'
	]);
	const rows = bodyRows(page);
	await expect(rows).toHaveCount(parsed.data.length);
	const cells = await rows.evaluateAll((trs) =>
		trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''))
	);
	parsed.data.forEach((record, i) => {
		const row = cells[i] ?? [];
		const number = (key: string) => (record[key] === '' ? 'no record' : en.format(Number(record[key])));
		expect(record.income_group).toBe('L');
		expect(row[0]).toBe(record.name);
		expect(row[3]).toBe(en.format(Number(record.new_cases)));
		expect(row[5]).toBe(number('mv_machines'));
		expect(row[6]).toBe(en.format(Number(record.machines_needed)));
		expect(row[7]).toBe(number('machine_gap'));
	});
	const ethiopia = parsed.data.find((r) => r.iso3 === 'ETH');
	expect(Number(ethiopia?.machines_needed)).toBeCloseTo((77790 * 0.5) / 500, 6);
	expectCleanRun(watch);
});

test('picker, filters and table sorting work from the keyboard alone', async ({ page }) => {
	await gotoReady(page, '/gaps');
	const indicator = page.getByLabel('Indicator', { exact: true });
	for (let i = 0; i < 40 && !(await indicator.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(indicator).toBeFocused();
	await page.keyboard.press('End');
	await expect(page).toHaveURL(/indicator=doctors/);
	// The chosen scale is kept when the new indicator offers it.
	await expect(page.getByLabel('Scale')).toHaveValue('absolute');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('World Bank region')).toBeFocused();
	await page.keyboard.press('End');
	await expect(page).toHaveURL(/region=Sub-Saharan\+Africa/);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/income=L\b/);
	await expect(table(page).locator('caption')).toContainText('22 countries');
	expect(new Set(await bodyRows(page).locator('td:nth-of-type(1)').allTextContents())).toEqual(
		new Set(['Sub-Saharan Africa'])
	);
	// The income column names the group in the interface language, not the World Bank's code.
	expect(new Set(await bodyRows(page).locator('td:nth-of-type(2)').allTextContents())).toEqual(
		new Set(['Low income'])
	);

	const sortByCases = table(page).getByRole('button', { name: /New cases/ });
	await sortByCases.focus();
	await page.keyboard.press('Enter');
	await expect(table(page).locator('th[aria-sort="descending"]')).toContainText('New cases');
	const cases = await bodyRows(page)
		.locator('td:nth-of-type(3)')
		.allTextContents()
		.then((texts) => texts.map((t) => Number(t.replaceAll(',', ''))));
	expect(cases).toEqual([...cases].sort((a, b) => b - a));
	await page.keyboard.press('Enter');
	await expect(table(page).locator('th[aria-sort="ascending"]')).toContainText('New cases');
});

test('hovering a bar highlights the country in the table; choosing it offers its country page', async ({
	page
}) => {
	await gotoReady(page, '/gaps');
	const top = await topGaps(450);
	await page.getByRole('button', { name: new RegExp(`^${top[1]?.name}:`) }).hover();
	await expect(
		bodyRows(page)
			.filter({ hasText: top[1]?.name ?? '?' })
			.first()
	).toHaveClass(/highlighted/);
	await page.getByRole('button', { name: new RegExp(`^${top[1]?.name}:`) }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`country=${top[1]?.iso3}`));
	await expect(page.getByTestId('selected-country').getByRole('link')).toHaveAttribute(
		'href',
		`/country/${top[1]?.iso3}`
	);
});

test('the Gaps view has no WCAG 2.2 AA violation and reads in French', async ({ page }) => {
	test.setTimeout(240_000);
	const watch = watchPage(page);
	await gotoReady(page, '/gaps');
	await expect(page.getByTestId('world-map')).toHaveAttribute('data-map-state', 'drawn');
	await expectNoAxeViolations(page);
	await page.getByLabel('Language').selectOption('fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Où les capacités de soins en cancérologie font défaut'
	);
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 120_000 });
	const [first] = await topGaps(450);
	await expect(page.getByTestId('gaps-bars-title')).toContainText(
		new Intl.NumberFormat('fr', { maximumFractionDigits: 0 }).format(first?.gap ?? -1)
	);
	await expect(page.getByLabel('Indicateur', { exact: true })).toBeVisible();
	await expectNoAxeViolations(page);
	expectCleanRun(watch);
});

test('the Gaps view reads the shipped database only: no program table and no Parquet file is fetched', async ({
	page
}) => {
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	await gotoReady(page, '/gaps');
	await expectTopGaps(page, 450);
	expect(fetched.filter((path) => path.endsWith('.duckdb'))).toHaveLength(1);
	expect(fetched.filter((path) => /\.(parquet|csv)$/.test(path))).toEqual([]);
});

import { expect, test, type Download, type Page } from '@playwright/test';
import { expectCleanRun, expectNoAxeViolations, gotoReady, watchPage } from './support/app';
import { referenceRow, referenceSql } from './support/reference';

/** A program CSV, as the reference helper reads it (native DuckDB's read_csv). */
const csv = (table: string) => `data/program/${table}.csv`;

const usd = (locale: string) =>
	new Intl.NumberFormat(locale, {
		style: 'currency',
		currency: 'USD',
		notation: 'compact',
		maximumSignificantDigits: 3
	});
const en = new Intl.NumberFormat('en');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function readDownload(download: Download): Promise<string[]> {
	const chunks = await (await download.createReadStream()).toArray();
	return Buffer.concat(chunks)
		.toString('utf8')
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\n');
}

/** Patients starting radiotherapy before and after mentorship at one centre, computed apart from the app. */
async function referenceComparison(centreId: string) {
	return referenceRow<{ start: number; before: number; after: number }>(`
		WITH s AS (SELECT min(year("start")) AS start FROM ${csv('engagements')}
		           WHERE centre_id = '${centreId}' AND kind = 'mentorship'),
		     t AS (SELECT year, treated_radiotherapy AS treated FROM ${csv('outcomes')} WHERE centre_id = '${centreId}')
		SELECT s.start, avg(treated) FILTER (WHERE year < s.start) AS before,
		       avg(treated) FILTER (WHERE year >= s.start) AS after
		FROM t, s GROUP BY s.start`);
}

/** The counterfactual of the return: a least-squares line through the years before, flat if it does not rise. */
function baseline(before: readonly { year: number; treated: number }[]): (year: number) => number {
	const n = before.length;
	const my = before.reduce((a, b) => a + b.year, 0) / n;
	const mt = before.reduce((a, b) => a + b.treated, 0) / n;
	const sxx = before.reduce((a, b) => a + (b.year - my) ** 2, 0);
	const slope = sxx > 0 ? before.reduce((a, b) => a + (b.year - my) * (b.treated - mt), 0) / sxx : 0;
	return slope > 0 ? (year) => mt + slope * (year - my) : () => mt;
}

/** The first number of a "central (low to high)" cell, in English. */
const central = (text: string) =>
	Number(/-?[\d,.]+/.exec(text.replace(/US\$/g, ''))?.[0]?.replaceAll(',', '') ?? NaN);

// Each view loads every program table and three reference tables into DuckDB-wasm: allow for a busy machine.
const loadTimeout = 150_000;
test.describe.configure({ timeout: 420_000 });

const ready = (page: Page, path: string) => gotoReady(page, path, loadTimeout);
const openCentre = (page: Page, id: string) => ready(page, `/centre/${id}`);

test('money in matches the investments file, and its CSV has the illustrative notice in a file beside it', async ({
	page
}) => {
	const watch = watchPage(page);
	await ready(page, '/roi');
	await expect(page.getByTestId('illustrative-notice')).toBeVisible();
	const { total } = await referenceRow<{ total: number }>(
		`SELECT sum(amount_usd) AS total FROM ${csv('investments')}`
	);
	await expect(page.getByTestId('money-in-title')).toContainText(usd('en').format(total));
	const [latest] = await referenceSql<{ year: number; amount: number }>(`
		SELECT year, sum(amount_usd) AS amount FROM ${csv('investments')} GROUP BY year ORDER BY year DESC LIMIT 1`);
	const row = page
		.getByTestId('money-in-by-year')
		.locator('tbody tr')
		.filter({ hasText: String(latest?.year) });
	await expect(row.locator('td').last()).toHaveText(usd('en').format(latest?.amount ?? -1));

	const moneyIn = page.getByRole('group', { name: /Money in|came in/ }).first();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		moneyIn.getByRole('button', { name: 'Download CSV' }).click()
	]);
	const [sources] = await Promise.all([
		page.waitForEvent('download'),
		moneyIn.getByRole('button', { name: 'Download sources' }).click()
	]);
	expect(sources.suggestedFilename()).toBe(download.suggestedFilename().replace(/\.csv$/, '-sources.csv'));
	const lines = await readDownload(download);
	// The header opens the file; the illustrative-data notice travels in the sources file beside it.
	expect(lines[0]).toBe('year,source,category,amount_usd');
	const about = await readDownload(sources);
	expect(about[0]).toBe('About,Text');
	expect(about.find((line) => line.startsWith('Notice,'))).toMatch(/Illustrative data/);
	const sum = lines.filter((l) => /^\d{4},/.test(l)).reduce((a, l) => a + Number(l.split(',')[3]), 0);
	expect(sum).toBe(total);
	expectCleanRun(watch);
});

test('outcomes before and after mentorship match a native DuckDB comparison', async ({ page }) => {
	await ready(page, '/roi');
	const ref = await referenceComparison('C002');
	await page
		.getByRole('button', { name: /Show all 50 rows/ })
		.first()
		.click();
	const row = page.getByTestId('before-after-table').locator('tbody tr').filter({ hasText: 'Oakridge' });
	await expect(row.locator('td').nth(1)).toHaveText(String(ref.start));
	await expect(row.locator('td').nth(2)).toHaveText(en.format(Math.round(ref.before)));
	await expect(row.locator('td').nth(3)).toHaveText(en.format(Math.round(ref.after)));
	await expect(page.getByTestId('before-after-title')).toContainText('after mentorship started');
});

/** BLS CPI-U annual averages (series CUUR0000SA0), copied apart from the app; later years at the 2024 prices. */
const cpi: Record<number, number> = {
	2016: 240.007,
	2017: 245.12,
	2018: 251.107,
	2019: 255.657,
	2020: 258.811,
	2021: 270.97,
	2022: 292.655,
	2023: 304.702,
	2024: 313.689
};
const in2023 = (amount: number, year: number) => (amount * 304.702) / (cpi[Math.min(year, 2024)] ?? NaN);

test('a centre’s return credits half its radiotherapy patients above the trend, valued incrementally, net of their treatment and its experts’ time', async ({
	page
}) => {
	const watch = watchPage(page);
	await openCentre(page, 'C002');
	await expect(page.getByTestId('centre-name')).toHaveText('Centre régional d’oncologie Oakridge');
	const ref = await referenceComparison('C002');
	const { base } = await referenceRow<{ base: number }>(
		`SELECT min(year) AS base FROM ${csv('investments')}`
	);
	const row = await referenceRow<{ gdp: number; gdpYear: number }>(
		`SELECT gdp_per_capita_usd AS gdp, gdp_year AS gdpYear FROM data/countries.parquet WHERE iso3 = 'CMR'`
	);
	// Every figure in constant 2023 US$: GDP per capita from its own year's dollars, money in from each year's.
	const gdp = in2023(row.gdp, row.gdpYear);
	const hours = await referenceSql<{ year: number; hours: number }>(`
		SELECT year(s.date) AS year, sum(s.hours) AS hours FROM ${csv('sessions')} s
		JOIN ${csv('engagements')} e USING (engagement_id) WHERE e.centre_id = 'C002' GROUP BY ALL`);
	const money = await referenceSql<{ year: number; amount: number }>(
		`SELECT year, sum(amount_usd) AS amount FROM ${csv('investments')} WHERE centre_id = 'C002' GROUP BY year`
	);
	const treated = await referenceSql<{ year: number; treated: number }>(`
		SELECT year, treated_radiotherapy AS treated FROM ${csv('outcomes')}
		WHERE centre_id = 'C002' AND treated_radiotherapy IS NOT NULL ORDER BY year`);
	const expected = baseline(treated.filter((t) => t.year < ref.start));
	// Incremental (Hanna et al. 2018): half the rise above the trend × 5 % survival gained × 5 years credited,
	// each life-year worth 2.3 × GDP per capita, spread over the five years after treatment; discounted at 3 %.
	const pv = (year: number, amount: number) => amount / 1.03 ** (year - base);
	// Costs: the money in, each session hour at US$33.68 (Independent Sector's volunteer hour in 2023 dollars), and
	// each extra patient credited treated at US$203 a course (Van Der Giessen et al. 2004).
	let cost = money.reduce((a, m) => a + pv(m.year, in2023(m.amount, m.year)), 0);
	cost += hours.reduce((a, h) => a + pv(h.year, h.hours * 33.68), 0);
	let fi = 0;
	for (const t of treated.filter((t) => t.year >= ref.start)) {
		const extra = (t.treated - expected(t.year)) * 0.5;
		cost += pv(t.year, extra * 203);
		for (let k = 1; k <= 5; k++) fi += pv(t.year + k, (extra * 0.05 * 5 * 2.3 * gdp) / 5);
	}
	await expect(page.getByTestId('centre-npv-fi')).toContainText(
		new RegExp(`^${escape(usd('en').format(fi - cost))} \\(`)
	);
	await expect(page.getByTestId('centre-bcr-fi')).toContainText(
		new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(fi / cost)
	);
	// The employment ratio has no default in the loaded data: the human-capital return says so, not 0.
	await expect(page.getByTestId('centre-npv-hc')).toHaveText(
		'not set: enter “Employment-to-population ratio”'
	);
	await expect(page.getByTestId('centre-invested')).toHaveText(
		usd('en').format(money.reduce((a, m) => a + m.amount, 0))
	);
	const { sessions } = await referenceRow<{ sessions: number }>(`
		SELECT count(*) AS sessions FROM ${csv('sessions')} s JOIN ${csv('engagements')} e USING (engagement_id)
		WHERE e.centre_id = 'C002'`);
	await expect(page.getByTestId('centre-sessions-title')).toContainText(en.format(sessions));
	expectCleanRun(watch);
});

test('the benefit mode lives in the URL: gross (Datta et al. 2015) returns more than incremental', async ({
	page
}) => {
	await openCentre(page, 'C002');
	const incremental = central((await page.getByTestId('centre-bcr-fi').textContent()) ?? '');
	await page.getByLabel(/Gross return/).check();
	await expect(page).toHaveURL(/benefit=gross/);
	await expect(page.getByLabel(/Two-year survival/)).toBeVisible();
	const gross = central((await page.getByTestId('centre-bcr-fi').textContent()) ?? '');
	expect(gross).toBeGreaterThan(incremental);
});

test('a country whose centres have no before/after comparison shows why, never a loss', async ({ page }) => {
	const watch = watchPage(page);
	const [none] = await referenceSql<{ name: string }>(`
		SELECT k.name FROM ${csv('centres')} c JOIN data/countries.parquet k USING (iso3)
		GROUP BY k.name
		HAVING bool_and(c.centre_id NOT IN (SELECT centre_id FROM ${csv('engagements')} WHERE kind = 'mentorship'))
		ORDER BY k.name LIMIT 1`);
	expect(none, 'the default data has a country whose centres have no mentorship').toBeDefined();
	const { countries } = await referenceRow<{ countries: number }>(
		`SELECT count(DISTINCT iso3) AS countries FROM ${csv('centres')}`
	);
	await ready(page, '/roi');
	const table = page.getByTestId('return-country-table');
	await page.getByRole('button', { name: `Show all ${countries} rows` }).click();
	const row = table.locator('tbody tr').filter({ hasText: none?.name ?? '?' });
	await expect(row).toContainText('no before/after comparison: mentorship has not started');
	await expect(row).not.toContainText('-US$');
	await expect(row).not.toContainText('0.00');
	await expect(row).not.toContainText('never');
	expectCleanRun(watch);
});

test('countries are ranked by return per dollar, and the tornado table names the five largest swings', async ({
	page
}) => {
	await ready(page, '/roi');
	const table = page.getByTestId('return-country-table');
	const cells = await table.locator('tbody tr td:nth-child(5)').allTextContents();
	const ratios = cells.filter((c) => /^\d/.test(c)).map(central);
	expect(ratios.length).toBeGreaterThan(2);
	for (let i = 1; i < ratios.length; i++) expect(ratios[i - 1]).toBeGreaterThanOrEqual(ratios[i] ?? Infinity);
	// Rows without a return come after every ranked row.
	const firstMissing = cells.findIndex((c) => !/^\d/.test(c));
	if (firstMissing >= 0) expect(cells.slice(firstMissing).every((c) => !/^\d/.test(c))).toBe(true);

	const tornado = page.getByTestId('sensitivity-table');
	const rows = tornado.locator('tbody tr');
	const count = await rows.count();
	expect(count).toBeGreaterThan(0);
	expect(count).toBeLessThanOrEqual(5);
	const swings = (await tornado.locator('tbody tr td:last-child').allTextContents()).map(Number);
	for (let i = 1; i < swings.length; i++) expect(swings[i - 1]).toBeGreaterThanOrEqual(swings[i] ?? Infinity);
	await expect(tornado).toContainText('Credit to mentorship');
	await expect(page.getByRole('img', { name: /Tornado chart/ })).toBeVisible();
});

test('the market counts countries with no DIRAC record as greenfield, and gives the total without them', async ({
	page
}) => {
	await ready(page, '/roi');
	// Countries with no DIRAC record and a GLOBOCAN estimate: each needs new cases × 50 % / 450 machines, all new,
	// grown to 2036 (the end of a 10-year horizon from 2026) as Bray et al. 2024 project world new cases.
	const growth = (35.3 / 20.0) ** (14 / 28);
	const ref = await referenceRow<{ countries: number; machines: number }>(`
		SELECT count(*) AS countries, sum(b.new_cases * 0.5 / 450 * ${growth}) AS machines
		FROM data/rt_capacity.parquet r JOIN data/cancer_burden.parquet b ON b.iso3 = r.iso3 AND b.site_code = 40
		WHERE NOT r.has_record AND b.new_cases > 0`);
	const note = page.getByTestId('market-greenfield');
	await expect(note).toContainText(`${ref.countries} countries with no DIRAC record`);
	await expect(note).toContainText(`${en.format(Math.round(ref.machines))} of the machines`);
	const title = (await page.getByTestId('market-title').textContent()) ?? '';
	const total = Number(/^[\d,]+/.exec(title)?.[0]?.replaceAll(',', ''));
	const recorded = Number(
		/market is ([\d,]+) machines/.exec((await note.textContent()) ?? '')?.[1]?.replaceAll(',', '')
	);
	expect(Math.abs(total - recorded - ref.machines)).toBeLessThanOrEqual(1);
});

test('closing half of Kenya’s gap by 2035: centres and capital from the published facility costs', async ({
	page
}) => {
	await ready(page, '/roi');
	// The gap of 2035: 2022 need grown as Bray et al. 2024 project world new cases, against today's machines.
	const growth = (35.3 / 20.0) ** (13 / 28);
	const { gap } = await referenceRow<{ gap: number }>(`
		SELECT b.new_cases * 0.5 / 450 * ${growth} - r.mv_machines AS gap
		FROM data/cancer_burden.parquet b JOIN data/rt_capacity.parquet r USING (iso3)
		WHERE b.iso3 = 'KEN' AND b.site_code = 40`);
	const centres = Math.ceil((gap * 0.5) / 1.5);
	const two = Math.round(centres * 0.5);
	const machines = centres - two + 2 * two;
	await expect(
		page.getByRole('heading', { name: 'Scenario A: close 50% of the gap in Kenya by 2035' })
	).toBeVisible();
	await expect(page.getByTestId('scenario-a-centres')).toHaveText(
		`${centres - two} one-machine, ${two} two-machine`
	);
	await expect(page.getByTestId('scenario-a-capital')).toHaveText(
		usd('en').format((centres - two) * 2_050_000 + two * 5_050_000)
	);
	// Every machine treats 450 patients a year for its 15-year life.
	await expect(page.getByTestId('scenario-a-patients')).toHaveText(en.format(machines * 450 * 15));
	await expect(page.getByTestId('scenario-a-npv-fi')).toContainText(' to ');
	await expect(page.getByTestId('scenario-a-projected')).toContainText(
		`The gap is the one of 2035: need grows ${Math.round((growth - 1) * 100)}% from 2022`
	);
});

test('scenario settings live in the URL and survive a reload', async ({ page }) => {
	const watch = watchPage(page);
	await ready(page, '/roi');
	await page.getByTestId('scenario-b-scope').selectOption({ label: 'Nigeria' });
	await page.getByTestId('scenario-b-share').fill('25');
	await page.getByTestId('scenario-b-share').press('Tab');
	await expect(page).toHaveURL(/b\.scope=NGA/);
	await expect(page).toHaveURL(/b\.share=0\.25/);
	// Incremental is the default mode, so its survival parameter is the one shown.
	const survival = page.getByLabel('Survival gained from radiotherapy, per patient treated');
	await survival.fill('0.06');
	await survival.press('Tab');
	await expect(page).toHaveURL(/rtos=0\.06/);
	await page.reload();
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: loadTimeout });
	const heading = page.getByRole('heading', { name: 'Scenario B: close 25% of the gap in Nigeria by 2035' });
	await expect(heading).toBeVisible();
	await expect(page.getByTestId('scenario-b-share')).toHaveValue('25');
	await expect(page.getByLabel('Survival gained from radiotherapy, per patient treated')).toHaveValue('0.06');
	expectCleanRun(watch);
});

test('a centre page opens from /roi, works as a deep link after reload, and an unknown id says so', async ({
	page
}) => {
	const watch = watchPage(page);
	await ready(page, '/roi');
	await page
		.getByTestId('before-after-table')
		.getByRole('link', { name: 'Centre régional d’oncologie Kapok' })
		.click();
	await expect(page.getByTestId('centre-name')).toHaveText('Centre régional d’oncologie Kapok');
	expect(new URL(page.url()).pathname).toMatch(/^\/centre\/C\d{3}$/);
	await page.reload();
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: loadTimeout });
	await expect(page.getByTestId('centre-name')).toHaveText('Centre régional d’oncologie Kapok');
	await expect(page.getByTestId('illustrative-notice')).toBeVisible();
	await ready(page, '/centre/C999');
	await expect(page.getByRole('heading', { name: 'Centre not found' })).toBeVisible();
	await expect(page.getByTestId('centre-not-found')).toContainText('“C999”');
	expectCleanRun(watch);
});

test('/roi and a centre page have no WCAG 2.2 AA violation', async ({ page }) => {
	await ready(page, '/roi');
	await expectNoAxeViolations(page);
	await openCentre(page, 'C002');
	await expectNoAxeViolations(page);
});

test('/roi reads in French, numbers included', async ({ page }) => {
	const watch = watchPage(page);
	await ready(page, '/roi');
	await page.getByLabel('Language').selectOption('fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Investissement et rendement', {
		timeout: loadTimeout
	});
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: loadTimeout });
	const { total } = await referenceRow<{ total: number }>(
		`SELECT sum(amount_usd) AS total FROM ${csv('investments')}`
	);
	await expect(page.getByTestId('money-in-title')).toContainText(usd('fr').format(total));
	await expect(page.getByRole('heading', { name: /Scénario A : combler 50\s% du déficit/ })).toBeVisible();
	await expectNoAxeViolations(page);
	expectCleanRun(watch);
});

import { expect, test, type Page } from '@playwright/test';
import { expectCleanRun, expectNoAxeViolations, gotoReady, watchPage } from './support/app';
import { referenceRow, referenceSql } from './support/reference';

const en = new Intl.NumberFormat('en');

/** Waits until the view shows the data of its current filters. */
async function settled(page: Page): Promise<void> {
	await expect(page.getByTestId('mentorship-view')).toHaveAttribute('data-state', 'ready');
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 120_000 });
}

// The default period is the last 12 months of the record: 2025-01 to 2025-12 in the illustrative data.
const thinPairsSql = (specialty?: string) => `
	SELECT count(*) AS pairs FROM (
		SELECT e.centre_id, e.specialty FROM data/program/sessions.csv s
		JOIN data/program/engagements.csv e ON e.engagement_id = s.engagement_id
		WHERE s.date >= DATE '2025-01-01' AND s.date < DATE '2026-01-01'
		${specialty ? `AND e.specialty = '${specialty}'` : ''}
		GROUP BY ALL HAVING count(DISTINCT e.expert_id) < 3)`;

test('it answers which centres depend on one or two experts in a specialty', async ({ page }) => {
	const watch = watchPage(page);
	await gotoReady(page, '/mentorship');
	await expect(page.getByTestId('illustrative-notice')).toBeVisible();
	const { pairs } = await referenceRow<{ pairs: number }>(thinPairsSql());
	expect(pairs).toBeGreaterThan(0);
	await expect(page.getByTestId('kpi-thin')).toHaveText(en.format(pairs));
	await expect(page.getByTestId('matrix-title')).toHaveText(
		`${en.format(pairs)} centre–specialty efforts rest on one or two experts`
	);
	await expect(page.getByTestId('thin-table').locator('tbody tr')).toHaveCount(Math.min(8, pairs));
	const thin = page.getByTestId('depth-matrix').locator('td.thin');
	await expect(thin).toHaveCount(pairs);
	await expect(thin.first()).toContainText('thin');
	expectCleanRun(watch);
});

test('it answers which requests wait longest and who could take them', async ({ page }) => {
	await gotoReady(page, '/mentorship');
	const [longest] = await referenceSql<{ request_id: string; days: number; specialty: string }>(`
		SELECT request_id, specialty, date_diff('day', opened, DATE '2025-12-31') AS days
		FROM data/program/requests.csv WHERE status = 'open' ORDER BY days DESC, request_id LIMIT 1`);
	expect(longest).toBeDefined();
	await expect(page.getByTestId('requests-title')).toContainText(`${en.format(longest?.days ?? -1)} days`);
	const first = page.getByTestId('requests-table').locator('tbody tr').first();
	await expect(first.locator('th')).toHaveText(longest?.request_id ?? '');

	const candidates = await referenceSql<{ display_name: string }>(`
		WITH r AS (SELECT r.specialty, string_split(c.working_languages, ';') AS langs
			FROM data/program/requests.csv r JOIN data/program/centres.csv c ON c.centre_id = r.centre_id
			WHERE r.request_id = '${longest?.request_id}'),
		recent AS (SELECT e.expert_id, sum(s.hours) / 3 AS h FROM data/program/sessions.csv s
			JOIN data/program/engagements.csv e ON e.engagement_id = s.engagement_id
			WHERE s.date >= DATE '2025-10-01' AND s.date < DATE '2026-01-01' GROUP BY 1)
		SELECT x.display_name FROM data/program/experts.csv x LEFT JOIN recent ON recent.expert_id = x.expert_id, r
		WHERE x.specialty = r.specialty AND list_has_any(string_split(x.languages, ';'), r.langs)
		  AND x.hours_per_month - coalesce(recent.h, 0) > 0
		ORDER BY x.hours_per_month - coalesce(recent.h, 0) DESC,
		         len(list_intersect(string_split(x.languages, ';'), r.langs)) DESC, x.expert_id
		LIMIT 3`);
	const cell = first.locator('td').last();
	if (candidates.length === 0) await expect(cell).toHaveText('nobody free with a shared language');
	else for (const c of candidates) await expect(cell).toContainText(c.display_name);
	await expect(cell).toContainText(/^[^;]*\(/);
});

test('it answers how coverage has grown', async ({ page }) => {
	await gotoReady(page, '/mentorship');
	const years = await referenceSql<{ year: number; centres: number }>(`
		SELECT CAST(year(s.date) AS INTEGER) AS year, count(DISTINCT e.centre_id) AS centres
		FROM data/program/sessions.csv s JOIN data/program/engagements.csv e ON e.engagement_id = s.engagement_id
		GROUP BY 1 ORDER BY 1`);
	const first = years[0];
	const last = years[years.length - 1];
	await expect(page.getByTestId('growth-title')).toHaveText(
		`From ${first?.centres} centres in ${first?.year} to ${last?.centres} in ${last?.year}`
	);
	const row = page
		.getByTestId('growth-table')
		.locator('tbody tr', { has: page.locator('th', { hasText: '2025' }) });
	await expect(row.locator('td').nth(3)).toHaveText(en.format(last?.centres ?? -1));
});

test('choosing a specialty filters every chart and table, lives in the URL and survives a reload', async ({
	page
}) => {
	const watch = watchPage(page);
	await gotoReady(page, '/mentorship');
	const timeline = page.getByTestId('timeline-title');
	const before = await timeline.textContent();

	await page.getByRole('combobox', { name: 'Specialty', exact: true }).selectOption('medical_physics');
	await expect(page).toHaveURL(/[?&]specialty=medical_physics/);
	await settled(page);
	await expect(timeline).not.toHaveText(before ?? '');
	const { sessions } = await referenceRow<{ sessions: number }>(`
		SELECT count(*) AS sessions FROM data/program/sessions.csv s
		JOIN data/program/engagements.csv e ON e.engagement_id = s.engagement_id
		WHERE e.specialty = 'medical_physics' AND s.date >= DATE '2025-01-01'`);
	await expect(timeline).toContainText(`${en.format(sessions)} sessions in 12 months`);
	const headers = page.getByTestId('depth-matrix').locator('thead th');
	await expect(headers).toHaveCount(2);
	await expect(headers.nth(1)).toHaveText('Medical physics');
	const { pairs } = await referenceRow<{ pairs: number }>(thinPairsSql('medical_physics'));
	await expect(page.getByTestId('kpi-thin')).toHaveText(en.format(pairs));
	const specialties = page.getByTestId('corps-table').locator('tbody td:nth-child(2)');
	await expect(specialties.first()).toHaveText('Medical physics');
	expect(new Set(await specialties.allTextContents())).toEqual(new Set(['Medical physics']));

	await page.reload();
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 60_000 });
	await expect(page.getByRole('combobox', { name: 'Specialty', exact: true })).toHaveValue('medical_physics');
	await expect(timeline).toContainText(`${en.format(sessions)} sessions in 12 months`);
	await expect(headers).toHaveCount(2);

	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(page).not.toHaveURL(/specialty=/);
	await settled(page);
	await page.getByRole('button', { name: 'Show only Pathology' }).first().click();
	await expect(page).toHaveURL(/[?&]specialty=pathology/);
	await settled(page);
	await expect(headers.nth(1)).toHaveText('Pathology');
	expectCleanRun(watch);
});

test('the period can be set from the keyboard and filters the other views', async ({ page }) => {
	await gotoReady(page, '/mentorship');
	await page.getByRole('combobox', { name: 'From', exact: true }).selectOption('2024-01');
	await expect(page).toHaveURL(/[?&]from=2024-01/);
	await settled(page);
	await expect(page.getByTestId('timeline-title')).toContainText('in 24 months');
	const { hours } = await referenceRow<{ hours: number }>(`
		SELECT round(sum(hours)) AS hours FROM data/program/sessions.csv WHERE date >= DATE '2024-01-01'`);
	await expect(page.getByTestId('kpi-hours')).toHaveText(en.format(hours));
	await page.goto('/mentorship?from=2099-01&specialty=astrology');
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 60_000 });
	await expect(page.getByRole('status').filter({ hasText: 'not understood' })).toContainText('specialty');
});

test('the map draws hubs, centres and arcs', async ({ page }) => {
	await gotoReady(page, '/mentorship');
	await expect(page.getByTestId('world-map')).toHaveAttribute('data-map-state', 'drawn');
	const { hubs } = await referenceRow<{ hubs: number }>(`
		SELECT count(DISTINCT x.hub_id) AS hubs FROM data/program/sessions.csv s
		JOIN data/program/engagements.csv e ON e.engagement_id = s.engagement_id
		JOIN data/program/experts.csv x ON x.expert_id = e.expert_id
		WHERE s.date >= DATE '2025-01-01' AND x.hub_id IS NOT NULL`);
	await expect(page.getByRole('heading', { level: 2, name: /^Mentoring links/ })).toContainText(
		`from ${hubs} hubs`
	);
});

test('the Mentorship view has no WCAG 2.2 AA violation and reads in French', async ({ page }) => {
	const watch = watchPage(page);
	await gotoReady(page, '/mentorship');
	await expectNoAxeViolations(page);
	await page.getByLabel('Language').selectOption('fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Couverture du mentorat');
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 60_000 });
	const { pairs } = await referenceRow<{ pairs: number }>(thinPairsSql());
	await expect(page.getByTestId('matrix-title')).toHaveText(
		`${new Intl.NumberFormat('fr').format(pairs)} efforts centre–spécialité reposent sur un ou deux experts`
	);
	await expect(page.getByTestId('depth-matrix').locator('td.thin').first()).toContainText('fragile');
	await expectNoAxeViolations(page);
	expectCleanRun(watch);
});

test('the Overview shows the corps at a glance, for the Mentorship view’s opening period', async ({
	page
}) => {
	await gotoReady(page, '/');
	// The Mentorship view's definitions over its default period, 2025-01 to 2025-12: experts and centres with a
	// session in it, requests still unmatched at its end. The roster (every expert) is not what the glance shows.
	const glance = await referenceRow<{
		experts: number;
		mentored: number;
		centres: number;
		hours: number;
		waiting: number;
	}>(`
		WITH s AS (
			SELECT s.hours, e.expert_id, e.centre_id FROM data/program/sessions.csv s
			JOIN data/program/engagements.csv e ON e.engagement_id = s.engagement_id
			JOIN data/program/centres.csv c ON c.centre_id = e.centre_id
			JOIN data/program/experts.csv x ON x.expert_id = e.expert_id
			WHERE s.date >= DATE '2025-01-01' AND s.date < DATE '2026-01-01')
		SELECT (SELECT count(DISTINCT expert_id) FROM s) AS experts,
		       (SELECT count(DISTINCT centre_id) FROM s) AS mentored,
		       (SELECT count(*) FROM data/program/centres.csv) AS centres,
		       (SELECT round(sum(hours)) FROM s) AS hours,
		       (SELECT count(*) FROM data/program/requests.csv r
		        WHERE r.opened < DATE '2026-01-01' AND r.status <> 'withdrawn'
		          AND (r.matched IS NULL OR r.matched >= DATE '2026-01-01')
		          AND (r.closed IS NULL OR r.closed >= DATE '2026-01-01')) AS waiting`);
	await expect(page.getByTestId('glance-experts')).toHaveText(en.format(glance.experts));
	await expect(page.getByTestId('glance-centres')).toHaveText(
		`${en.format(glance.mentored)} / ${en.format(glance.centres)}`
	);
	await expect(page.getByTestId('glance-hours')).toHaveText(en.format(glance.hours));
	await expect(page.getByTestId('glance-requests')).toHaveText(en.format(glance.waiting));
	await expect(page.getByTestId('corps-glance')).toContainText('Active experts');
	await expect(page.getByTestId('corps-glance')).toContainText('January 2025 – December 2025');
	await expect(page.getByTestId('corps-glance').locator('[data-provenance]')).toHaveText('illustrative');
});

/** The engagements the timeline marks, summed from its marks in the page. */
async function markedEngagements(page: Page, direction: 'above' | 'below', series: string): Promise<number> {
	return page
		.getByTestId('band-marks')
		.locator(`rect[data-direction="${direction}"][data-series="${series}"]`)
		.evaluateAll((rects) => rects.reduce((n, r) => n + Number(r.getAttribute('data-count')), 0));
}

const startedSql = (mode: string, specialty?: string) => `
	SELECT count(*) AS n FROM data/program/engagements.csv e
	WHERE e.mode = '${mode}' ${specialty ? `AND e.specialty = '${specialty}'` : ''}
	  AND strftime(e.start, '%Y-%m') >= (SELECT strftime(min(date), '%Y-%m') FROM data/program/sessions.csv)`;

test('the timeline marks engagements started and ended, by mode, and follows the specialty', async ({
	page
}) => {
	await gotoReady(page, '/mentorship');
	for (const mode of ['telemedicine', 'mixed', 'in_country']) {
		const { n } = await referenceRow<{ n: number }>(startedSql(mode));
		expect(await markedEngagements(page, 'above', mode)).toBe(n);
	}
	const { ended } = await referenceRow<{ ended: number }>(`
		SELECT count(*) AS ended FROM data/program/engagements.csv WHERE mode = 'mixed' AND "end" IS NOT NULL`);
	expect(await markedEngagements(page, 'below', 'mixed')).toBe(ended);
	await page.getByRole('combobox', { name: 'Specialty', exact: true }).selectOption('pathology');
	await settled(page);
	const { n } = await referenceRow<{ n: number }>(startedSql('telemedicine', 'pathology'));
	expect(await markedEngagements(page, 'above', 'telemedicine')).toBe(n);
	await expect(page.getByText('Engagements by mode: started above the line, ended below')).toBeVisible();
});

test('the arcs map downloads as a vector SVG and as a PNG', async ({ page }) => {
	const watch = watchPage(page);
	await gotoReady(page, '/mentorship');
	await expect(page.getByTestId('world-map')).toHaveAttribute('data-map-state', 'drawn');
	const { links } = await referenceRow<{ links: number }>(`
		SELECT count(*) AS links FROM (
			SELECT x.hub_id, e.centre_id FROM data/program/sessions.csv s
			JOIN data/program/engagements.csv e ON e.engagement_id = s.engagement_id
			JOIN data/program/experts.csv x ON x.expert_id = e.expert_id
			WHERE s.date >= DATE '2025-01-01' AND x.hub_id IS NOT NULL GROUP BY ALL HAVING sum(s.hours) > 0)`);
	const menu = page.getByRole('group', { name: /^Downloads: Mentoring links/ });
	const read = async (name: string) => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			menu.getByRole('button', { name }).click()
		]);
		const chunks = await (await download.createReadStream()).toArray();
		return { file: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
	};
	const svg = await read('Download SVG');
	expect(svg.file).toBe('mentoring-links.svg');
	const text = svg.bytes.toString('utf8');
	expect(text).toContain('Mentoring links from');
	expect(text).toContain('Illustrative');
	const arcs = text.slice(text.indexOf('data-layer="arcs"'), text.indexOf('data-layer="places"'));
	expect(arcs.match(/<path /g)?.length).toBe(links);
	expect(text.match(/data-kind="hub"/g)?.length).toBe(12);
	expect(text).toContain('url(#vector-hatch)');
	const png = await read('Download PNG');
	expect(png.file).toBe('mentoring-links.png');
	expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	expect(png.bytes.length).toBeGreaterThan(20_000);
	await expect(page.getByTestId('export-render')).toHaveCount(0);
	expectCleanRun(watch);
});

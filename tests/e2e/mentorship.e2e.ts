import { expect, test, type Page } from '@playwright/test';
import { expectCleanRun, expectNoAxeViolations, gotoReady, watchPage } from './support/app';
import { referenceRow, referenceSql } from './support/reference';
import { survivalMedian } from '../../src/lib/models/statistics';

const en = new Intl.NumberFormat('en');

/** Waits until the view shows the data of its current filters. */
async function settled(page: Page): Promise<void> {
	await expect(page.getByTestId('mentorship-view')).toHaveAttribute('data-state', 'ready');
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 120_000 });
}

// The default period is the last 12 months of the record: 2025-01 to 2025-12 in the illustrative data.
// A pair is listed when it had a session, an engagement running or a request waiting at the end of the period; an
// expert counts toward its depth with at least 3 sessions there (depthSessions), and fewer than 3 such experts
// (depth) flag it: thin with one or two, "no expert" with none.
const depthSql = (specialty?: string) => {
	const only = (column: string) => (specialty ? `AND ${column} = '${specialty}'` : '');
	return `
	WITH per_expert AS (
		SELECT e.centre_id, e.specialty, e.expert_id, count(*) AS n FROM data/program/sessions.csv s
		JOIN data/program/engagements.csv e ON e.engagement_id = s.engagement_id
		WHERE s.date >= DATE '2025-01-01' AND s.date < DATE '2026-01-01' ${only('e.specialty')}
		GROUP BY ALL),
	pairs AS (
		SELECT centre_id, specialty FROM per_expert
		UNION SELECT centre_id, specialty FROM data/program/engagements.csv
		WHERE start < DATE '2026-01-01' AND ("end" IS NULL OR "end" >= DATE '2025-01-01') ${only('specialty')}
		UNION SELECT centre_id, specialty FROM data/program/requests.csv
		WHERE opened < DATE '2026-01-01' AND status <> 'withdrawn' AND (matched IS NULL OR matched >= DATE '2026-01-01')
		  AND (closed IS NULL OR closed >= DATE '2026-01-01') ${only('specialty')}),
	depth AS (
		SELECT p.centre_id, p.specialty, count(x.expert_id) FILTER (WHERE x.n >= 3) AS q
		FROM pairs p LEFT JOIN per_expert x ON x.centre_id = p.centre_id AND x.specialty = p.specialty GROUP BY ALL)
	SELECT CAST(count(*) FILTER (WHERE q BETWEEN 1 AND 2) AS INTEGER) AS thin,
	       CAST(count(*) FILTER (WHERE q = 0) AS INTEGER) AS none FROM depth`;
};

test('it answers which centres depend on one or two experts in a specialty, or on none', async ({ page }) => {
	const watch = watchPage(page);
	await gotoReady(page, '/mentorship');
	await expect(page.getByTestId('illustrative-notice')).toBeVisible();
	const { thin, none } = await referenceRow<{ thin: number; none: number }>(depthSql());
	expect(thin).toBeGreaterThan(0);
	expect(none).toBeGreaterThan(0);
	const flagged = thin + none;
	await expect(page.getByTestId('kpi-thin')).toHaveText(en.format(flagged));
	await expect(page.getByTestId('matrix-title')).toHaveText(
		`${en.format(flagged)} centre–specialty efforts rest on fewer than 3 experts`
	);
	await expect(page.getByTestId('matrix-no-expert')).toHaveText(
		`${en.format(none)} of them ${none === 1 ? 'has' : 'have'} no expert at all: a request waits or an engagement runs, but no expert gave the minimum of sessions.`
	);
	await expect(page.getByTestId('thin-table').locator('tbody tr')).toHaveCount(Math.min(8, flagged));
	await expect(page.getByTestId('thin-table').locator('tbody tr').first()).toContainText('no expert');
	const matrix = page.getByTestId('depth-matrix');
	await expect(matrix.locator('td.thin')).toHaveCount(thin);
	await expect(matrix.locator('td.thin').first()).toContainText('thin');
	await expect(matrix.locator('td.none')).toHaveCount(none);
	await expect(matrix.locator('td.none').first()).toContainText('no expert');
	expectCleanRun(watch);
});

test('contact intensity is judged centre by centre, with the pooled figure labelled as such', async ({
	page
}) => {
	await gotoReady(page, '/mentorship');
	const { centres, meeting } = await referenceRow<{ centres: number; meeting: number }>(`
		WITH months AS (SELECT unnest(generate_series(DATE '2025-01-01', DATE '2025-12-01', INTERVAL 1 MONTH)) AS m),
		engaged AS (
			SELECT e.centre_id, count(DISTINCT m) AS months FROM data/program/engagements.csv e, months
			WHERE date_trunc('month', e.start) <= m AND (e."end" IS NULL OR date_trunc('month', e."end") >= m)
			GROUP BY 1),
		done AS (
			SELECT e.centre_id, count(*) AS sessions FROM data/program/sessions.csv s
			JOIN data/program/engagements.csv e ON e.engagement_id = s.engagement_id
			WHERE year(s.date) = 2025 GROUP BY 1)
		SELECT CAST(count(*) AS INTEGER) AS centres,
		       CAST(count(*) FILTER (WHERE coalesce(d.sessions, 0) / g.months >= 52 / 12 - 1e-9) AS INTEGER) AS meeting
		FROM engaged g LEFT JOIN done d ON d.centre_id = g.centre_id`);
	expect(meeting).toBeLessThan(centres);
	const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
	await expect(page.getByTestId('kpi-intensity')).toHaveText(percent.format(meeting / centres));
	const card = page.locator('.kpi', { has: page.getByTestId('kpi-intensity') });
	await expect(card).toContainText(`${meeting} of ${centres} engaged centres had at least 4.3 sessions`);
	await expect(card).toContainText('Pooled over all centre-months:');
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
	const timings = await referenceSql<{ days_to_match: number | null; days_followed: number }>(`
		SELECT CASE WHEN matched <= DATE '2025-12-31' THEN date_diff('day', opened, matched) END AS days_to_match,
		       date_diff('day', opened, CASE WHEN matched <= DATE '2025-12-31' THEN matched
		         WHEN matched IS NULL AND closed <= DATE '2025-12-31' THEN closed ELSE DATE '2025-12-31' END)
		         AS days_followed
		FROM data/program/requests.csv WHERE opened BETWEEN DATE '2025-01-01' AND DATE '2025-12-31'`);
	const estimate = survivalMedian(
		timings.map((t) =>
			t.days_to_match === null
				? { time: Number(t.days_followed), event: false }
				: { time: Number(t.days_to_match), event: true }
		)
	);
	const censored = estimate.subjects - estimate.events;
	// Open requests count as still waiting, so the median is no earlier than over matched requests alone.
	expect(censored).toBeGreaterThan(0);
	expect(estimate.median).not.toBeNull();
	const end = (days: number | null) => (days === null ? 'not estimable' : en.format(days));
	const sentence =
		`Median ${en.format(estimate.median ?? -1)} days from request to match ` +
		`(95% CI ${end(estimate.lower)} to ${end(estimate.upper)}): Kaplan–Meier over ${en.format(estimate.subjects)} ` +
		`requests opened in the period; ${en.format(censored)} unmatched requests count as waiting until its end or their withdrawal.`;
	await expect(page.getByTestId('time-to-match')).toHaveText(sentence);
	await expect(page.locator('.kpi', { has: page.getByTestId('kpi-waiting') })).toContainText(sentence);

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

test('centres that skipped a phase are counted and named', async ({ page }) => {
	await gotoReady(page, '/mentorship');
	const skipped = await referenceSql<{ name: string }>(`
		SELECT c.name FROM data/program/outcomes.csv a
		JOIN data/program/outcomes.csv b ON b.centre_id = a.centre_id AND b.year > a.year AND b.phase > a.phase + 1
		JOIN data/program/centres.csv c ON c.centre_id = a.centre_id
		WHERE NOT EXISTS (
			SELECT 1 FROM data/program/outcomes.csv o WHERE o.centre_id = a.centre_id AND o.phase = a.phase + 1)
		GROUP BY c.name ORDER BY c.name`);
	expect(skipped.length).toBeGreaterThan(0);
	const line = page.getByTestId('phase-skipped');
	await expect(line).toContainText(
		`${skipped.length} ${skipped.length === 1 ? 'centre' : 'centres'} went past a phase that was never recorded`
	);
	for (const { name } of skipped) await expect(line).toContainText(name);
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
	const mp = await referenceRow<{ thin: number; none: number }>(depthSql('medical_physics'));
	await expect(page.getByTestId('kpi-thin')).toHaveText(en.format(mp.thin + mp.none));
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
	const { thin, none } = await referenceRow<{ thin: number; none: number }>(depthSql());
	await expect(page.getByTestId('matrix-title')).toHaveText(
		`${new Intl.NumberFormat('fr').format(thin + none)} efforts centre–spécialité reposent sur moins de 3 experts`
	);
	await expect(page.getByTestId('depth-matrix').locator('td.thin').first()).toContainText('fragile');
	await expect(page.getByTestId('depth-matrix').locator('td.none').first()).toContainText('aucun expert');
	await expect(page.getByTestId('time-to-match')).toContainText('Kaplan–Meier');
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

test('the Methods page documents every mentorship measure with its parameters, sources and a worked example', async ({
	page
}) => {
	await gotoReady(page, '/methods');
	for (const id of [
		'corps-share',
		'corps-gap-reach',
		'corps-mentees',
		'corps-contact',
		'corps-depth',
		'corps-match',
		'corps-phase',
		'corps-in-kind'
	]) {
		await expect(page.locator(`#${id} h2`)).toBeVisible();
		await expect(page.getByTestId(`methods-example-${id}`)).not.toBeEmpty();
		await expect(page.locator(`nav a[href="#${id}"]`)).toHaveCount(1);
	}
	await expect(page.getByTestId('methods-param-depthSessions')).toContainText(
		'Default 3 sessions at the centre in the specialty in the period; range 1–24.'
	);
	await expect(page.getByTestId('methods-param-weekly')).toContainText('Balogun et al. (2018)');
	await expect(page.locator('#corps-match')).toContainText('Kaplan & Meier (1958)');
	await expect(page.getByTestId('methods-example-corps-match')).toContainText('the median is 20 days');
	await expect(page.locator('#corps-depth')).toContainText('Coleman et al. (2014)');
});

test('the world report counts the thin efforts and lists those with no expert at all', async ({ page }) => {
	test.setTimeout(300_000);
	await gotoReady(page, '/report', 180_000);
	await expect(page.getByTestId('illustrative-notice').first()).toBeVisible();
	const { thin, none } = await referenceRow<{ thin: number; none: number }>(depthSql());
	await expect(page.getByTestId('report-kpi-thin')).toHaveText(en.format(thin + none));
	await expect(page.getByTestId('report-no-expert').locator('tbody tr')).toHaveCount(none);
	await expect(page.locator('.kpi', { has: page.getByTestId('report-kpi-intensity') })).toContainText(
		'pooled over all centre-months'
	);
});

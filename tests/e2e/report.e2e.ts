import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { extractText, getDocumentProxy } from 'unpdf';
import { renderReportPdf } from '../../scripts/report-pdf';
import { expectCleanRun, expectNoAxeViolations, gotoReady, watchPage } from './support/app';
import { loadReviewed } from './support/load';
import { referenceRow } from './support/reference';

// DuckDB loads every reference and program table for a report; give the shared machine room.
test.describe.configure({ timeout: 900_000 });

const port = process.env.E2E_PORT ?? 4173;
const base = `http://127.0.0.1:${port}/`;
/** PDF text with every kind of space (narrow no-break spaces in French numbers included) as one plain space. */
const plain = (text: string) => text.replaceAll(/[\s\u00a0\u202f]+/g, ' ');
const fr = (n: number) => plain(new Intl.NumberFormat('fr', { maximumFractionDigits: 0 }).format(n));

test('the Kenya report in French prints to a multi-page A4 PDF with the right text and figures', async ({
	page
}, testInfo) => {
	const watch = watchPage(page);
	const period = { from: '2025-01', to: '2025-12' };
	const { pdf, title } = await renderReportPdf(page, base, {
		scope: { kind: 'country', iso3: 'KEN' },
		period,
		lang: 'fr'
	});
	writeFileSync(testInfo.outputPath('report-KEN-fr.pdf'), pdf);
	expect(title).toBe('Capacités de prise en charge du cancer et mentorat de l’ICEC : Kenya');
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

	const document = await getDocumentProxy(new Uint8Array(pdf));
	const { totalPages, text } = await extractText(document, { mergePages: false });
	expect(totalPages).toBeGreaterThanOrEqual(4);
	const viewport = (await document.getPage(1)).getViewport({ scale: 1 });
	expect([Math.round(viewport.width), Math.round(viewport.height)]).toEqual([595, 842]); // A4 in points
	const pages = text.map(plain);
	const all = pages.join(' ');
	// Running header and "page / pages" on every page.
	pages.forEach((p, i) => {
		expect(p).toContain('Kenya · janvier 2025 – décembre 2025');
		expect(p).toContain(`${i + 1} / ${totalPages}`);
	});
	for (const heading of [
		'Chiffres clés',
		'Capacités de radiothérapie',
		'Couverture du mentorat de l’ICEC',
		'Investissement et rendement',
		'Paramètres et sources',
		'Données illustratives'
	])
		expect(all).toContain(heading);

	// Kenya's figures, computed apart from the app in native DuckDB.
	const ken = await referenceRow<{ new_cases: number; mv_machines: number }>(`
		SELECT b.new_cases, r.mv_machines FROM data/cancer_burden.parquet b, data/rt_capacity.parquet r
		WHERE b.iso3 = 'KEN' AND b.site_code = 40 AND r.iso3 = 'KEN'`);
	const needed = (ken.new_cases * 0.5) / 450;
	expect(all).toContain(`Kenya ${fr(ken.new_cases)} ${fr(ken.mv_machines)} ${fr(needed)}`);
	expect(all).toContain(`Déficit d’appareils ${fr(needed - ken.mv_machines)}`);
	const coverage = await referenceRow<{ name: string; sessions: number; hours: number }>(`
		SELECT c.name, count(*) AS sessions, sum(s.hours) AS hours
		FROM data/program/sessions.csv s JOIN data/program/engagements.csv e USING (engagement_id)
		JOIN data/program/centres.csv c ON c.centre_id = e.centre_id
		WHERE c.iso3 = 'KEN' AND s.date >= DATE '2025-01-01' AND s.date < DATE '2026-01-01' GROUP BY c.name`);
	expect(all).toContain(coverage.name);
	expect(all).toContain(`Séances de mentorat ${fr(coverage.sessions)}`);
	expect(all).toContain(`${fr(coverage.hours)} heures de bénévolat pendant la période`);
	expectCleanRun(watch);
});

test('the Report page: scope and period in the URL, an SVG map, controls that rewrite the link, plain errors', async ({
	page
}) => {
	const watch = watchPage(page);
	await gotoReady(page, '/report?scope=KEN&from=2025-01&to=2025-06', 420_000);
	await expect(page.getByTestId('report-title')).toHaveText(
		'Cancer-care capacity and ICEC mentorship: Kenya'
	);
	await expect(page.getByTestId('report-period')).toHaveText('January 2025 – June 2025');
	// Kenya's eight former provinces, drawn as vector shapes (a WebGL canvas would print blank), and its ICEC centre.
	const map = page.getByTestId('report-map-svg');
	await expect(map.locator('path[stroke="#ffffff"] > title')).toHaveCount(8);
	await expect(map.locator('path[stroke="#14213d"] > title')).toHaveText([
		'Corrmere Teaching Hospital Cancer Unit'
	]);
	await expect(page.getByTestId('report-admin1').locator('tbody tr')).toHaveCount(8);
	await expect(page.getByTestId('illustrative-notice').first()).toBeVisible();
	await expectNoAxeViolations(page);

	await page.locator('.report-controls select').first().selectOption('region');
	await expect(page).toHaveURL(/scope=region%3A/);
	await page.locator('.report-controls select').nth(1).selectOption('Sub-Saharan Africa');
	await expect(page).toHaveURL(/scope=region%3ASub-Saharan\+Africa/);
	await expect(page).toHaveURL(/from=2025-01&to=2025-06/);
	await expect(page.getByTestId('report-title')).toHaveText(
		'Cancer-care capacity and ICEC mentorship: Sub-Saharan Africa'
	);
	await expect(page.getByTestId('capacity-table').locator('tbody tr').first()).toBeVisible();

	await gotoReady(page, '/report?scope=XKX', 420_000);
	await expect(page.getByTestId('report-scope-problem')).toContainText(
		'“XKX”: no country with that ISO 3166 code in the data.'
	);
	await expect(page.getByTestId('report-scope-problem')).toContainText('Known: ABW, AFG');
	await expect(page.getByTestId('report-document')).toHaveCount(0);
	expectCleanRun(watch);
});

test('the command line refuses a malformed scope, language or period before starting a browser', () => {
	const run = (...args: string[]) =>
		spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/report.ts', ...args], {
			encoding: 'utf8'
		});
	const scope = run('--scope', 'Kenya!');
	expect(scope.status).toBe(2);
	expect(scope.stderr).toContain('--scope "Kenya!" is not a scope');
	const lang = run('--scope', 'KEN', '--lang', 'de');
	expect(lang.status).toBe(2);
	expect(lang.stderr).toContain('--lang "de" is not one of en, fr, es, pt.');
	const period = run('--scope', 'KEN', '--period', '2025-13');
	expect(period.status).toBe(2);
	expect(period.stderr).toContain('--period "2025-13" is not a period');
});

test('a table of hostile centre names downloads as a CSV that a spreadsheet opens as text', async ({
	page
}, testInfo) => {
	const watch = watchPage(page);
	const hostile = [
		"=cmd|' /C calc'!A0",
		'+SUM(1,2)',
		'-2+3',
		'@SUM(A1:A9)',
		'\t=1+1',
		'The "quoted" centre, Nairobi',
		'Line one\nLine two'
	];
	const header =
		'centre_id,name,iso3,admin1_code,city,lat,lon,setting,services,mv_machines,phase,phase_since,working_languages,hub_id';
	const rows = hostile.map((name, i) => [
		`C9${i}`,
		name,
		'KEN',
		'KE-110',
		'Nairobi',
		-1.26,
		36.82,
		'lmic',
		'radiotherapy',
		1,
		2,
		'2021-03-01',
		'en;sw',
		'H01'
	]);
	const file = testInfo.outputPath('centres_hostile_report.csv');
	writeFileSync(file, Papa.unparse({ fields: header.split(','), data: rows }));
	await gotoReady(page, '/data', 420_000);
	await page.getByTestId('file-input').setInputFiles(file);
	await expect(page.getByTestId('upload-review')).toBeVisible();
	await loadReviewed(page, /^Load \d+ rows into centres$/);

	await gotoReady(page, '/report?scope=KEN', 420_000);
	const table = page.getByTestId('report-centres');
	await expect(table.locator('tbody tr')).toHaveCount(hostile.length);
	await expect(table).toContainText("=cmd|' /C calc'!A0");
	const download = page.waitForEvent('download');
	await table
		.locator('xpath=ancestor::div[contains(@class,"data-table")]')
		.getByRole('button', { name: 'Download CSV' })
		.click();
	const csv = readFileSync(await (await download).path(), 'utf8');
	const body = csv.replace(/^\uFEFF/, '');
	// The header opens the file, so a spreadsheet reads no note as a data row.
	expect(body.split('\n')[0]).toMatch(/^centre_id,name,iso3,phase,/);
	const parsed = Papa.parse<string[]>(body, { skipEmptyLines: true });
	expect(parsed.errors).toEqual([]);
	const names = parsed.data.slice(1).map((r) => r[1]);
	expect(names.sort()).toEqual(
		[
			"'=cmd|' /C calc'!A0",
			"'+SUM(1,2)",
			"'-2+3",
			"'@SUM(A1:A9)",
			// The loader trims the leading tab; the formula left behind is neutralised.
			"'=1+1",
			'The "quoted" centre, Nairobi',
			'Line one\nLine two'
		].sort()
	);
	// No cell a spreadsheet would run as a formula, and the numbers stay numbers.
	for (const row of parsed.data.slice(1)) {
		for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/);
	}
	page.once('dialog', (dialog) => void dialog.accept());
	await gotoReady(page, '/data', 420_000);
	await page.getByRole('button', { name: 'Reset to the illustrative default' }).click();
	await expect(page.getByTestId('program-table-centres')).toHaveAttribute('data-origin', 'default');
	expectCleanRun(watch);
});

import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expectCleanRun, expectNoAxeViolations, watchPage } from './support/app';
import { loadReviewed } from './support/load';

// Large files are read, checked and kept in these tests; give slow machines room.
test.describe.configure({ timeout: 300_000 });

async function openData(page: Page) {
	await page.goto('/data');
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 120_000 });
}

async function reloadReady(page: Page) {
	await page.reload();
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 120_000 });
}

const fixture = (name: string) => resolve('tests/fixtures/program', name);
const defaultRows = (table: string) =>
	readFileSync(resolve('data/program', `${table}.csv`), 'utf8')
		.trim()
		.split('\n').length - 1;

async function upload(page: Page, path: string) {
	await page.getByTestId('file-input').setInputFiles(path);
	await expect(page.getByTestId('upload-review')).toBeVisible();
}

/** The warning a replacing file gets when other loaded tables refer to keys it does not have. */
const orphanWarning = /^(Replacing|Remplacer) /;

/**
 * The text of each problem row: [row, column, value, problem]. The warning about rows left referring to nothing is
 * left out (most fixtures replace a table the illustrative data refers to); the template test checks it.
 */
async function problems(page: Page, { orphans = false } = {}): Promise<string[][]> {
	const more = page.getByTestId('upload-review').getByRole('button', { name: /Show all/ });
	if (await more.isVisible()) await more.click();
	const rows = await page
		.getByTestId('upload-issues')
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) => [...r.querySelectorAll('th, td')].slice(0, 4).map((c) => c.textContent?.trim() ?? ''))
		);
	return orphans ? rows : rows.filter((r) => !orphanWarning.test(r[3] ?? ''));
}

/** Rows of a default program table with a value in `column`, and the smallest value, from the CSV. */
function referring(table: string, column: string): { count: number; first: string } {
	const [header = '', ...lines] = readFileSync(resolve('data/program', `${table}.csv`), 'utf8')
		.trim()
		.split('\n');
	const at = header.split(',').indexOf(column);
	const values = lines.map((l) => l.split(',')[at] ?? '').filter((v) => v !== '');
	return { count: values.length, first: [...values].sort()[0] ?? '' };
}

/** The text of each conversion row: [column, conversion, cells, example]. */
async function conversions(page: Page): Promise<string[][]> {
	return page
		.getByTestId('upload-conversions')
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? ''))
		);
}

async function expectAllDefault(page: Page) {
	for (const table of ['hubs', 'centres', 'experts', 'engagements', 'investments'])
		await expect(page.getByTestId(`program-table-${table}`)).toHaveAttribute('data-origin', 'default');
	await expect(page.getByTestId('program-table-centres').locator('td').last()).toHaveText(
		String(defaultRows('centres'))
	);
}

test('a template filled with a few bad rows: exactly what was wrong, kept after a reload, removed, reset', async ({
	page
}, testInfo) => {
	const watch = watchPage(page);
	await openData(page);
	await expect(page.getByTestId('illustrative-notice')).toContainText('Illustrative data');

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'centres: CSV template' }).click();
	const template = readFileSync(await (await download).path(), 'utf8').split('\n');
	expect((await download).suggestedFilename()).toBe('centres-template.csv');
	const header = template[0] ?? '';
	expect(header).toBe(
		'centre_id,name,iso3,admin1_code,city,lat,lon,setting,services,mv_machines,phase,phase_since,working_languages,hub_id'
	);
	const filled = [
		header,
		'C201,Lakeside Regional Cancer Centre,KEN,KE-110,Nairobi,-1.29,36.82,lmic,radiotherapy;chemotherapy,2,3,2023-04-01,en;sw,H01',
		'C202,Centre d’oncologie des Collines,SEN,,Dakar,14.69,-17.44,lmic,chemotherapy;surgery,0,1,2025-02-15,fr,H02',
		'C203,Highland Cancer Unit,KEN,,Eldoret,0.51,35.27,lmic,chemotherapy,0,six,2024-01-10,en,H01',
		'C204,Northern Centre,KE,,Garissa,-0.45,39.65,lmic,chemotherapy,0,2,2024-01-10,en,H01',
		'C205,Coastal Centre,KEN,,Mombasa,-4.04,39.67,lmic,chemotherapy,1,2,31/12/2023,en,H01',
		'C206,Valley Centre,SEN,,Thiès,14.79,-16.93,lmic,chemotherapy,0,1,2024-06-01,fr,H01'
	].join('\n');
	const path = testInfo.outputPath('my centres.csv');
	writeFileSync(path, filled);
	await upload(page, path);

	await expect(page.getByTestId('detected-table')).toHaveText(
		'Checked as centres, the table its name gives.'
	);
	await expect(page.getByTestId('upload-summary')).toHaveText('6 rows read: 3 accepted, 3 rejected.');
	// The illustrative engagements, requests, investments and outcomes refer to the illustrative centres only.
	const dependents = ['engagements', 'requests', 'investments', 'outcomes'].map((t) => ({
		t,
		...referring(t, 'centre_id')
	}));
	const list = new Intl.ListFormat('en', { type: 'conjunction' }).format(
		dependents.map((d) => `${d.count.toLocaleString('en-US')} in ${d.t}`)
	);
	expect(await problems(page, { orphans: true })).toEqual([
		[
			'',
			'centre_id',
			dependents.map((d) => d.first).sort()[0],
			`Replacing centres leaves rows of other tables whose centre_id is not in this file (first: ${dependents.map((d) => d.first).sort()[0]}): ${list}. They stay loaded but match nothing, so views leave them out. Load your own files for those tables next, or add to centres instead of replacing it.`
		],
		['4', 'phase', 'six', 'Expected a whole number from 1 to 5.'],
		['5', 'iso3', 'KE', 'Expected three capital letters (ISO 3166-1 alpha-3). Did you mean KEN?'],
		['6', 'phase_since', '31/12/2023', 'Expected a date as YYYY-MM-DD.']
	]);
	// Replacing the illustrative centres asks first, naming the rows it would leave referring to nothing.
	await page.getByRole('button', { name: 'Load 3 rows into centres' }).click();
	const confirm = page.getByTestId('replace-confirm');
	await expect(confirm).toContainText(`Replace the rows of centres? Left referring to nothing: ${list}.`);
	await expect(page.getByTestId('program-table-centres')).toHaveAttribute('data-origin', 'default');
	await confirm.getByRole('button', { name: 'Cancel' }).click();
	await expect(confirm).toBeHidden();
	await loadReviewed(page, 'Load 3 rows into centres');
	await expect(page.getByTestId('upload-done')).toHaveText('3 rows from my centres.csv are now in centres.');
	const centres = page.getByTestId('program-table-centres');
	await expect(centres).toHaveAttribute('data-origin', 'user');
	await expect(centres.locator('td').last()).toHaveText('3');
	await expect(page.getByTestId('illustrative-notice')).toHaveText(
		'Some tables are still illustrative: hubs, experts, engagements, sessions, requests, investments, outcomes, workforce. The others come from your files.'
	);

	await reloadReady(page);
	await expect(centres).toHaveAttribute('data-origin', 'user');
	await expect(centres).toContainText('my centres.csv');
	await expect(centres.locator('td').last()).toHaveText('3');
	await expect(page.getByTestId('illustrative-notice')).toContainText(
		'Some tables are still illustrative: hubs,'
	);
	await expect(page.getByTestId('storage-kind')).toContainText('private file storage');

	await page.getByRole('button', { name: 'Remove my centres.csv' }).click();
	await expect(page.getByTestId('program-status')).toHaveText(
		'my centres.csv was removed; centres was rebuilt from what remains.'
	);
	await expectAllDefault(page);
	await expect(page.getByTestId('illustrative-notice')).toContainText('Illustrative data');

	await upload(page, fixture('hubs_ok.csv'));
	await loadReviewed(page, 'Load 1 row into hubs');
	await expect(page.getByTestId('program-table-hubs')).toHaveAttribute('data-origin', 'user');
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: 'Reset to the illustrative default' }).click();
	await expect(page.getByTestId('program-status')).toHaveText(
		'All program tables are back to the illustrative default.'
	);
	await expect(page.getByTestId('program-table-hubs')).toHaveAttribute('data-origin', 'default');
	await reloadReady(page);
	await expectAllDefault(page);
	expectCleanRun(watch);
});

test('every kind of bad input is named precisely and loses nothing already loaded', async ({ page }) => {
	const watch = watchPage(page);
	await openData(page);
	const review = page.getByTestId('upload-review');
	const fatal = 'Nothing in this file can be loaded. Your loaded data is unchanged.';

	for (const [name, text] of [
		['centres_empty.csv', 'The file is empty: it holds no bytes, or only blank lines.'],
		['centres_header_only.csv', 'Only a header row: the file has no data rows.']
	] as const) {
		await upload(page, fixture(name));
		await expect(page.getByTestId('upload-summary')).toHaveText(fatal);
		expect(await problems(page)).toEqual([['', '', '', text]]);
	}

	await upload(page, fixture('centres_pipe_delimited.csv'));
	await expect(review.getByRole('alert')).toHaveText(
		'The columns seem to be separated by “|”. Save the file with commas, semicolons or tabs between columns.'
	);

	await upload(page, fixture('sessions_conversions.csv'));
	expect(await conversions(page)).toEqual([
		['engagement_id', 'spaces around the value removed', '1', 'row 2: “ G0001 ” → G0001'],
		['date', 'midnight time dropped from a date', '2', 'row 3: “2024-01-06T00:00:00Z” → 2024-01-06'],
		['hours', 'number written another way (sign, exponent)', '2', 'row 4: “+3” → 3'],
		['mode', 'case, spaces or hyphens normalised', '3', 'row 3: “In-Country” → in_country']
	]);

	await upload(page, fixture('investments_wrong_types.csv'));
	await expect(page.getByTestId('upload-summary')).toHaveText('5 rows read: 2 accepted, 3 rejected.');
	const amount = 'Expected a number from 0 to 10,000,000,000 (US$).';
	expect(await problems(page)).toEqual([
		['3', 'amount_usd', 'N/A', amount],
		['4', 'amount_usd', '1,234', amount],
		['5', 'amount_usd', '1.234,5', amount]
	]);

	await upload(page, fixture('engagements_wrong_dates.csv'));
	expect(await problems(page)).toEqual([
		['3', 'start', '15/01/2023', 'Expected a date as YYYY-MM-DD.'],
		['4', 'start', '44941', 'Expected a date as YYYY-MM-DD.']
	]);

	await upload(page, fixture('centres_country_codes.csv'));
	const country = 'Expected an ISO 3166-1 alpha-3 country code (e.g. KEN); no such row is loaded.';
	expect(await problems(page)).toEqual([
		['3', 'iso3', 'KE', 'Expected three capital letters (ISO 3166-1 alpha-3). Did you mean KEN?'],
		['4', 'iso3', 'XYZ', country],
		['5', 'iso3', 'ROM', `${country} Did you mean ROU?`]
	]);

	await upload(page, fixture('centres_duplicate_key.csv'));
	expect(await problems(page)).toEqual([
		['4', 'centre_id', 'C001', 'Expected a value not used by any other row: row 2 already uses it.']
	]);

	await upload(page, fixture('engagements_missing_refs.csv'));
	expect(await problems(page)).toEqual([
		['3', 'centre_id', 'C999', 'Expected an existing centre_id of centres; no such row is loaded.'],
		['4', 'expert_id', 'E999', 'Expected an existing expert_id of experts; no such row is loaded.']
	]);

	await upload(page, fixture('sessions_corrupt.parquet'));
	await expect(page.getByTestId('upload-summary')).toHaveText(fatal);
	await expect(page.getByTestId('upload-issues')).toContainText('The file could not be read (');

	await upload(page, fixture('hubs_latin1.csv'));
	await expect(page.getByTestId('upload-summary')).toHaveText('1 row read: 1 accepted, 0 rejected.');

	// Nothing above was loaded: every table is still the default.
	await page.getByRole('button', { name: 'Discard this file' }).click();
	await expectAllDefault(page);

	// Sizes are checked before reading: a File whose size says 3 GB is refused, 600 MB is read after a warning.
	for (const [bytes, text] of [
		[3e9, 'huge.csv is 3 GB: files over 2 GB are refused before reading.'],
		[6e8, 'huge.csv is 600 MB: reading it may take a while and use a lot of memory.']
	] as const) {
		await page.getByTestId('file-drop').evaluate((zone, bytes) => {
			const file = new File(['hub_id,name,city,iso3,lat,lon\nH01,Hub,Boston,USA,42.36,-71.06\n'], 'huge.csv');
			Object.defineProperty(file, 'size', { value: bytes });
			const drop = new Event('drop', { bubbles: true, cancelable: true });
			Object.defineProperty(drop, 'dataTransfer', { value: { files: [file], types: ['Files'] } });
			zone.dispatchEvent(drop);
		}, bytes);
		await expect(page.getByTestId('upload-messages')).toContainText(text);
	}
	expectCleanRun(watch);
});

test('markup and formulas in a file stay text on screen and in downloads', async ({ page }) => {
	const watch = watchPage(page);
	await openData(page);
	await upload(page, fixture('centres_hostile_text.csv'));
	await loadReviewed(page, /^Load \d+ rows into centres$/);
	await page.getByTestId('sql-text').fill('SELECT centre_id, name, city FROM centres ORDER BY centre_id');
	await page.getByRole('button', { name: 'Run' }).click();
	const result = page.getByTestId('sql-result');
	await expect(result).toContainText('<img src=x onerror=alert(1)>');
	await expect(result).toContainText('=HYPERLINK("http://example.invalid","click")');
	expect(await page.locator('main img').count()).toBe(0);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download CSV' }).click();
	const csv = readFileSync(await (await download).path(), 'utf8');
	expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"",""click"")"`);
	expect(csv).toContain("'+SUM(A1:A2)");
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: 'Reset to the illustrative default' }).click();
	await expectAllDefault(page);
	expectCleanRun(watch);
});

test('the SQL console answers a SELECT and refuses writes, ATTACH, COPY and INSTALL', async ({ page }) => {
	const watch = watchPage(page);
	await openData(page);
	const sql = page.getByTestId('sql-text');
	const status = page.getByTestId('sql-status');
	const run = page.getByRole('button', { name: 'Run' });

	await sql.fill('SELECT count(*) AS centres, count(DISTINCT hub_id) AS hubs FROM centres');
	await run.click();
	const hubs = new Set(
		readFileSync(resolve('data/program/centres.csv'), 'utf8')
			.trim()
			.split('\n')
			.slice(1)
			.map((l) => l.split(',').at(-1) ?? '')
	);
	await expect(page.getByTestId('sql-result').locator('tbody tr').first()).toHaveText(
		`${defaultRows('centres')}${hubs.size}`
	);
	await expect(status).toContainText('1 row in');

	for (const [statement, word] of [
		["INSERT INTO centres (centre_id) VALUES ('X')", 'INSERT'],
		["ATTACH 'other.db'", 'ATTACH'],
		["COPY centres TO 'out.csv'", 'COPY'],
		['INSTALL httpfs', 'INSTALL'],
		['DROP TABLE centres', 'DROP']
	] as const) {
		await sql.fill(statement);
		await run.click();
		await expect(status).toHaveText(
			`Refused: the console is read-only; ${word} is not allowed (no writes, ATTACH, COPY, INSTALL, LOAD, SET or PRAGMA).`
		);
	}
	await sql.fill('SELECT 1; SELECT 2');
	await run.click();
	await expect(status).toHaveText('Refused: one statement at a time.');
	await sql.fill("SELECT * FROM read_csv('/etc/passwd')");
	await run.click();
	await expect(status).toContainText('DuckDB could not run it:');

	await sql.fill('SELECT count(*) FROM range(100000000000) a');
	await run.click();
	await expect(status).toHaveText('Running…');
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(status).toHaveText('The query was cancelled.');

	await sql.fill('SELECT count(*) AS n FROM centres');
	await run.click();
	await expect(page.getByTestId('sql-result').locator('tbody tr').first()).toHaveText(
		String(defaultRows('centres'))
	);
	expectCleanRun(watch);
});

test('when the browser keeps no files, the app says so and works in memory', async ({ page }) => {
	const watch = watchPage(page);
	await page.addInitScript(() => {
		const refuse = () => Promise.reject(new DOMException('The user denied storage', 'SecurityError'));
		Object.defineProperty(navigator.storage, 'getDirectory', { value: refuse });
		Object.defineProperty(window, 'indexedDB', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
	});
	await openData(page);
	await expect(page.getByTestId('storage-kind')).toHaveText(
		'This browser does not let the app keep files (private window or storage turned off): your files work until you close or reload the page.'
	);
	await upload(page, fixture('hubs_ok.csv'));
	await loadReviewed(page, 'Load 1 row into hubs');
	await expect(page.getByTestId('upload-done')).toHaveText(
		'1 row from hubs_ok.csv is now in hubs. The browser would not keep a copy: the rows are loaded for this session only.'
	);
	await expect(page.getByTestId('program-table-hubs')).toHaveAttribute('data-origin', 'user');
	expectCleanRun(watch);
});

test('the Data page reads in French and has no WCAG 2.2 AA violation', async ({ page }) => {
	const watch = watchPage(page);
	await openData(page);
	await expectNoAxeViolations(page);
	await page.getByLabel('Language').selectOption('fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Données : ce qui est chargé, et vos propres fichiers'
	);
	await upload(page, fixture('engagements_wrong_dates.csv'));
	expect(await problems(page)).toEqual([
		['3', 'start', '15/01/2023', 'Attendu : une date au format AAAA-MM-JJ.'],
		['4', 'start', '44941', 'Attendu : une date au format AAAA-MM-JJ.']
	]);
	await expect(page.getByTestId('upload-summary')).toHaveText('3 lignes lues : 1 acceptée, 2 rejetées.');
	await expectNoAxeViolations(page);
	expectCleanRun(watch);
});

/** A sessions file of `rows` rows (over 1 MB, so it takes the large-file path) with four bad rows at known places. */
function sessionsFile(path: string, rows: number) {
	const lines = ['session_id,engagement_id,date,hours,mode'];
	for (let i = 1; i <= rows; i++) {
		const id = `T${String(i).padStart(7, '0')}`;
		const engagement = `G${String((i % 1500) + 1).padStart(4, '0')}`;
		lines.push(`${id},${engagement},2023-0${(i % 9) + 1}-1${i % 10},${(i % 8) / 2 + 0.5},telemedicine`);
	}
	lines[10] = 'T0000010,G0001,31/12/2023,1,telemedicine'; // row 11: a date in dd/mm/yyyy
	lines[20] = 'T0000020,G0001,2023-01-01,25,telemedicine'; // row 21: more than 24 hours
	lines[30] = 'T0000030,G9999,2023-01-01,1,telemedicine'; // row 31: an engagement that does not exist
	lines[40] = 'T0000039,G0001,2023-01-01,1,telemedicine'; // row 41: the key of row 40 again
	lines[50] = ' T0000050 ,G0001,2023-01-10T00:00:00Z,1,In-Country'; // row 51: accepted, with three conversions
	writeFileSync(path, lines.join('\n') + '\n');
}

/** Names of the program files kept in the browser's private file storage. */
async function storedFiles(page: Page): Promise<string[]> {
	return page.evaluate(`(async () => {
		const root = await navigator.storage.getDirectory();
		const dir = await root.getDirectoryHandle('icec-program-files', { create: true });
		const names = [];
		for await (const name of dir.keys()) names.push(name);
		return names.sort();
	})()`);
}

test('a large CSV is read in place, checked in SQL, loaded, kept after a reload, and DuckDB reads nothing else', async ({
	page
}, testInfo) => {
	const watch = watchPage(page);
	const rows = 50_000;
	const path = testInfo.outputPath('sessions 2025.csv');
	sessionsFile(path, rows);
	await openData(page);
	await upload(page, path);
	await expect(page.getByTestId('upload-summary')).toHaveText(
		`${rows.toLocaleString('en-US')} rows read: ${(rows - 4).toLocaleString('en-US')} accepted, 4 rejected.`
	);
	expect(await problems(page)).toEqual([
		['11', 'date', '31/12/2023', 'Expected a date as YYYY-MM-DD.'],
		['21', 'hours', '25', 'Expected a number from 0 to 24 (hours).'],
		[
			'31',
			'engagement_id',
			'G9999',
			'Expected an existing engagement_id of engagements; no such row is loaded.'
		],
		['41', 'session_id', 'T0000039', 'Expected a value not used by any other row: row 40 already uses it.']
	]);
	expect(await conversions(page)).toEqual([
		['session_id', 'spaces around the value removed', '1', 'row 51: “ T0000050 ” → T0000050'],
		['date', 'midnight time dropped from a date', '1', 'row 51: “2023-01-10T00:00:00Z” → 2023-01-10'],
		['mode', 'case, spaces or hyphens normalised', '1', 'row 51: “In-Country” → in_country']
	]);

	// While the file is registered: DuckDB reads it by its upload path, and nothing outside that directory.
	const sql = page.getByTestId('sql-text');
	const status = page.getByTestId('sql-status');
	const run = page.getByRole('button', { name: 'Run' });
	await sql.fill("SELECT file FROM glob('/upload/*')");
	await run.click();
	const registered =
		(await page.getByTestId('sql-result').locator('tbody tr').first().textContent())?.trim() ?? '';
	expect(registered).toMatch(/^\/upload\/[0-9a-f-]+\.csv$/);
	await sql.fill(`SELECT count(*) AS n FROM read_csv('${registered}')`);
	await run.click();
	await expect(page.getByTestId('sql-result').locator('tbody tr').first()).toHaveText(String(rows));
	for (const outside of [
		'https://example.com/sessions.csv',
		'http://127.0.0.1/sessions.csv',
		'/etc/passwd',
		`/upload/../${registered.slice('/upload/'.length)}`
	]) {
		await sql.fill(`SELECT count(*) FROM read_csv('${outside}')`);
		await run.click();
		await expect(status).toContainText('Permission Error');
	}

	await page
		.getByRole('button', { name: `Load ${(rows - 4).toLocaleString('en-US')} rows into sessions` })
		.click();
	await expect(page.getByTestId('upload-done')).toHaveText(
		`${(rows - 4).toLocaleString('en-US')} rows from sessions 2025.csv are now in sessions.`
	);
	const count = page.getByTestId('program-table-sessions').locator('td').last();
	await expect(count).toHaveText((rows - 4).toLocaleString('en-US'));
	await sql.fill(
		"SELECT count(*) AS n, max(hours) AS h, min(date) AS d FROM sessions WHERE session_id <> 'x'"
	);
	await run.click();
	await expect(page.getByTestId('sql-result').locator('tbody tr').first()).toHaveText(
		`${rows - 4}42023-01-10`
	);

	// The accepted rows are kept as a checked copy beside the file, and the reload reads them instead of the file.
	await expect.poll(() => storedFiles(page)).toContainEqual(expect.stringMatching(/\.checked-key\.bin$/));
	await reloadReady(page);
	await expect(count).toHaveText((rows - 4).toLocaleString('en-US'));
	await expect(page.getByTestId('program-table-sessions')).toHaveAttribute('data-origin', 'user');
	await expect(page.getByTestId('program-tables')).not.toContainText('could not');
	expect(await page.evaluate(`performance.getEntriesByName('program-checked-copy-read').length`)).toBe(1);
	await sql.fill(
		"SELECT count(*) AS n, max(hours) AS h, min(date) AS d FROM sessions WHERE session_id <> 'x'"
	);
	await run.click();
	await expect(page.getByTestId('sql-result').locator('tbody tr').first()).toHaveText(
		`${rows - 4}42023-01-10`
	);

	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: 'Reset to the illustrative default' }).click();
	await expect(count).toHaveText(defaultRows('sessions').toLocaleString('en-US'));
	await expect.poll(() => storedFiles(page)).toEqual(['manifest.json']);
	expectCleanRun(watch);
});

test('reading a large file can be cancelled, and nothing loaded changes', async ({ page }, testInfo) => {
	const watch = watchPage(page);
	const path = testInfo.outputPath('sessions big.csv');
	sessionsFile(path, 400_000);
	await openData(page);
	await page.getByTestId('file-input').setInputFiles(path);
	await expect(page.getByTestId('upload-progress')).toBeVisible();
	await page.getByTestId('upload-progress').getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByTestId('upload-cancelled')).toHaveText(
		'Reading sessions big.csv was cancelled. Nothing already loaded has changed.'
	);
	await expect(page.getByTestId('upload-review')).toHaveCount(0);
	await expect(page.getByTestId('program-table-sessions').locator('td').last()).toHaveText(
		defaultRows('sessions').toLocaleString('en-US')
	);
	expectCleanRun(watch);
});

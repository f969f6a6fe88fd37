import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { HOSTILE_UPLOADS } from '../fixtures/hostile-uploads';
import { expectCleanRun, gotoReady, watchPage, type PageWatch } from './support/app';

// One page for the whole flow: the program tables load once, and every file after that is read in the same session.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

let page: Page;
let watch: PageWatch;

const HUBS = 'hub_id,name,city,iso3,lat,lon';
const buffer = (text: string) => Buffer.from(text, 'utf8');

async function put(name: string, bytes: Buffer | Uint8Array) {
	await page
		.getByTestId('file-input')
		.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
	await expect(page.getByTestId('upload-review')).toBeVisible();
	await expect(page.getByTestId('upload-review')).toContainText(name);
}

async function discard() {
	await page.getByRole('button', { name: 'Discard this file' }).click();
	await expect(page.getByTestId('upload-review')).toBeHidden();
}

const tables = () => page.getByTestId('program-tables').innerText();

/** Rows of an illustrative table with a value in `column` (all refer to illustrative rows). */
function referringTo(table: string, column: string): number {
	const rows = Papa.parse<Record<string, string>>(readFileSync(`data/program/${table}.csv`, 'utf8'), {
		header: true,
		skipEmptyLines: true
	}).data;
	return rows.filter((r) => (r[column] ?? '') !== '').length;
}

test.beforeAll(async ({ browser }) => {
	page = await browser.newPage();
	watch = watchPage(page);
	await gotoReady(page, '/data', 120_000);
});

test.afterAll(async () => {
	expectCleanRun(watch);
	await page.close();
});

test('a good file of the user’s own loads first', async () => {
	await put(
		'our hubs.csv',
		buffer(`${HUBS}\nH91,First Hub,Lyon,FRA,45.76,4.84\nH92,Second Hub,Dakar,SEN,14.69,-17.44\n`)
	);
	await expect(page.getByTestId('detected-table')).toHaveText('Checked as hubs, the table its name gives.');
	// Replace is the default over the illustrative rows, but it asks first: the illustrative centres and experts
	// would be left referring to hubs that are gone.
	await expect(page.getByRole('radio', { name: 'Replace the table’s rows' })).toBeChecked();
	await page.getByRole('button', { name: 'Load 2 rows into hubs' }).click();
	const confirm = page.getByTestId('replace-confirm');
	await expect(confirm).toHaveText(
		`Replace the rows of hubs? Left referring to nothing: ${referringTo('centres', 'hub_id')} in centres and ${referringTo('experts', 'hub_id')} in experts. Replace and load Cancel`
	);
	await confirm.getByRole('button', { name: 'Cancel' }).click();
	await expect(confirm).toBeHidden();
	await expect(page.getByTestId('program-table-hubs')).toHaveAttribute('data-origin', 'default');
	await page.getByRole('button', { name: 'Load 2 rows into hubs' }).click();
	await confirm.getByRole('button', { name: 'Replace and load' }).click();
	await expect(page.getByTestId('upload-done')).toContainText('2 rows');
	await expect(page.getByTestId('program-table-hubs')).toHaveAttribute('data-origin', 'user');
});

test.describe('each odd or hostile file gets its own message and changes nothing', () => {
	for (const h of HOSTILE_UPLOADS) {
		test(h.what, async () => {
			const before = await tables();
			await put(h.name, h.bytes);
			await expect(page.getByTestId('upload-review')).toContainText(h.shows);
			await discard();
			expect(await tables()).toBe(before);
		});
	}
});

test('centre_id,name,iso3 is not taken for outcomes: the user picks the table from the two closest', async () => {
	await put('export.csv', buffer('centre_id,name,iso3\nC901,Lakeside,KEN\n'));
	const candidates = page.getByTestId('table-candidates');
	await expect(candidates).toContainText('centres: 63% match, 3 of 10 required columns');
	await expect(candidates).toContainText('hubs: 50% match, 2 of 6 required columns');
	await expect(page.getByTestId('detected-table')).toHaveText(
		'Not recognised: the closest table, centres, has only 3 of its 10 required columns. Choose the table the file holds.'
	);
	await expect(candidates).not.toContainText('outcomes');
	await page.getByRole('button', { name: 'Check as centres' }).click();
	await expect(page.getByTestId('upload-issues')).toContainText('Required column city is missing.');
	await discard();
});

test('the problem list shows some of each kind, and its CSV holds them all', async () => {
	const many = HOSTILE_UPLOADS.find((h) => h.name === 'sessions many.csv');
	if (!many) throw new Error('fixture missing');
	await put(many.name, many.bytes);
	await expect(page.getByTestId('hidden-issues')).toContainText('280 more problems of this kind');
	const download = page.waitForEvent('download');
	await page.getByTestId('upload-review').getByRole('button', { name: 'Download CSV' }).click();
	const text = readFileSync(await (await download).path(), 'utf8');
	expect(text.trim().split('\n')).toHaveLength(301);
	await discard();
});

test('adding is the default once the user has rows, and replacing them asks first, naming what would be lost', async () => {
	await put('more hubs.csv', buffer(`${HUBS}\nH93,Third Hub,Lima,PER,-12.05,-77.04\n`));
	await expect(page.getByRole('radio', { name: 'Add to the table’s rows' })).toBeChecked();
	await expect(page.getByTestId('default-append')).toHaveText(
		'“Add” is chosen because hubs already holds rows you loaded.'
	);
	await page.getByRole('radio', { name: 'Replace the table’s rows' }).check();
	await page.getByRole('button', { name: 'Load 1 row into hubs' }).click();
	const confirm = page.getByTestId('replace-confirm');
	await expect(confirm).toContainText('Replace hubs? Its 2 rows now loaded will be dropped.');
	await confirm.getByRole('button', { name: 'Cancel' }).click();
	await expect(confirm).toBeHidden();
	await page.getByRole('radio', { name: 'Add to the table’s rows' }).check();
	await page.getByRole('button', { name: 'Load 1 row into hubs' }).click();
	await expect(page.getByTestId('upload-done')).toContainText('1 row');
});

test('nothing loaded is lost across all of them and a reload', async () => {
	await expect(page.getByTestId('program-table-hubs').locator('td.numeric')).toHaveText('3');
	const before = await tables();
	await page.reload();
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 120_000 });
	expect(await tables()).toBe(before);
});

test.describe('admin-1 figures: nothing good is replaced by something worse', () => {
	let country: Page;
	const figures = (name: string, text: string) =>
		country.getByTestId('figures-input').setInputFiles({ name, mimeType: 'text/csv', buffer: buffer(text) });
	const summary = () => country.getByTestId('figures-summary');

	test.beforeAll(async ({ browser }) => {
		country = await browser.newPage();
		await gotoReady(country, '/country/NGA', 180_000);
		await country.getByTestId('figures-input').setInputFiles('tests/fixtures/country/nigeria-admin1.csv');
		await expect(summary()).toContainText('7 of 9 rows matched');
	});

	test.afterAll(async () => {
		await country.close();
	});

	test('a semicolon file with decimal commas matching no unit asks, naming both counts, and can be declined', async () => {
		await figures('ministry.csv', 'State;Cas\nAtlantis;12,5\nMu;3,25\n');
		await expect(country.getByTestId('figures-worse')).toContainText(
			'ministry.csv matches 0 of the 37 units; nigeria-admin1.csv, loaded now, matches 7. Replace it anyway?'
		);
		await country.getByRole('button', { name: 'Do not load it' }).click();
		await expect(country.getByTestId('figures-worse')).toBeHidden();
		await expect(summary()).toContainText('7 of 9 rows matched');
	});

	test('a file matching far fewer units loads only when confirmed, and the replaced file can be restored', async () => {
		await figures('two states.csv', 'State,Staff\nLagos,15\nKano,4\n');
		await expect(country.getByTestId('figures-worse')).toContainText(
			'two states.csv matches 2 of the 37 units; nigeria-admin1.csv, loaded now, matches 7.'
		);
		await country.getByRole('button', { name: 'Load two states.csv anyway' }).click();
		await expect(summary()).toContainText('2 of 2 rows matched');
		await expect(country.getByTestId('figures-previous')).toContainText(
			'two states.csv replaced nigeria-admin1.csv.'
		);
		await country.getByRole('button', { name: 'Restore nigeria-admin1.csv' }).click();
		await expect(summary()).toContainText('7 of 9 rows matched');
		await expect(country.getByTestId('own-files')).toHaveAttribute('data-settled', 'true');
		await country.reload();
		await expect(country.getByTestId('app-ready')).toBeAttached({ timeout: 180_000 });
		await expect(summary()).toContainText('7 of 9 rows matched');
	});
});

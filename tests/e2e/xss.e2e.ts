import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { expectCleanRun, gotoReady, watchPage } from './support/app';
import {
	expectInertSvg,
	expectNoInjection,
	hostileNames,
	uploadHostileProgram,
	watchDialogs
} from './support/hostile';

// Markup in names must show as the characters typed, everywhere: on screen, in tooltips, titles and downloads.
test.describe.configure({ timeout: 420_000 });

const [img = '', script = ''] = hostileNames;

async function readDownload(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
	const download = page.waitForEvent('download');
	await click();
	const file = await download;
	return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** Every CSV and SVG the view offers: CSVs returned as text, SVGs checked inert; returns all the text. */
async function everyDownload(page: Page): Promise<string> {
	let all = '';
	const main = page.locator('main');
	for (const kind of ['Download CSV', 'Download SVG']) {
		const buttons = main.getByRole('button', { name: kind, exact: true });
		const count = await buttons.count();
		for (let i = 0; i < count; i++) {
			const { text } = await readDownload(page, () => buttons.nth(i).click());
			if (kind === 'Download SVG') await expectInertSvg(page, text);
			all += `${text}\n`;
		}
	}
	return all;
}

/** Moves the mouse over a grid of points on a map so that its tooltip shows for whatever lies there. */
async function sweep(page: Page, testId: string, dialogs: string[]): Promise<void> {
	const map = page.getByTestId(testId);
	await expect(map).toHaveAttribute('data-map-state', 'drawn', { timeout: 60_000 });
	const box = await map.boundingBox();
	if (!box) throw new Error(`${testId} has no box`);
	for (let x = 0.2; x < 0.9; x += 0.15)
		for (let y = 0.3; y < 0.8; y += 0.15) {
			await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
			await expectNoInjection(page, dialogs, `${testId} hovered`);
		}
}

test('hostile names in hubs, centres and experts show as text on every view and in every download', async ({
	page
}, testInfo) => {
	const watch = watchPage(page);
	const dialogs = watchDialogs(page);
	await gotoReady(page, '/data', 120_000);
	await uploadHostileProgram(page, testInfo);
	await expectNoInjection(page, dialogs, '/data after upload');

	// The console shows the names as cells; its CSV keeps them as text.
	await page.getByTestId('sql-text').fill('SELECT hub_id, name, city FROM hubs ORDER BY hub_id');
	await page.getByRole('button', { name: 'Run' }).click();
	const result = page.getByTestId('sql-result');
	for (const name of hostileNames) await expect(result).toContainText(name);
	const consoleCsv = await readDownload(page, () =>
		page.getByRole('button', { name: 'Download CSV' }).click()
	);
	expect(consoleCsv.text).toContain(`${img} H01`);
	expect(consoleCsv.text).toContain(`"${script.replaceAll('"', '""')} H02"`);
	await expectNoInjection(page, dialogs, '/data console');

	await gotoReady(page, '/mentorship', 120_000);
	await expect(page.locator('main')).toContainText(`${img} C`);
	await expect(page.getByTestId('requests-title')).toContainText(/<|"|javascript:/);
	const mentorshipFiles = await everyDownload(page);
	for (const name of hostileNames) expect(mentorshipFiles).toContain(name.replaceAll('"', '""'));
	await sweep(page, 'world-map', dialogs);
	await expectNoInjection(page, dialogs, '/mentorship');

	await gotoReady(page, '/roi', 120_000);
	await expect(page.locator('main')).toContainText(`${img} C`);
	expect(await everyDownload(page)).toContain(img);
	await expectNoInjection(page, dialogs, '/roi');

	await gotoReady(page, '/centre/C002', 120_000);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${script} C002`);
	await expect(page.locator('main')).toContainText(`${img} E`);
	const centreFiles = await everyDownload(page);
	expect(centreFiles).toContain(`${img} E`);
	await expectNoInjection(page, dialogs, '/centre/C002');

	// Cameroon is C002's country: its ICEC centres are listed by name and drawn on the admin-1 map.
	await gotoReady(page, '/country/CMR', 120_000);
	await expect(page.getByTestId('icec-list')).toContainText(`${script} C002`);
	await sweep(page, 'admin1-map', dialogs);
	await expectNoInjection(page, dialogs, '/country/CMR');

	for (const path of ['/', '/gaps', '/methods']) {
		await gotoReady(page, path, 120_000);
		await expectNoInjection(page, dialogs, path);
	}
	expectCleanRun(watch);
});

test('hostile text in a file name, a rejected value and an address shows as text', async ({
	page
}, testInfo) => {
	const watch = watchPage(page);
	const dialogs = watchDialogs(page);
	await gotoReady(page, '/data', 120_000);
	const header = readFileSync('data/program/hubs.csv', 'utf8').split('\n')[0];
	const path = testInfo.outputPath(`${img}.csv`);
	writeFileSync(path, `${header}\nH01,Hub,Boston,"${script.replaceAll('"', '""')}",42.36,-71.06\n`);
	await page.getByTestId('file-input').setInputFiles(path);
	await expect(page.getByTestId('upload-review')).toBeVisible();
	await expect(page.getByTestId('upload-issues')).toContainText(script);
	await expect(page.getByTestId('upload-review')).toContainText(`${img}.csv`);
	await expectNoInjection(page, dialogs, 'upload review');

	// An address naming a centre with markup: the page says no such centre, quoting the text as typed.
	await page.goto(`/centre/${encodeURIComponent(img)}`);
	await expect(page.locator('main')).toContainText(img, { timeout: 60_000 });
	await expectNoInjection(page, dialogs, 'centre address');
	expectCleanRun(watch);
});

import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectCleanRun, expectNoAxeViolations, gotoReady, watchPage } from './support/app';

type Messages = Record<string, string>;
const messages = (path: string): Messages => JSON.parse(readFileSync(path, 'utf8')) as Messages;
const es = {
	...messages('messages/es.json'),
	...messages('messages/gaps/es.json'),
	...messages('messages/share/es.json')
};
const fr = { ...messages('messages/fr.json'), ...messages('messages/gaps/fr.json') };
const esMethods = messages('messages/methods/es.json');

/** A Gaps view with every kind of state in the address: indicator, scale, filter, selection and a parameter. */
const state = 'indicator=rt-machines&per=per-million&region=Sub-Saharan+Africa&courses=500&country=NGA';
const paramsWithoutLang = (url: string) => {
	const search = new URL(url).searchParams;
	search.delete('lang');
	return [...search].sort();
};

async function expectGapsState(page: Page, t: Messages, courses: Messages) {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.gaps_title!);
	await expect(page.getByLabel(t.gaps_control_indicator!, { exact: true })).toHaveValue('rt-machines');
	await expect(page.getByLabel(t.gaps_control_normalisation!, { exact: true })).toHaveValue('per-million');
	await expect(page.getByLabel(t.gaps_control_region!, { exact: true })).toHaveValue('Sub-Saharan Africa');
	await expect(page.getByRole('spinbutton', { name: courses.methods_param_courses_label! })).toHaveValue(
		'500'
	);
	await expect(page.getByTestId('selected-country')).toContainText('Nigeria');
}

/** The countries the table lists, by the links to their pages: names differ by language ("Kenia", "Quénia"). */
const tableRows = async (page: Page) =>
	(
		await page
			.getByTestId('gaps-table')
			.locator('tbody tr th a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
	).sort();

test('a link with ?lang=es restores the view in Spanish; copy link gives that link; switching keeps the view', async ({
	page,
	context,
	browser
}) => {
	test.slow(); // three full loads of the Gaps view
	const watch = watchPage(page);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await gotoReady(page, `/gaps?${state}&lang=es`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expectGapsState(page, es, esMethods);
	await expect(page.getByTestId('gaps-table').locator('caption')).toContainText('países');
	const spanishRows = await tableRows(page);
	expect(spanishRows.length).toBeGreaterThan(10);

	// The copied link is the address with all its state and the language.
	await page.getByRole('button', { name: es.share_copy_link! }).click();
	await expect(page.getByRole('status').filter({ hasText: es.share_copied! })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(page.url());
	expect(new URL(copied).searchParams.get('lang')).toBe('es');
	expect(paramsWithoutLang(copied)).toEqual(paramsWithoutLang(`http://x/gaps?${state}`));

	// Someone else opens it: same view, same rows, in Spanish (no stored language in a new browser profile).
	const other = await browser.newContext();
	const otherPage = await other.newPage();
	await gotoReady(otherPage, copied, 120_000);
	await expect(otherPage.locator('html')).toHaveAttribute('lang', 'es');
	await expectGapsState(otherPage, es, esMethods);
	expect(await tableRows(otherPage)).toEqual(spanishRows);
	await other.close();

	// Switching the language keeps every other parameter and opens the same view at its French address.
	await page.getByLabel(es.language_label!, { exact: true }).selectOption('fr');
	await expect(page).toHaveURL(/\/fr\/gaps\?/);
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 120_000 });
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	expect(paramsWithoutLang(page.url())).toEqual(paramsWithoutLang(copied));
	await expectGapsState(page, fr, messages('messages/methods/fr.json'));
	expect(await tableRows(page)).toEqual(spanishRows);
	expectCleanRun(watch);
});

test('the stored language follows the reader across views; the copy link then adds it to the address', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await gotoReady(page, '/?lang=es');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(es.overview_title!);
	await page.getByRole('navigation').getByRole('link', { name: esMethods.methods_nav! }).click();
	await expect(page).toHaveURL(/\/methods$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(esMethods.methods_title!);
	await page.getByRole('button', { name: es.share_copy_link! }).click();
	await expect(page.getByRole('status')).toHaveText(es.share_copied!);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${page.url()}?lang=es`);
});

test('an unknown language in the address falls back quietly to the reader’s own', async ({ page }) => {
	const watch = watchPage(page);
	await gotoReady(page, '/?lang=xx');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		messages('messages/en.json').overview_title!
	);
	expectCleanRun(watch);
});

test('without a clipboard the link is shown selected, by keyboard alone, and Escape returns to the button', async ({
	page
}) => {
	await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
	await gotoReady(page, `/gaps?${state}&lang=es`);
	const button = page.getByRole('button', { name: es.share_copy_link! });
	for (let i = 0; i < 30 && !(await button.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(button).toBeFocused();
	await page.keyboard.press('Enter');
	const field = page.getByRole('textbox', { name: es.share_link_field! });
	await expect(field).toBeFocused();
	await expect(field).toHaveValue(page.url());
	await expect(field).toHaveAttribute('readonly', '');
	expect(await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([
		0,
		page.url().length
	]);
	await expectNoAxeViolations(page);
	await page.keyboard.press('Escape');
	await expect(field).toBeHidden();
	await expect(button).toBeFocused();
});

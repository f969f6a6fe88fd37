import { expect, test } from '@playwright/test';
import { parameterDefinitions, numericParameterIds } from '../../src/lib/models/parameters';
import { REFERENCE_TABLES } from '../../src/lib/data/reference-tables';
import { expectCleanRun, expectNoAxeViolations, gotoReady, watchPage } from './support/app';

test('every assumption shows its default, range and citation, from the model definitions', async ({
	page
}) => {
	const watch = watchPage(page);
	await gotoReady(page, '/methods');
	for (const id of numericParameterIds) {
		const definition = parameterDefinitions[id];
		const entry = page.getByTestId(`methods-param-${id}`);
		await expect(entry).toContainText(definition.label);
		await expect(entry).toContainText(`${definition.citation.author} (${definition.citation.year})`);
		await expect(entry).toContainText(definition.citation.title);
	}
	await expect(page.getByTestId('methods-param-courses')).toContainText(
		'Default 450 courses per machine-year; range 200–1,200.'
	);
	await expect(page.getByTestId('methods-param-courses')).toContainText('Extended 12-hour day: 1,000');
	for (const table of REFERENCE_TABLES) {
		const entry = page.getByTestId(`methods-table-${table.name}`);
		for (const source of table.sources) await expect(entry).toContainText(`Licence: ${source.licence}`);
	}
	await expect(page.locator('#program-data')).toContainText('workforce');
	expectCleanRun(watch);
});

test('source links on the Gaps view lead to their sections here', async ({ page }) => {
	await gotoReady(page, '/gaps');
	await page.getByRole('link', { name: 'Method and sources' }).first().click();
	await expect(page).toHaveURL(/\/methods#machines$/);
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 60_000 });
	await expect(page.locator('#machines')).toBeInViewport();
	await page.goto('/methods#param-courses');
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 60_000 });
	await expect(page.locator('#param-courses')).toBeInViewport();
	await page.getByRole('link', { name: 'Reference data: sources, years and licences' }).click();
	await expect(page.locator('#data')).toBeInViewport();
});

test('the Methods page has no WCAG 2.2 AA violation, in English and French', async ({ page }) => {
	await gotoReady(page, '/methods');
	await expectNoAxeViolations(page);
	await page.getByLabel('Language').selectOption('fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Méthodes, hypothèses et sources');
	await expect(page.getByTestId('methods-param-courses')).toContainText('Slotman et al. (2005)');
	await expectNoAxeViolations(page);
});

import { expect, type Page } from '@playwright/test';

/**
 * Clicks the review's load button and waits for the rows to be in. Replacing a table that other tables' rows refer to
 * asks first (they would be left referring to nothing); tests that load such a file on purpose answer yes here.
 */
export async function loadReviewed(page: Page, button: string | RegExp): Promise<void> {
	await page.getByRole('button', { name: button }).click();
	const done = page.getByTestId('upload-done');
	const confirm = page.getByTestId('replace-confirm');
	await expect(done.or(confirm)).toBeVisible();
	if (await confirm.isVisible()) await confirm.getByRole('button', { name: 'Replace and load' }).click();
	await expect(done).toBeVisible();
}

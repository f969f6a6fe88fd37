import { expect, test, type Page } from '@playwright/test';
import { tableFromIPC } from 'apache-arrow';
import { monthlyActivity, type MonthlyActivity } from '../../src/lib/data/queries/mentorship';
import type { SqlQuery } from '../../src/lib/data/sql';

/** Telemedicine hours in December 2025, asked of the server as the app asks it (a named query), as the page's person. */
async function decemberHours(page: Page): Promise<number> {
	let shape: SqlQuery['shape'] = null;
	const filters = { specialty: null, iso3: null, hubId: null, from: '2016-01', to: '2025-12' };
	await monthlyActivity(async (q) => ((shape = q.shape), []), filters);
	const response = await page.request.post('/api/query', { data: { shape } });
	expect(response.status()).toBe(200);
	const rows = tableFromIPC(new Uint8Array(await response.body()))
		.toArray()
		.map((r) => r.toJSON() as MonthlyActivity);
	return rows.find((r) => r.month === '2025-12' && r.mode === 'telemedicine')?.hours ?? 0;
}

/** Signs in through the app's own form, then waits for the view's ready signal. */
async function signIn(page: Page, path: string, name: string): Promise<void> {
	await page.goto(path);
	await expect(page.getByRole('heading', { name: 'Sign in to ICEC Atlas' })).toBeVisible();
	await page.getByLabel('Name').fill(name);
	await page.getByLabel('Secret').fill(`${name}-e2e-secret`);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 60_000 });
}

const sessionsCsv = 'session_id,engagement_id,date,hours,mode\nE2E0001,G0001,2025-12-02,2,telemedicine\n';

async function offerSessionsFile(page: Page): Promise<void> {
	await page.getByTestId('file-input').setInputFiles({
		name: 'more-sessions.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(sessionsCsv)
	});
	await page
		.getByRole('combobox', { name: /table/i })
		.first()
		.selectOption('sessions')
		.catch(() => undefined);
}

test('a viewer limited to Kenya reads the Overview, Gaps, Mentorship and the report from the server, and cannot upload', async ({
	page
}) => {
	const wasm: string[] = [];
	page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
	await page.getByLabel('Name').fill('kim');
	await page.getByLabel('Secret').fill('wrong');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toHaveText('Unknown name or wrong secret. Check both and try again.');

	await signIn(page, '/', 'kim');
	await expect(page.getByTestId('server-account')).toContainText('Signed in as kim, viewer');
	await expect(page.getByTestId('server-account')).toContainText('Figures for: KEN');

	await page.goto('/gaps');
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 60_000 });
	await expect(page.getByTestId('gaps-table')).toContainText('Kenya');
	await expect(page.getByTestId('gaps-table')).not.toContainText('Nigeria');

	await page.goto('/mentorship');
	await expect(page.getByTestId('mentorship-view')).toHaveAttribute('data-state', 'ready');
	const country = page.getByRole('combobox', { name: 'Country', exact: true });
	await expect(country.locator('option')).toHaveText(['All countries', 'Kenya']);
	await page.getByRole('combobox', { name: 'Specialty', exact: true }).selectOption('medical_physics');
	await expect(page).toHaveURL(/specialty=medical_physics/);
	await expect(page.getByTestId('mentorship-view')).toHaveAttribute('data-state', 'ready');

	await page.goto('/report');
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 60_000 });
	await expect(page.getByRole('main')).toContainText('Kenya');

	await page.goto('/data');
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 60_000 });
	await offerSessionsFile(page);
	await page.getByRole('button', { name: /^Load 1 row into sessions$/ }).click();
	await expect(page.getByRole('alert')).toContainText('may read but not upload');
	expect(wasm, 'the browser engine is not downloaded in server mode').toEqual([]);
});

test('an editor’s upload replaces the shared sessions table for everyone', async ({ page }) => {
	await signIn(page, '/data', 'eve');
	expect(await decemberHours(page)).toBeGreaterThan(2);
	await offerSessionsFile(page);
	await page.getByRole('button', { name: /^Load 1 row into sessions$/ }).click();
	await expect(page.getByTestId('upload-done')).toHaveText(
		'1 row from more-sessions.csv is now in sessions.'
	);
	// The file is loaded as the page offers it by default, replacing the table: December now holds its one session.
	expect(await decemberHours(page)).toBe(2);
});

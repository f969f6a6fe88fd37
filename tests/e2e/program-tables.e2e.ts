// The illustrative program tables and their pre-aggregate come with the engine, in the shipped database: the Overview
// (whose corps figures read them) and /gaps (which reads none) download no program file and build no table.
import { expect, test, type Page } from '@playwright/test';
import { gotoReady } from './support/app';
import { loadReviewed } from './support/load';
import { duckdbWorker, runInsideWorker } from './support/engine';

/** Fails, naming them, when the app's own database holds a table: everything it reads should be a shipped view. */
const NO_TABLE_BUILT = `SELECT CASE WHEN count(*) = 0 THEN 0
	ELSE error('tables built in the browser: ' || string_agg(table_name, ', ')) END
	FROM duckdb_tables() WHERE database_name = 'atlas'`;

/** Fails unless the program tables and session_months are views over the shipped database. */
const PROGRAM_VIEWS_SHIPPED = `SELECT CASE WHEN count(*) = 10 THEN 0
	ELSE error('shipped program views: ' || count(*)) END
	FROM duckdb_views() WHERE database_name = 'atlas' AND view_name IN ('hubs', 'centres', 'experts',
	'engagements', 'sessions', 'requests', 'investments', 'outcomes', 'workforce', 'session_months')
	AND sql LIKE '%shipped.main.%'`;

function watchRequests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (request) => urls.push(new URL(request.url()).pathname));
	return urls;
}

test('the Overview draws the corps figures from the shipped tables: no program file fetched, no table built', async ({
	page
}) => {
	const requests = watchRequests(page);
	await gotoReady(page, '/');
	await expect(page.getByTestId('glance-hours')).toHaveText(/^[1-9][\d\s,.\u202f\u00a0]*$/, {
		timeout: 60_000
	});
	expect(requests.filter((p) => p.endsWith('.csv') || p.includes('/program/'))).toEqual([]);
	const worker = await duckdbWorker(page);
	expect(await runInsideWorker(worker, PROGRAM_VIEWS_SHIPPED)).toBeNull();
	expect(await runInsideWorker(worker, NO_TABLE_BUILT)).toBeNull();
});

test('/gaps loads no program table and fetches no program file', async ({ page }) => {
	const requests = watchRequests(page);
	await gotoReady(page, '/gaps');
	expect(requests.filter((p) => p.endsWith('.csv') || p.includes('/program/'))).toEqual([]);
	const worker = await duckdbWorker(page);
	expect(await runInsideWorker(worker, NO_TABLE_BUILT)).toBeNull();
});

/** Fails unless the named tables are the only ones built in the app's own database. */
const onlyTablesBuilt = (
	names: string[]
) => `SELECT CASE WHEN string_agg(table_name, ',' ORDER BY table_name) = '${[...names].sort().join(',')}' THEN 0
	ELSE error('tables built in the browser: ' || coalesce(string_agg(table_name, ', '), 'none')) END
	FROM duckdb_tables() WHERE database_name = 'atlas'`;

test('a file that replaces a table builds only its rows and the pre-aggregate; a reset brings the shipped views back', async ({
	page
}) => {
	await gotoReady(page, '/data');
	const worker = await duckdbWorker(page);
	expect(await runInsideWorker(worker, NO_TABLE_BUILT)).toBeNull();
	await page.getByTestId('file-input').setInputFiles('tests/fixtures/program/experts_ok.csv');
	await expect(page.getByTestId('upload-review')).toBeVisible();
	await loadReviewed(page, 'Load 1 row into experts');
	await expect(page.getByTestId('program-table-experts')).toHaveAttribute('data-origin', 'user');
	expect(await runInsideWorker(worker, onlyTablesBuilt(['session_months', 'user_rows_experts']))).toBeNull();
	expect(
		await runInsideWorker(
			worker,
			`SELECT CASE WHEN count(*) = 1 THEN 0 ELSE error('experts: ' || count(*)) END FROM atlas.experts`
		)
	).toBeNull();
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: 'Reset to the illustrative default' }).click();
	await expect(page.getByTestId('program-table-experts')).toHaveAttribute('data-origin', 'default');
	expect(await runInsideWorker(worker, NO_TABLE_BUILT)).toBeNull();
	expect(await runInsideWorker(worker, PROGRAM_VIEWS_SHIPPED)).toBeNull();
});

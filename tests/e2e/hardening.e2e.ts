import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expectCleanRun, gotoReady, watchPage } from './support/app';
import { loadReviewed } from './support/load';
import { duckdbWorker, runInsideWorker } from './support/engine';

// The default program tables are validated and loaded on every page load; give slow machines room.
test.describe.configure({ timeout: 300_000 });

const fixture = (name: string) => resolve('tests/fixtures/program', name);

async function runSql(page: Page, text: string) {
	await page.getByTestId('sql-text').fill(text);
	await page.getByRole('button', { name: 'Run' }).click();
}

test('DuckDB reaches no network, loads no code, writes no file and keeps its settings: console and engine', async ({
	page
}) => {
	const watch = watchPage(page);
	const sameOrigin: string[] = [];
	page.on('request', (r) => {
		// The app's own assets (default program CSVs among them) are fetched by the app, not by DuckDB.
		const path = new URL(r.url()).pathname;
		if (!path.startsWith('/_app/') && /\.csv$|\.duckdb|extension|\/x\.parquet/.test(path))
			sameOrigin.push(r.url());
	});
	await gotoReady(page, '/data', 120_000);
	const status = page.getByTestId('sql-status');

	// First wall: the console's check refuses these before DuckDB sees them.
	for (const [statement, word] of [
		['INSTALL httpfs', 'INSTALL'],
		['LOAD httpfs', 'LOAD'],
		["ATTACH 'https://example.invalid/remote.duckdb' AS remote", 'ATTACH'],
		["COPY (SELECT * FROM centres) TO 'centres.csv'", 'COPY'],
		['SET enable_external_access = true', 'SET'],
		['PRAGMA enable_profiling', 'PRAGMA']
	] as const) {
		await runSql(page, statement);
		await expect(status).toHaveText(
			`Refused: the console is read-only; ${word} is not allowed (no writes, ATTACH, COPY, INSTALL, LOAD, SET or PRAGMA).`
		);
	}
	// A SELECT passes the check; DuckDB itself refuses to read from outside, whatever the address.
	for (const url of [
		'https://example.invalid/data.csv',
		`http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/x.parquet`,
		's3://bucket/key.csv'
	]) {
		await runSql(page, `SELECT * FROM read_csv('${url}')`);
		await expect(status).toContainText('DuckDB could not run it:');
		await expect(status).toContainText(/disabled|not allowed|Permission|extension/i);
	}

	// Second wall: the same statements sent straight to the app's DuckDB, past the console.
	const worker = await duckdbWorker(page);
	const refused: Record<string, RegExp> = {
		'LOAD httpfs': /disabled|not allowed|Permission|external|not found/i,
		"ATTACH 'https://example.invalid/remote.duckdb' AS remote": /disabled|Permission|external/i,
		"ATTACH 'local.duckdb' AS local": /disabled|Permission|external/i,
		"COPY (SELECT 1 AS a) TO 'out.csv'": /disabled|Permission|external/i,
		"SELECT * FROM read_csv('https://example.invalid/data.csv')": /disabled|Permission|external|extension/i,
		"SELECT * FROM read_parquet('https://example.invalid/data.parquet')":
			/disabled|Permission|external|extension/i,
		'SET enable_external_access = true': /locked/i,
		'SET autoinstall_known_extensions = true': /locked/i,
		'SET autoload_known_extensions = true': /locked/i,
		'SET allow_community_extensions = true': /locked/i,
		'SET lock_configuration = false': /locked/i,
		"SET memory_limit = '16GB'": /locked/i
	};
	const outcomes: Record<string, string> = {};
	for (const statement of Object.keys(refused))
		outcomes[statement] = (await runInsideWorker(worker, statement)) ?? 'ran without error';
	for (const [statement, expected] of Object.entries(refused))
		expect(outcomes[statement], `${statement}\n${JSON.stringify(outcomes, null, 1)}`).toMatch(expected);
	// DuckDB-wasm fetches an extension when it is loaded, not when installed: INSTALL is accepted and does nothing
	// (no request, checked below); the LOAD that would fetch it is refused, and no extension that reads files or the
	// network is loaded.
	await runInsideWorker(worker, 'INSTALL httpfs');
	expect(await runInsideWorker(worker, 'LOAD httpfs')).toMatch(/Loading external extensions is disabled/);
	expect(
		await runInsideWorker(
			worker,
			`SELECT CASE WHEN count(*) > 0 THEN error('loaded: ' || string_agg(extension_name, ', ')) END
			 FROM duckdb_extensions() WHERE loaded AND extension_name IN ('httpfs', 'parquet', 'json', 'sqlite_scanner', 'postgres_scanner', 'mysql_scanner')`
		)
	).toBeNull();
	// The wall is not a broken engine: an ordinary query runs the same way. (A connection of its own starts in DuckDB's
	// default database; the app's tables are in its compressed one, `atlas`.)
	expect(await runInsideWorker(worker, 'SELECT count(*) FROM atlas.centres')).toBeNull();
	await runSql(page, 'SELECT count(*) AS n FROM centres');
	await expect(page.getByTestId('sql-result')).toBeVisible();

	expect(sameOrigin, 'requests DuckDB made for files or extensions').toEqual([]);
	expectCleanRun(watch);
});

test('values from the address and column names from a file are data, never SQL', async ({
	page
}, testInfo) => {
	const watch = watchPage(page);
	const injection = "' OR 1=1 --";

	// A centre id in the address goes to the query as a bound value: no centre matches it.
	await page.goto(`/centre/${encodeURIComponent(injection)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Centre not found', { timeout: 120_000 });
	await expect(page.locator('main')).toContainText(`No centre has the id “${injection}”`);

	// Filters in the address are checked against the data before any query: they are ignored, and said to be.
	const params = new URLSearchParams({ country: injection, hub: injection, specialty: `x${injection}` });
	await gotoReady(page, `/mentorship?${params}`, 120_000);
	await expect(page.getByText('were not understood and were left at their defaults')).toContainText(
		'specialty, country, hub'
	);
	const filtered = await page.getByTestId('kpi-mentored-centres').textContent();
	await gotoReady(page, '/mentorship', 120_000);
	await expect(page.getByTestId('kpi-mentored-centres')).toHaveText(filtered ?? '');

	// A file whose extra column is named like SQL: reported by name, ignored, and the table intact.
	await gotoReady(page, '/data', 120_000);
	const hostileColumn = `x"; DROP TABLE centres; --'`;
	const path = testInfo.outputPath('hubs with odd column.csv');
	writeFileSync(
		path,
		`hub_id,name,city,iso3,lat,lon,"${hostileColumn.replaceAll('"', '""')}"\nH01,Hub,Boston,USA,42.36,-71.06,1\n`
	);
	await page.getByTestId('file-input').setInputFiles(path);
	await expect(page.getByTestId('upload-review')).toContainText(hostileColumn);
	await loadReviewed(page, 'Load 1 row into hubs');
	await runSql(page, 'SELECT count(*) AS n FROM centres');
	await expect(page.getByTestId('sql-result').locator('tbody tr').first()).toHaveText('50');
	await runSql(page, 'SELECT hub_id, name FROM hubs');
	await expect(page.getByTestId('sql-result').locator('tbody tr')).toHaveCount(1);
	expectCleanRun(watch);
});

test('a DuckDB worker that stops answering or crashes is restarted with the user’s files, and the user is told', async ({
	page
}) => {
	const watch = watchPage(page);
	await gotoReady(page, '/data', 120_000);
	await page.getByTestId('file-input').setInputFiles(fixture('hubs_ok.csv'));
	await loadReviewed(page, 'Load 1 row into hubs');
	const notice = page.getByTestId('engine-notice');
	const result = page.getByTestId('sql-result');

	// The worker goes silent (as a hung or killed one would): the watchdog notices the next query go unanswered.
	const first = await duckdbWorker(page);
	await first.evaluate(() => void setTimeout(() => self.close(), 0));
	await runSql(page, 'SELECT hub_id, name FROM hubs');
	await expect(notice).toHaveAttribute('data-engine-state', 'restarted', { timeout: 90_000 });
	await expect(notice).toHaveText(
		/The database engine stopped responding\. It was restarted and your data, your own files included, was loaded again\./
	);
	// The query under way ran again on the new engine, which holds the user's file.
	await expect(result.locator('tbody tr')).toHaveCount(1);
	await expect(result).toContainText('H01');
	await expect(page.getByTestId('program-table-hubs')).toHaveAttribute('data-origin', 'user');
	await page.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toBeHidden();

	// An uncaught error in the worker is a crash: restarted at once.
	const second = await duckdbWorker(page);
	expect(second).not.toBe(first);
	await second.evaluate(() => {
		setTimeout(() => {
			throw new Error('simulated worker crash');
		}, 0);
	});
	await expect(notice).toHaveAttribute('data-engine-state', 'restarted', { timeout: 60_000 });
	await expect(notice).toContainText('The database engine crashed.');
	await runSql(page, 'SELECT hub_id, name FROM hubs');
	await expect(result.locator('tbody tr')).toHaveCount(1);

	// Views opened afterwards find the reference tables as well.
	await page.getByRole('link', { name: 'Mentorship', exact: true }).click();
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 120_000 });
	// The simulated crash is logged by DuckDB-wasm's own error handler (as "ErrorEvent"): expected here.
	watch.consoleErrors = watch.consoleErrors.filter(
		(e) => !e.includes('simulated worker crash') && e !== 'ErrorEvent'
	);
	expectCleanRun(watch);
});

async function loseContext(page: Page, testId: string): Promise<void> {
	await page.getByTestId(testId).evaluate((map) => {
		const canvas = map.querySelector('canvas');
		const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
		const lose = gl?.getExtension('WEBGL_lose_context');
		if (!lose) throw new Error('no WEBGL_lose_context');
		(window as unknown as { lose: WEBGL_lose_context }).lose = lose;
		lose.loseContext();
	});
}

test('a lost WebGL context leaves the table and a message, and the map comes back when it is restored', async ({
	page
}) => {
	const watch = watchPage(page);
	await gotoReady(page, '/');
	const map = page.getByTestId('world-map');
	await expect(map).toHaveAttribute('data-map-state', 'drawn', { timeout: 60_000 });
	await loseContext(page, 'world-map');
	const message = page.getByRole('alert').filter({ hasText: 'graphics' });
	await expect(message).toHaveText(/The map stopped drawing because the graphics context was lost/);
	await expect(map).toBeHidden();
	await expect(page.getByTestId('capacity-table')).toBeVisible();
	await page.evaluate(() => (window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext());
	await expect(message).toBeHidden();
	await expect(map).toBeVisible();
	await expect(map).toHaveAttribute('data-map-state', 'drawn');

	await gotoReady(page, '/country/KEN');
	const unitMap = page.getByTestId('admin1-map');
	await expect(unitMap).toHaveAttribute('data-map-state', 'drawn', { timeout: 60_000 });
	await loseContext(page, 'admin1-map');
	await expect(message).toBeVisible();
	await expect(unitMap).toBeHidden();
	await page.evaluate(() => (window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext());
	await expect(message).toBeHidden();
	await expect(unitMap).toBeVisible();
	expectCleanRun(watch);
});

test('without WebGL the Overview keeps its SVG map, every other map is replaced by its message, and the tables carry the figures', async ({
	page
}) => {
	const watch = watchPage(page);
	await page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			kind: string,
			...rest: never[]
		) {
			return /webgl/.test(kind) ? null : original.call(this, kind as '2d', ...rest);
		} as typeof original;
	});
	const missing = 'This browser cannot draw the interactive map (WebGL is unavailable).';
	// The Overview keeps its prerendered SVG map where maplibre cannot draw: a map, not a message.
	await gotoReady(page, '/', 120_000);
	await expect(page.getByTestId('world-svg')).toBeVisible();
	await expect(page.getByRole('alert').filter({ hasText: missing })).toHaveCount(0);
	await expect(page.getByTestId('capacity-table').first()).toBeVisible();
	for (const [path, table] of [
		['/gaps', 'gaps-table'],
		['/mentorship', 'share-country-table'],
		['/country/KEN', 'units-table']
	] as const) {
		await gotoReady(page, path, 120_000);
		await expect(page.getByRole('alert').filter({ hasText: missing }).first()).toBeVisible();
		await expect(page.getByTestId(table).first()).toBeVisible();
	}
	expectCleanRun(watch);
});

test('storage that is full or refused is reported and the app goes on in memory', async ({ page }) => {
	const watch = watchPage(page);
	await page.addInitScript(() => {
		const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		// localStorage full: the language cannot be kept (this left a blank page before the fix in i18n/index.ts).
		Object.defineProperty(navigator.storage, 'getDirectory', { value: () => Promise.reject(full()) });
		Object.defineProperty(IDBFactory.prototype, 'open', {
			value: () => {
				throw full();
			}
		});
		Storage.prototype.setItem = () => {
			throw full();
		};
	});
	await gotoReady(page, '/data', 120_000);
	await expect(page.getByTestId('storage-kind')).toContainText(
		'your files work until you close or reload the page'
	);
	await page.getByTestId('file-input').setInputFiles(fixture('hubs_ok.csv'));
	await loadReviewed(page, 'Load 1 row into hubs');
	await expect(page.getByTestId('upload-done')).toContainText('for this session only');
	await expect(page.getByTestId('program-table-hubs')).toHaveAttribute('data-origin', 'user');
	// Views read the session's rows.
	await page.getByRole('link', { name: 'Mentorship', exact: true }).click();
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 120_000 });
	expectCleanRun(watch);
});

test('with site data blocked (localStorage itself refused) every view still renders', async ({ page }) => {
	const watch = watchPage(page);
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('Access is denied for this document.', 'SecurityError');
			}
		});
	});
	for (const path of ['/', '/data']) {
		await gotoReady(page, path, 120_000);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	}
	expectCleanRun(watch);
});

test('storage that opens but fills up on write: the file works for the session and the user is told', async ({
	page
}) => {
	const watch = watchPage(page);
	await page.addInitScript(() => {
		const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		FileSystemWritableFileStream.prototype.write = () => Promise.reject(full());
		IDBObjectStore.prototype.put = () => {
			throw full();
		};
	});
	await gotoReady(page, '/data', 120_000);
	await page.getByTestId('file-input').setInputFiles(fixture('hubs_ok.csv'));
	await loadReviewed(page, 'Load 1 row into hubs');
	await expect(page.getByTestId('upload-done')).toContainText('for this session only');
	await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toHaveText(
		'The browser’s storage is full, so some files are loaded for this session only. Free space or remove files to keep them.'
	);
	await expect(page.getByTestId('program-table-hubs')).toHaveAttribute('data-origin', 'user');
	expectCleanRun(watch);
});

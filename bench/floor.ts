/**
 * The floor of `npm run bench`: a bare page that only starts DuckDB-wasm and runs one GROUP BY over the same generated
 * sessions, held in a DuckDB file it ATTACHes. Whatever the app does on top (its code, its checks, its tables, its
 * drawing) shows as the distance from this floor, measured on the same machine in the same run.
 *  - the DuckDB file is written by native DuckDB 1.4.3 (the engine of DuckDB-wasm 1.32) from the sessions CSV;
 *  - the page is built with Vite as the app is, and served by a small static server that sends the same kind of cache
 *    headers as the app's files (fingerprinted files kept, the page revalidated);
 *  - each run opens the page in a new browser profile (nothing cached), then again after the first visit settled.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { createReadStream, existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromiumArgs, chromiumPath } from '../scripts/browser-path.mjs';
import { CACHE_DIR } from './files';
import { median } from './stats';

const PAGE_DIR = `${CACHE_DIR}/floor`;

/** The DuckDB file beside a sessions CSV, written once: `sessions` typed as DuckDB reads the CSV. */
export async function ensureFloorDatabase(csv: string): Promise<string> {
	const path = csv.replace(/\.csv$/, '.duckdb');
	if (existsSync(path)) return path;
	const partial = `${path}.partial`;
	rmSync(partial, { force: true });
	const instance = await DuckDBInstance.create(partial);
	const connection = await instance.connect();
	await connection.run(`CREATE TABLE sessions AS SELECT * FROM read_csv('${csv.replaceAll("'", "''")}')`);
	await connection.run('CHECKPOINT');
	connection.closeSync();
	instance.closeSync();
	renameSync(partial, path);
	return path;
}

/** Builds the floor page with Vite (DuckDB's worker and wasm as fingerprinted files, as in the app's build). */
export async function buildFloorPage(): Promise<string> {
	await build({
		configFile: false,
		root: 'bench/floor',
		logLevel: 'error',
		build: { outDir: resolve(PAGE_DIR), emptyOutDir: true }
	});
	return PAGE_DIR;
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.wasm': 'application/wasm',
	'.duckdb': 'application/octet-stream'
};

/** Serves the floor page on 127.0.0.1:`port`; `sessions.duckdb` is `database`. HTML revalidates, the rest is kept. */
export function serveFloor(port: number, database: string): Promise<Server> {
	const server = createServer((request, response) => {
		const name = new URL(request.url ?? '/', 'http://x').pathname.slice(1) || 'index.html';
		const file = name === 'sessions.duckdb' ? database : join(PAGE_DIR, name);
		if (name.includes('..') || !existsSync(file)) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': statSync(file).size,
			'cache-control': name.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'
		});
		createReadStream(file).pipe(response);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

async function mark(page: Page, name: string): Promise<number> {
	const ms = (await page.evaluate(
		`performance.getEntriesByName(${JSON.stringify(name)})[0]?.startTime ?? NaN`
	)) as number;
	if (!Number.isFinite(ms)) throw new Error(`the floor page set no '${name}' mark`);
	return ms;
}

async function visit(page: Page, url: string): Promise<{ readyMs: number; answerMs: number }> {
	await page.goto(url);
	await page
		.locator('body[data-state="ready"], body[data-state="failed"]')
		.waitFor({ state: 'attached', timeout: 300_000 });
	if ((await page.locator('body').getAttribute('data-state')) === 'failed')
		throw new Error(`floor page: ${await page.locator('body').textContent()}`);
	return { readyMs: await mark(page, 'floor-ready'), answerMs: await mark(page, 'floor-answer') };
}

/** Like bench/first-screen.ts: a user's second visit comes after the first has settled and Chrome kept its code. */
const FIRST_VISIT_IDLE_MS = 10_000;

export interface FloorResult {
	databaseBytes: number;
	readyMs: number[];
	answerMs: number[];
	secondVisitReadyMs: number[];
	readyMedianMs: number;
	answerMedianMs: number;
	secondVisitReadyMedianMs: number;
}

/** `runs` cold visits of the floor page over `csv`'s rows, each in a new profile, then a second visit. */
export async function floorLoads(
	csv: string,
	port: number,
	runs: number,
	save: (partial: Partial<FloorResult>) => void
): Promise<FloorResult> {
	const database = await ensureFloorDatabase(csv);
	await buildFloorPage();
	const server = await serveFloor(port, database);
	const result: FloorResult = {
		databaseBytes: statSync(database).size,
		readyMs: [],
		answerMs: [],
		secondVisitReadyMs: [],
		readyMedianMs: NaN,
		answerMedianMs: NaN,
		secondVisitReadyMedianMs: NaN
	};
	try {
		for (let i = 0; i < runs; i++) {
			const profile = mkdtempSync(join(tmpdir(), 'icec-bench-floor-'));
			const context = await chromium.launchPersistentContext(profile, {
				executablePath: chromiumPath(),
				args: chromiumArgs
			});
			try {
				const page = context.pages()[0] ?? (await context.newPage());
				const url = `http://127.0.0.1:${port}/`;
				const cold = await visit(page, url);
				await page.waitForTimeout(FIRST_VISIT_IDLE_MS);
				const second = await visit(page, url);
				result.readyMs.push(cold.readyMs);
				result.answerMs.push(cold.answerMs);
				result.secondVisitReadyMs.push(second.readyMs);
				result.readyMedianMs = median(result.readyMs);
				result.answerMedianMs = median(result.answerMs);
				result.secondVisitReadyMedianMs = median(result.secondVisitReadyMs);
				save(result);
			} finally {
				await context.close();
				rmSync(profile, { recursive: true, force: true });
			}
		}
		return result;
	} finally {
		server.close();
	}
}

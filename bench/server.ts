// The `server` section of `npm run bench` (BENCH_ONLY=server): the Mentorship page in server mode over a large
// sessions table generated inside DuckDB (bench/server-sessions.ts), against the same page over the shipped data in the
// same run (the floor). BENCH_SERVER_ROWS sets the rows (default 100 M); BENCH_SERVER_MEMORY the engine's memory limit.
// The generated database is cached in bench/.cache/server-<rows>/ (delete it to generate again).
import { DuckDBInstance } from '@duckdb/node-api';
import { chromium, type Browser } from '@playwright/test';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { chromiumArgs, chromiumPath } from '../scripts/browser-path.mjs';
import { createAtlasServer } from '../server/app';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/database';
import { readTemplates } from '../server/statements';
import { CACHE_DIR } from './files';
import { specialtyChanges } from './mentorship-page';
import { median } from './stats';

const PAGE = 'mentorship?specialty=radiation_oncology';

function configFor(name: string) {
	const dir = `${CACHE_DIR}/${name}`;
	return loadConfig(
		{
			databaseFile: `${dir}/atlas.duckdb`,
			tempDirectory: `${dir}/tmp`,
			accountsFile: null,
			memoryLimit: process.env.BENCH_SERVER_MEMORY ?? '8GB',
			maxResultRows: 2_000_000,
			rateLimitPerMinute: 1_000_000,
			backup: { directory: `${dir}/backups`, hourUtc: null, keep: 1 }
		},
		`${dir}/no-config.json`
	);
}

/**
 * The server's database for `count` generated sessions (none: the shipped data), built on first use: the shipped
 * database, then its sessions replaced in SQL, in a file moved into place only when complete.
 */
export async function prepare(name: string, count: number | null) {
	const config = configFor(name);
	mkdirSync(`${CACHE_DIR}/${name}`, { recursive: true });
	let generated: { insertMs: number; sessionMonthsMs: number } | null = null;
	if (!existsSync(config.databaseFile)) {
		const file = config.databaseFile;
		const shipped = loadConfig({ ...config, databaseFile: `${file}.shipped` }, `${CACHE_DIR}/no-config.json`);
		rmSync(shipped.databaseFile, { force: true });
		(await openDatabase(shipped)).close();
		if (count !== null) {
			const { generateServerSessions } = await import('./server-sessions');
			const instance = await DuckDBInstance.create(shipped.databaseFile);
			const connection = await instance.connect();
			try {
				await connection.run(`SET threads = ${availableParallelism()}`);
				await connection.run(`SET memory_limit = '${config.memoryLimit}'`);
				await connection.run(`SET temp_directory = '${config.tempDirectory}'`);
				generated = await generateServerSessions(connection, count);
			} finally {
				connection.closeSync();
				instance.closeSync();
			}
		}
		renameSync(shipped.databaseFile, file);
	}
	return { config, generated };
}

const READY = `(() => {
	const view = document.querySelector('[data-testid="mentorship-view"]');
	return view && view.getAttribute('data-state') === 'ready' && document.querySelector('[data-testid="app-ready"]')
		? performance.now() : false;
})()`;
const WAIT = `new Promise((resolve) => { const check = () => { const t = ${READY}; if (t) resolve(t); else setTimeout(check, 10); }; check(); })`;

export interface ServerRun {
	sessions: number | 'shipped';
	generated: { insertMs: number; sessionMonthsMs: number } | null;
	pageMs: number[];
	pageMedianMs: number;
	interactionMs: number[];
	interactionMedianMs: number;
	interactionP95Ms: number;
}

function p95(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] ?? NaN;
}

/** `runs` cold page loads in fresh browser contexts, then `changes` specialty changes on the last one. */
async function measure(
	browser: Browser,
	name: string,
	count: number | null,
	opts: { runs: number; changes: number; port: number; timeoutMs: number }
): Promise<ServerRun> {
	const { config, generated } = await prepare(name, count);
	const db = await openDatabase(config);
	const atlas = createAtlasServer(config, db, readTemplates());
	const url = `http://127.0.0.1:${await atlas.listen(opts.port)}/`;
	const loads: number[] = [];
	let interactions: number[] = [];
	try {
		for (let i = 0; i < opts.runs; i++) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			await page.goto(url + PAGE, { waitUntil: 'commit' });
			loads.push((await page.evaluate(WAIT)) as number);
			if (i === opts.runs - 1) interactions = await specialtyChanges(page, opts.changes, opts.timeoutMs);
			await context.close();
		}
	} finally {
		await atlas.close();
		db.close();
	}
	return {
		sessions: count ?? 'shipped',
		generated,
		pageMs: loads,
		pageMedianMs: median(loads),
		interactionMs: interactions,
		interactionMedianMs: median(interactions),
		interactionP95Ms: p95(interactions)
	};
}

/** The section: the floor (shipped data), then `rows` generated sessions, saved as each finishes. */
export async function serverPage(options: {
	rows: number;
	runs: number;
	port: number;
	timeoutMs: number;
	save: (result: object) => void;
}): Promise<object> {
	const opts = {
		runs: options.runs,
		changes: Math.max(10, options.runs),
		port: options.port,
		timeoutMs: options.timeoutMs
	};
	const result: Record<string, unknown> = {
		cores: availableParallelism(),
		loadAtStart: loadavg(),
		rows: options.rows
	};
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
	try {
		result.floor = await measure(browser, 'server-shipped', null, opts);
		options.save(result);
		result.large = await measure(browser, `server-${options.rows}`, options.rows, opts);
		result.loadAtEnd = loadavg();
		options.save(result);
		return result;
	} finally {
		await browser.close();
	}
}

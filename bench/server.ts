// The Mentorship page in server mode over a large sessions table, against the same page over the shipped data in the
// same run (the floor). Build the app first (`npx vite build`), then:
//
//   BENCH_SERVER_ROWS=100000000 BENCH_RUNS=3 npx tsx bench/server.ts
//
// The generated database is cached in bench/.cache/server-<rows>/ (delete it to generate again).
import { DuckDBInstance } from '@duckdb/node-api';
import { chromium, type Browser } from '@playwright/test';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { chromiumArgs, chromiumPath } from '../scripts/browser-path.mjs';
import { createAtlasServer } from '../server/app';
import { loadConfig } from '../server/config';
import { connectionQuery, openDatabase } from '../server/database';
import { readTemplates } from '../server/statements';
import { buildSessionMonths } from '../src/lib/data/queries/session-months';
import { CACHE_DIR } from './files';
import { specialtyChanges } from './mentorship-page';
import { median } from './stats';

const rows = Number(process.env.BENCH_SERVER_ROWS ?? 10_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const port = Number(process.env.BENCH_PORT ?? 4199);
const PAGE = 'mentorship?specialty=radiation_oncology';
const TIMEOUT = 10 * 60_000;

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

/** The shipped database with its sessions replaced by `count` generated ones over the same engagements. */
async function generate(file: string, count: number): Promise<number> {
	const t0 = Date.now();
	const instance = await DuckDBInstance.create(file);
	const c = await instance.connect();
	await c.run('DELETE FROM sessions');
	await c.run(`INSERT INTO sessions
		WITH e AS (SELECT engagement_id, CAST(row_number() OVER (ORDER BY engagement_id) - 1 AS BIGINT) AS k FROM engagements)
		SELECT printf('B%010d', i), e.engagement_id,
		       CAST(DATE '2016-06-01' + CAST(hash(i) % 3500 AS INTEGER) AS DATE),
		       1 + CAST(hash(i + 1) % 4 AS DOUBLE) / 2,
		       CASE WHEN hash(i + 2) % 5 = 0 THEN 'in_country' ELSE 'telemedicine' END
		FROM range(${count}) r(i) JOIN e ON e.k = i % (SELECT count(*) FROM engagements)`);
	await buildSessionMonths(connectionQuery(c));
	await c.run('CHECKPOINT');
	c.closeSync();
	instance.closeSync();
	return Date.now() - t0;
}

async function prepare(name: string, count: number | null) {
	const config = configFor(name);
	mkdirSync(`${CACHE_DIR}/${name}`, { recursive: true });
	let generatedMs: number | null = null;
	if (!existsSync(config.databaseFile)) {
		(await openDatabase(config)).close();
		if (count !== null) generatedMs = await generate(config.databaseFile, count);
	}
	return { config, generatedMs };
}

const READY = `(() => {
	const view = document.querySelector('[data-testid="mentorship-view"]');
	return view && view.getAttribute('data-state') === 'ready' && document.querySelector('[data-testid="app-ready"]')
		? performance.now() : false;
})()`;
const WAIT = `new Promise((resolve) => { const check = () => { const t = ${READY}; if (t) resolve(t); else setTimeout(check, 10); }; check(); })`;

async function measure(browser: Browser, name: string, count: number | null) {
	const { config, generatedMs } = await prepare(name, count);
	const db = await openDatabase(config);
	const atlas = createAtlasServer(config, db, readTemplates());
	const url = `http://127.0.0.1:${await atlas.listen(port)}/`;
	const loads: number[] = [];
	let interactions: number[] = [];
	try {
		for (let i = 0; i < runs; i++) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			await page.goto(url + PAGE, { waitUntil: 'commit' });
			loads.push((await page.evaluate(WAIT)) as number);
			if (i === runs - 1) interactions = await specialtyChanges(page, 5, TIMEOUT);
			await context.close();
		}
	} finally {
		await atlas.close();
		db.close();
	}
	const result = {
		name,
		sessions: count ?? 'shipped',
		generatedMs,
		pageMs: loads,
		pageMedianMs: median(loads),
		interactionMs: interactions,
		interactionMedianMs: median(interactions)
	};
	console.log(JSON.stringify(result));
	return result;
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
	const floor = await measure(browser, 'server-shipped', null);
	const large = await measure(browser, `server-${rows}`, rows);
	const report = {
		when: new Date().toISOString(),
		cores: availableParallelism(),
		loadavg: loadavg(),
		runs,
		floor,
		large,
		pageRatio: large.pageMedianMs / floor.pageMedianMs,
		interactionRatio: large.interactionMedianMs / floor.interactionMedianMs
	};
	mkdirSync('bench/results', { recursive: true });
	writeFileSync(`bench/results/server-${rows}.json`, JSON.stringify(report, null, '\t'));
	console.log(
		`server, ${rows.toLocaleString('en')} sessions: page p50 ${Math.round(large.pageMedianMs)} ms ` +
			`(floor ${Math.round(floor.pageMedianMs)} ms), interaction p50 ${Math.round(large.interactionMedianMs)} ms ` +
			`(floor ${Math.round(floor.interactionMedianMs)} ms)`
	);
} finally {
	await browser.close();
}

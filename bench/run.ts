// npm run bench: measures the production build (build it first; the npm script does). Each section runs in a process
// of its own with a time limit (bench/section-runner.ts): a section that fails is reported with its reason and the
// others still run. The JSON in bench/results/ is rewritten after every section, so a crash keeps what was measured.
//
//   BENCH_RUNS=5            cold runs per median (fewer for a quick check)
//   BENCH_PORT=4199         the preview server's port
//   BENCH_FLOOR_PORT=4198   the floor page's own server (bench/floor.ts)
//   BENCH_SIZES=1000000,10000000   sessions files for the Mentorship page and native DuckDB (generated, cached)
//   BENCH_UPLOAD_ROWS=2420000      rows of the upload file (~100 MB)
//   BENCH_ONLY=first-screen,page-1m   run only these sections (ids as in the JSON)
//   BENCH_VIEWS=/gaps,/methods     the views whose frames the first-screen section measures (all by default)
//   BENCH_SERVER_ROWS=100000000    sessions of the server section's database (generated in SQL, cached)
//   BENCH_SERVER_PORT=4197         the server section's own server (server mode, native DuckDB)
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { chromiumPath } from '../scripts/browser-path.mjs';
import { startPreview, waitForServer } from '../scripts/preview-server';
import { CACHE_DIR, ensureSessions, UPLOAD_ROWS } from './files';
import { runSection, type SectionOutcome } from './section-runner';
import { markdownTable, summaryRows, type LargeSize } from './table';

const port = Number(process.env.BENCH_PORT ?? 4199);
const floorPort = Number(process.env.BENCH_FLOOR_PORT ?? port - 1);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const sizes = (process.env.BENCH_SIZES ?? '1000000,10000000').split(',').map(Number);
const uploadRows = Number(process.env.BENCH_UPLOAD_ROWS ?? UPLOAD_ROWS);
const only = process.env.BENCH_ONLY?.split(',');
const min = 60_000;

/** "1 M", "10 M", "200 k" */
function label(rows: number): string {
	return rows >= 1e6 ? `${rows / 1e6} M` : `${rows / 1e3} k`;
}

/** The issue's goals: 1 M rows page ≤ 1.8 s and interaction ≤ 100 ms, 10 M rows ≤ 3.5 s and ≤ 200 ms. */
const largeSizes: (LargeSize & { rows: number })[] = sizes.map((rows) => ({
	rows,
	id: label(rows).replace(' ', '').toLowerCase(),
	label: label(rows),
	pageGoalMs: rows === 1e6 ? 1800 : rows === 1e7 ? 3500 : undefined,
	interactionGoalMs: rows === 1e6 ? 100 : rows === 1e7 ? 200 : undefined
}));

interface Planned {
	id: string;
	section: string;
	timeoutMs: number;
	/** Rows of the generated sessions file the section reads (none: the embedded default). */
	rows?: number;
}

// Limits sized for this 2-core machine with room to spare; the 10 M page stops its cold loads early when they would
// not fit (bench/mentorship-page.ts) and is stopped outright at its limit.
const plan: Planned[] = [
	{ id: 'bundle-sizes', section: 'bundle-sizes', timeoutMs: 5 * min },
	// The Overview in four languages, then seven views in four languages, each to its data drawn: 45 cold loads a round.
	{ id: 'first-screen', section: 'first-screen', timeoutMs: 30 * min },
	{ id: 'engine-cache', section: 'engine-cache', timeoutMs: 10 * min },
	{ id: 'interaction', section: 'interaction', timeoutMs: 10 * min },
	{ id: 'native-default', section: 'native', timeoutMs: 5 * min },
	...largeSizes.flatMap((s, i): Planned[] => [
		{ id: `floor-${s.id}`, section: 'floor', rows: s.rows, timeoutMs: (5 + 3 * i) * min },
		{ id: `native-${s.id}`, section: 'native', rows: s.rows, timeoutMs: (5 + 5 * i) * min },
		{ id: `page-${s.id}`, section: 'page', rows: s.rows, timeoutMs: (12 + 8 * i) * min }
	]),
	{ id: 'upload', section: 'upload', rows: uploadRows, timeoutMs: 12 * min },
	// Generating 100 M sessions is most of this limit the first time; the database is cached after.
	{ id: 'server', section: 'server', timeoutMs: 45 * min }
].filter((p) => !only || only.includes(p.id));

function chromiumVersion(): string {
	const run = spawnSync(chromiumPath(), ['--version'], { encoding: 'utf8', timeout: 30_000 });
	return /Chromium [\d.]+/.exec(run.stdout ?? '')?.[0] ?? 'Chromium (version unknown)';
}

function cpuModel(): string {
	const line = readFileSync('/proc/cpuinfo', 'utf8')
		.split('\n')
		.find((l) => l.startsWith('model name'));
	return line?.split(':')[1]?.trim() ?? cpus()[0]?.model ?? 'unknown CPU';
}

const machine = {
	cores: cpus().length,
	cpu: cpuModel(),
	memoryGiB: Math.round(totalmem() / 2 ** 30),
	node: process.version,
	chromium: chromiumVersion(),
	loadAtStart: loadavg()[0]
};
const startedAt = new Date().toISOString();
mkdirSync('bench/results', { recursive: true });
const resultsFile = `bench/results/${startedAt.replaceAll(':', '-')}.json`;
const outcomes: Record<string, SectionOutcome> = {};
const files: Record<string, { path: string; bytes: number; generatedMs: number } | { error: string }> = {};

function write(): void {
	const table = summaryRows(outcomes, runs, largeSizes);
	writeFileSync(
		resultsFile,
		JSON.stringify({ startedAt, machine, runs, files, outcomes, table, loadNow: loadavg()[0] }, null, '\t') +
			'\n'
	);
}

const url = `http://127.0.0.1:${port}/`;
let server: ChildProcess | null = null;

/** Starts vite preview, or starts it again if it stopped answering (a section's crash must not end the run). */
async function ensureServer(): Promise<void> {
	if (
		server &&
		server.exitCode === null &&
		(await fetch(url)
			.then((r) => r.ok)
			.catch(() => false))
	)
		return;
	server?.kill();
	server = startPreview(port);
	await waitForServer(url);
}

mkdirSync(CACHE_DIR, { recursive: true });
try {
	await ensureServer();
	console.log(
		`ICEC Atlas benchmark ${startedAt}: ${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB, ` +
			`Node ${machine.node}, ${machine.chromium}; ${runs} runs per median; writing ${resultsFile}`
	);
	for (const step of plan) {
		const t0 = Date.now();
		console.log(`\n▶ ${step.id} (limit ${step.timeoutMs / min} min)`);
		let file = '';
		if (step.rows) {
			const key = String(step.rows);
			try {
				files[key] ??= await ensureSessions(step.rows);
			} catch (error) {
				files[key] = { error: error instanceof Error ? error.message : String(error) };
			}
			const got = files[key];
			if ('error' in got) {
				outcomes[step.id] = {
					status: 'failed',
					reason: `generating ${label(step.rows)} sessions failed: ${got.error}`,
					elapsedMs: 0,
					timeoutMs: step.timeoutMs,
					result: {}
				};
				write();
				continue;
			}
			file = got.path;
		}
		try {
			await ensureServer();
		} catch (error) {
			console.error(error);
		}
		outcomes[step.id] = await runSection(
			step.section,
			step.timeoutMs,
			`${CACHE_DIR}/section-${step.id}.json`,
			{
				BENCH_URL: url,
				BENCH_RUNS: String(runs),
				BENCH_FILE: file,
				BENCH_FLOOR_PORT: String(floorPort)
			}
		);
		const o = outcomes[step.id];
		console.log(
			`◀ ${step.id}: ${o?.status}${o?.reason ? ` (${o.reason})` : ''} in ${((Date.now() - t0) / 1000).toFixed(0)} s`
		);
		write();
	}
	console.log(
		`\nMedians of ${runs} cold runs; headless ${machine.chromium}; native DuckDB in Node, 1 thread:\n`
	);
	console.log(markdownTable(summaryRows(outcomes, runs, largeSizes)));
	console.log(`\nWritten to ${resultsFile}`);
} finally {
	// Assigned in ensureServer, which the compiler does not follow here.
	(server as ChildProcess | null)?.kill();
}

// npm run bench: measures the production build. Medians of several cold runs; the machine is shared and noisy.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { bundleSizes } from './bundle-sizes';
import { firstScreen } from './first-screen';
import { mentorshipInteraction } from './interaction';
import { benchMentorship } from './mentorship';

const port = Number(process.env.BENCH_PORT ?? 4199);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

async function waitForServer(url: string): Promise<void> {
	for (let i = 0; i < 450; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`The preview server did not start at ${url}`);
}

const server = spawn(
	process.execPath,
	['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
	{ stdio: ['ignore', 'pipe', 'inherit'] }
);
// vite preview does not answer while its output goes nowhere: read it and drop it.
server.stdout?.resume();
try {
	const url = `http://127.0.0.1:${port}/`;
	await waitForServer(url);
	const sizes = bundleSizes('build');
	const overview = await firstScreen(url, runs);
	const interaction = await mentorshipInteraction(url, runs);
	const native = await benchMentorship('data/program/sessions.csv', runs);
	const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
	const ms = (v: number) => `${Math.round(v)} ms`;
	const before = Object.values(overview.bytes).reduce(
		(t, b) => ({ raw: t.raw + b.raw, gzip: t.gzip + b.gzip, brotli: t.brotli + b.brotli }),
		{ raw: 0, gzip: 0, brotli: 0 }
	);
	const notMeasured = 'not measured: the large-file sessions path is not on main yet';

	console.log(`\nICEC Atlas benchmark — ${new Date().toISOString()} — ${machine}\n`);
	console.log('Built app (build/):');
	console.table(
		sizes.map((r) => ({
			kind: r.kind,
			files: r.files,
			raw: kib(r.raw),
			gzip: kib(r.gzip),
			brotli: kib(r.brotli)
		}))
	);
	console.log(`Medians of ${runs} runs (cold: a fresh browser context each; headless Chromium):`);
	const table: Record<string, string> = {
		'Overview first screen (summary: figures + SVG map)': ms(overview.firstScreenMs),
		'Overview maplibre map drawn': ms(overview.mapDrawnMs),
		'DuckDB ready, cold': ms(overview.duckdbReadyMs),
		'DuckDB ready, second visit (service worker cache)': ms(overview.secondVisitDuckdbReadyMs),
		'bytes before first screen, raw': kib(before.raw),
		'bytes before first screen, gzip': kib(before.gzip),
		'bytes before first screen, brotli': kib(before.brotli),
		'Mentorship specialty change → all linked views updated (wasm, default data)': ms(interaction.medianMs),
		[`same queries, native DuckDB in Node (1 thread, ${native.rows} sessions)`]: ms(
			native.folded.specialtyMedianMs
		),
		'ratio wasm (with rendering) / native': (interaction.medianMs / native.folded.specialtyMedianMs).toFixed(
			1
		),
		'1 M / 10 M sessions page; memory with 10 M loaded': notMeasured
	};
	console.table(table);
	console.log('Bytes before the first screen, by kind:');
	console.table(
		Object.fromEntries(
			Object.entries(overview.bytes).map(([k, b]) => [
				k,
				{ raw: kib(b.raw), gzip: kib(b.gzip), brotli: kib(b.brotli) }
			])
		)
	);

	mkdirSync('bench/results', { recursive: true });
	const file = `bench/results/${new Date().toISOString().replaceAll(':', '-')}.json`;
	writeFileSync(
		file,
		JSON.stringify({ machine, runs, sizes, overview, interaction, native, table }, null, '\t') + '\n'
	);
	console.log(`Written to ${file}`);
} finally {
	server.kill();
}

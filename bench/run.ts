// npm run bench: measures the production build. Medians of several cold runs; the machine is shared and noisy.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { bundleSizes } from './bundle-sizes';
import { firstScreen } from './first-screen';

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
	const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;

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
	console.log(`Overview, cold load, median of ${runs}:`);
	console.table({
		'DuckDB ready (ms)': Math.round(overview.duckdbReadyMs),
		'map drawn (ms)': Math.round(overview.mapDrawnMs)
	});
	console.log('Bytes fetched before the map was drawn (uncompressed):');
	console.table(Object.fromEntries(Object.entries(overview.bytes).map(([k, v]) => [k, kib(v)])));

	mkdirSync('bench/results', { recursive: true });
	const file = `bench/results/${new Date().toISOString().replaceAll(':', '-')}.json`;
	writeFileSync(file, JSON.stringify({ machine, runs, sizes, overview }, null, '\t') + '\n');
	console.log(`Written to ${file}`);
} finally {
	server.kill();
}

/**
 * Load time of a user's program file on the Data page of the production build, in headless Chromium: from choosing the
 * file to its rows being queryable (the "now in <table>" message, after the user's "Load" click), as two parts: read
 * and checked (the report shown), then loaded. Each run starts in a fresh browser context with empty storage.
 *
 *   npx vite build && npx tsx bench/upload.ts /tmp/large/sessions.csv [more files…]
 *   (BENCH_RUNS=3 by default; BENCH_PORT=4198; BENCH_URL=http://… to measure a server already running)
 *
 * `uploadLoadTime(url, file, runs)` is exported for bench/run.ts.
 */
import { chromium, type Browser } from '@playwright/test';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { chromiumArgs, chromiumPath } from '../scripts/browser-path.mjs';
import { startPreview, waitForServer } from '../scripts/preview-server';
import { median } from './stats';

export interface UploadRun {
	/** Choosing the file → the report shown (read and checked). */
	checkedMs: number;
	/** "Load" clicked → the rows queryable. */
	loadedMs: number;
	totalMs: number;
	rowsLine: string;
}

async function oneUpload(browser: Browser, url: string, file: string): Promise<UploadRun> {
	// No service worker: its precache of the app (about 40 MB) would compete with the upload for the same cores.
	const context = await browser.newContext({
		viewport: { width: 1280, height: 900 },
		serviceWorkers: 'block'
	});
	try {
		const page = await context.newPage();
		await page.goto(new URL('data', url).href);
		await page.getByTestId('app-ready').waitFor({ state: 'attached', timeout: 180_000 });
		// The program tables are loaded before the file is chosen, as they are once the page has been open a moment.
		await page.getByTestId('program-tables').waitFor({ timeout: 180_000 });
		const t0 = Date.now();
		await page.getByTestId('file-input').setInputFiles(file);
		await page.getByTestId('upload-review').waitFor({ timeout: 1_800_000 });
		const checkedMs = Date.now() - t0;
		const rowsLine = (await page.getByTestId('upload-summary').textContent())?.trim() ?? '';
		const t1 = Date.now();
		await page
			.getByTestId('upload-review')
			.getByRole('button', { name: /^Load / })
			.click();
		await page.getByTestId('upload-done').waitFor({ timeout: 1_800_000 });
		const loadedMs = Date.now() - t1;
		return { checkedMs, loadedMs, totalMs: checkedMs + loadedMs, rowsLine };
	} finally {
		await context.close();
	}
}

export type UploadResult = ReturnType<typeof summarise>;

function summarise(file: string, samples: UploadRun[]) {
	return {
		file: basename(file),
		bytes: statSync(file).size,
		runs: samples.length,
		checkedMs: median(samples.map((s) => s.checkedMs)),
		loadedMs: median(samples.map((s) => s.loadedMs)),
		totalMs: median(samples.map((s) => s.totalMs)),
		samplesMs: samples.map((s) => s.totalMs),
		rowsLine: samples[0]?.rowsLine ?? ''
	};
}

/** Medians of `runs` uploads, each in a fresh context; `save` gets the medians so far after each. */
export async function uploadLoadTime(
	url: string,
	file: string,
	runs: number,
	save: (partial: UploadResult) => void = () => undefined
): Promise<UploadResult> {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
	try {
		const samples: UploadRun[] = [];
		for (let i = 0; i < runs; i++) {
			samples.push(await oneUpload(browser, url, file));
			save(summarise(file, samples));
		}
		return summarise(file, samples);
	} finally {
		await browser.close();
	}
}

async function main(files: string[]) {
	const runs = Number(process.env.BENCH_RUNS ?? 3);
	const port = Number(process.env.BENCH_PORT ?? 4198);
	let url = process.env.BENCH_URL;
	const server = url ? null : startPreview(port);
	url ??= `http://127.0.0.1:${port}/`;
	try {
		await waitForServer(url);
		for (const file of files) {
			const r = await uploadLoadTime(url, file, runs);
			const mb = (r.bytes / 1e6).toFixed(1);
			console.log(
				`${r.file} (${mb} MB), median of ${r.runs}: checked ${(r.checkedMs / 1000).toFixed(1)} s + loaded ${(r.loadedMs / 1000).toFixed(1)} s = ${(r.totalMs / 1000).toFixed(1)} s  [runs: ${r.samplesMs.map((ms) => (ms / 1000).toFixed(1)).join(', ')} s]  ${r.rowsLine}`
			);
		}
	} finally {
		server?.kill();
	}
}

if (process.argv[1]?.endsWith('upload.ts')) {
	const files = process.argv.slice(2);
	if (files.length === 0) throw new Error('Give one or more files to upload, e.g. /tmp/large/sessions.csv');
	await main(files);
}

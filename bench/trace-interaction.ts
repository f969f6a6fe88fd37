/**
 * Where one /mentorship specialty change spends the page's main thread: a Chrome trace (devtools.timeline) over
 * every specialty option in turn, summed by event on the renderer's main thread, with the app's own split per
 * change (change → batch answered → views drawn → map idle). Not part of `npm run bench`; run against a preview:
 *   node node_modules/vite/bin/vite.js preview --port 4315 &
 *   npx tsx bench/trace-interaction.ts http://127.0.0.1:4315/
 */
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/browser-path.mjs';

interface TraceEvent {
	name: string;
	ph: string;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string };
}

/** In the page: one specialty change, and when its answer, its views and the map came (ms after the change). */
function change(value: string): string {
	return `(async () => {
		const start = performance.now();
		const after = (name, from) => new Promise((resolve) => {
			const timer = setInterval(() => {
				const found = performance.getEntriesByName(name).find((e) => e.startTime >= from);
				if (found) { clearInterval(timer); resolve(found.startTime); }
			}, 2);
		});
		const select = document.querySelector('[data-testid="filter-specialty"]');
		select.value = ${JSON.stringify(value)};
		select.dispatchEvent(new Event('change', { bubbles: true }));
		const drawn = await after('mentorship-drawn', start);
		const map = await after('map-drawn', drawn);
		const answered = performance.getEntriesByName('mentorship-answered').find((e) => e.startTime >= start);
		return [answered ? answered.startTime - start : NaN, drawn - start, map - start].map(Math.round);
	})()`;
}

const url = process.argv[2] ?? 'http://127.0.0.1:4315/';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.goto(`${url}mentorship`);
	await page.getByTestId('app-ready').waitFor({ state: 'attached', timeout: 120_000 });
	await page.locator('[data-map-state="drawn"]').first().waitFor({ timeout: 120_000 });
	const options = await page
		.locator('[data-testid="filter-specialty"] option')
		.evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
	const current = await page.locator('[data-testid="filter-specialty"]').inputValue();
	const values = [...options.filter((v) => v !== current), current];
	await browser.startTracing(page, {
		categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline']
	});
	const splits: number[][] = [];
	for (const value of values) splits.push((await page.evaluate(change(value))) as number[]);
	const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
	const main = trace.traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
	const byName = new Map<string, number>();
	for (const e of trace.traceEvents) {
		if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur) continue;
		byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
	}
	console.log(`${values.length} specialty changes, [answered, views drawn, map idle] ms after each change:`);
	console.log(`  ${splits.map((s) => `[${s.join(', ')}]`).join(' ')}`);
	console.log('Renderer main thread, ms per change by trace event (inclusive: nested events overlap):');
	for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 12))
		console.log(`  ${(ms / values.length).toFixed(1).padStart(7)}  ${name}`);
} finally {
	await browser.close();
}

/**
 * One section of `npm run bench`, run by bench/run.ts in a process of its own:
 *   node --import tsx bench/section.ts NAME SAVED_FILE
 * The section saves what it has measured to SAVED_FILE as it goes ({ result, done, error }), so the runner keeps it
 * whatever happens next. Settings come from the environment: BENCH_URL, BENCH_RUNS, BENCH_FILE, BENCH_FLOOR_PORT,
 * BENCH_SECTION_TIMEOUT_MS, and for the server section BENCH_SERVER_ROWS and BENCH_SERVER_PORT.
 */
import { writeFileSync } from 'node:fs';
import { bundleSizes } from './bundle-sizes';
import { engineCache } from './engine-cache';
import { firstScreen } from './first-screen';
import { floorLoads } from './floor';
import { interactions } from './interaction';
import { benchMentorship } from './mentorship';
import { largeFilePage } from './mentorship-page';
import { nativePageLoad } from './native-page';
import { serverPage } from './server';
import { median } from './stats';
import { uploadLoadTime } from './upload';

const [name = '', savedFile = ''] = process.argv.slice(2);
const url = process.env.BENCH_URL ?? '';
const runs = Number(process.env.BENCH_RUNS ?? 5);
const file = process.env.BENCH_FILE ?? '';
const floorPort = Number(process.env.BENCH_FLOOR_PORT ?? 4198);
const budgetMs = Number(process.env.BENCH_SECTION_TIMEOUT_MS ?? 600_000);

let latest: object = {};
function save(result: object, end: { done?: boolean; error?: string } = {}): void {
	latest = result;
	writeFileSync(savedFile, JSON.stringify({ result, ...end }));
}

/** Native DuckDB on one sessions file (empty: the embedded default): the page's load and its interactions. */
async function native(sessions: string | null): Promise<object> {
	const result: Record<string, unknown> = {};
	const loads: number[] = [];
	for (let i = 0; i < runs; i++) {
		const run = await nativePageLoad(sessions);
		loads.push(run.ms);
		Object.assign(result, { sessions: run.sessions, pageMs: loads, pageMedianMs: median(loads) });
		save(result);
	}
	const interaction = await benchMentorship(sessions ?? 'data/program/sessions.csv', runs, {
		rawRows: false
	});
	Object.assign(result, {
		interactionMs: interaction.folded.specialtyMs,
		interactionMedianMs: interaction.folded.specialtyMedianMs,
		interactionCpuMedianMs: interaction.folded.specialtyCpuMedianMs,
		foldedRows: interaction.foldedRows,
		buildMs: interaction.buildMs
	});
	return result;
}

const sections: Record<string, () => Promise<object>> = {
	'bundle-sizes': async () => ({ rows: bundleSizes('build') }),
	'first-screen': () => firstScreen(url, runs, save),
	'engine-cache': () => engineCache(url, runs, save),
	interaction: () => interactions(url, runs, budgetMs, floorPort),
	floor: () => floorLoads(file, floorPort, runs, save),
	native: () => native(file || null),
	page: () => largeFilePage(url, file, { runs, budgetMs, save }),
	upload: () => uploadLoadTime(url, file, runs, save),
	server: () =>
		serverPage({
			rows: Number(process.env.BENCH_SERVER_ROWS ?? 100_000_000),
			runs,
			port: Number(process.env.BENCH_SERVER_PORT ?? floorPort - 1),
			timeoutMs: budgetMs,
			save
		})
};

const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];
process.on('unhandledRejection', (error) => {
	save(latest, { error: message(error) });
	process.exit(1);
});

const section = sections[name];
if (!section) {
	save({}, { error: `no section named '${name}'` });
	process.exit(1);
}
try {
	save(await section(), { done: true });
	process.exit(0);
} catch (error) {
	save(latest, { error: message(error) });
	process.exit(1);
}

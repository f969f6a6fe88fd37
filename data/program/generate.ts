/**
 * The illustrative ICEC program data set (seeded; invented names; built on the real reference tables).
 *
 *   npx tsx data/program/generate.ts                     both variants: data/program/*.csv and data/program/no-effect/*.csv
 *   npx tsx data/program/generate.ts --seed 7 --effect 0 --out /tmp/x
 *   npx tsx data/program/generate.ts --sessions 1000000 [--out data/program/large]   benchmark sessions.csv, streamed
 */
import { mkdirSync } from 'node:fs';
import { generateCorps } from './corps';
import { readReference } from './reference';
import { writeLargeSessions, writeTables } from './write';

export const DEFAULT_SEED = 20160101;

function args(argv: string[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i] ?? '';
		if (a.startsWith('--')) out[a.slice(2)] = argv[i + 1] ?? '';
	}
	return out;
}

async function main() {
	const a = args(process.argv.slice(2));
	const seed = a.seed ? Number(a.seed) : DEFAULT_SEED;
	const ref = await readReference(a.reference ?? 'data');
	const t0 = performance.now();
	if (a.sessions) {
		const count = Number(a.sessions);
		const dir = a.out ?? 'data/program/large';
		mkdirSync(dir, { recursive: true });
		const { tables } = generateCorps(ref, { seed, effect: 1 });
		const bytes = writeLargeSessions(`${dir}/sessions.csv`, tables.engagements, count, seed);
		const s = ((performance.now() - t0) / 1000).toFixed(1);
		console.log(
			`${dir}/sessions.csv: ${count.toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(0)} MB in ${s} s`
		);
		return;
	}
	const variants: [number, string][] =
		a.effect !== undefined
			? [[Number(a.effect), a.out ?? (Number(a.effect) === 0 ? 'data/program/no-effect' : 'data/program')]]
			: [
					[1, 'data/program'],
					[0, 'data/program/no-effect']
				];
	for (const [effect, dir] of variants) {
		const sizes = writeTables(dir, generateCorps(ref, { seed, effect }).tables);
		const total = Object.values(sizes).reduce((x, y) => x + y, 0);
		console.log(
			`${dir}: ${Object.keys(sizes).length} files, ${(total / 1e6).toFixed(2)} MB (effect ${effect}, seed ${seed})`
		);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

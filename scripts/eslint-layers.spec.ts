import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { layerOf, looksLikeSql, resolveImport } from './eslint-layers.js';

const root = path.resolve(import.meta.dirname, '..');

describe('layerOf and resolveImport', () => {
	it.each([
		[
			'src/lib/components/methods/ProgramDictionary.svelte',
			'../data/issue-text',
			'src/lib/components/data/issue-text'
		],
		['src/lib/map/Admin1Map.svelte', '../data/queries/country', 'src/lib/data/queries/country'],
		['src/routes/+page.server.ts', '../../data/summary.json', 'data/summary.json'],
		['src/lib/charts/layers/Bars.svelte', '$lib/data', 'src/lib/data'],
		['src/lib/state/gaps.ts', '$lib/data/queries/gaps', 'src/lib/data/queries/gaps']
	])('%s imports %s: %s', (file, source, target) => {
		expect(resolveImport(source, path.join(root, file), root)).toBe(target);
	});

	it('leaves packages alone', () => {
		expect(resolveImport('maplibre-gl', path.join(root, 'src/lib/map/x.ts'), root)).toBeNull();
	});

	it.each([
		['src/lib/data/queries/gaps.ts', 'data'],
		['src/lib/components/data/FileDrop.svelte', 'components'],
		['src/lib/database.ts', null],
		['data/summary.json', null],
		['src/routes', 'routes']
	])('%s is in %s', (file, layer) => {
		expect(layerOf(file)).toBe(layer);
	});
});

describe('looksLikeSql', () => {
	it.each([
		'SELECT 1',
		'\n\t\tWITH t AS (SELECT 1) SELECT * FROM t',
		'CREATE TABLE t (a INT)',
		'CHECKPOINT',
		'SET x = 1'
	])('%j is SQL', (text) => expect(looksLikeSql(text)).toBe(true));
	it.each(['Select a specialty', 'SELECTED', 'WITH', 'set', 'Settings', ''])('%j is not', (text) =>
		expect(looksLikeSql(text)).toBe(false)
	);
});

/** The repository's own ESLint configuration, run on text as if it were the named file. */
describe('the configured lint', () => {
	let eslint: ESLint;
	beforeAll(() => {
		eslint = new ESLint({ cwd: root });
	});

	async function problems(file: string, code: string): Promise<string[]> {
		const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
		return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
	}

	it.each([
		['src/lib/components/x/Bad.ts', "import { query } from '$lib/data/db';\nexport const q = query;\n"],
		[
			'src/lib/components/x/Bad.ts',
			"import type { Issue } from '$lib/data/validate';\nexport type I = Issue;\n"
		],
		['src/lib/map/bad.ts', "export { iso3Pattern } from '../data/queries/country';\n"],
		['src/lib/charts/layers/bad.ts', "export * from '../../data/sql';\n"],
		['src/routes/x/bad.ts', "export const load = () => import('$lib/data/program-catalog');\n"],
		['src/lib/state/bad.ts', "import Map from '$lib/map/ChoroplethMap.svelte';\nexport const m = Map;\n"],
		['src/lib/models/bad.ts', "import { sql } from '../data/sql';\nexport const s = sql;\n"],
		[
			'src/lib/models/bad.ts',
			"import { programSource } from '$lib/state/program-source.svelte';\nexport const p = programSource;\n"
		],
		['src/lib/data/bad.ts', "import { gapsView } from '$lib/state/gaps';\nexport const g = gapsView;\n"]
	])('fails %s importing against the direction', async (file, code) => {
		const found = await problems(file, code);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/^atlas\/layer-imports: \w+ may not import \w+/);
	});

	it.each([
		['src/lib/components/methods/ok.ts', "export { expectedText } from '../data/issue-text';\n"],
		['src/lib/components/x/ok.ts', "export type { Issue } from '$lib/models/upload-report';\n"],
		['src/routes/ok.ts', "export { overview } from '../../data/summary.json';\n"],
		['src/lib/state/ok.ts', "export { gapRows } from '$lib/data/queries/gaps';\n"],
		['src/lib/data/ok.ts', "export { gap } from '$lib/models/gap';\n"]
	])('passes %s importing the right way', async (file, code) => {
		expect(await problems(file, code)).toEqual([]);
	});

	it.each([
		['src/lib/components/x/bad.ts', 'export const q = `SELECT iso3 FROM centres`;\n'],
		['src/lib/state/bad.ts', "export const q = '  WITH t AS (SELECT 1) SELECT * FROM t';\n"],
		[
			'src/routes/x/bad.ts',
			'declare const sql: (s: TemplateStringsArray) => string;\nexport const q = sql`iso3 = ${1}`;\n'
		]
	])('fails SQL text in %s', async (file, code) => {
		expect(await problems(file, code)).toEqual([expect.stringMatching(/^atlas\/no-sql-text: /)]);
	});

	it.each([
		['src/lib/data/queries/ok.ts', 'export const q = `SELECT iso3 FROM centres`;\n'],
		['src/lib/data/ok.ts', "export const q = 'CHECKPOINT';\n"],
		['src/lib/state/ok.spec.ts', 'export const q = `SELECT 1`;\n'],
		['src/lib/components/x/ok.ts', "export const label = 'Select a specialty';\n"]
	])('passes %s', async (file, code) => {
		expect(await problems(file, code)).toEqual([]);
	});
});

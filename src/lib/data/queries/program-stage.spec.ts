import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeProgramQuery, type NodeQuery } from '../../../../tests/support/node-duckdb';
import { detectDelimiter, decodeText, loadFile, parseCsv, tableFromName } from '../loaders';
import {
	checkAgainstLoaded,
	orphanedByReplace,
	withCountrySuggestions,
	type CountryCodes,
	type LoadedRows
} from '../program-checks';
import { stagedIssues } from '../program-stage-issues';
import { TABLE_NAMES, type TableName } from '../program-schema';
import { sql } from '../sql';
import { formatIssue, matchHeader, type Issue } from '../validate';
import {
	appendAcceptedRows,
	checkedColumns,
	dropAcceptedRows,
	loadedKeyRows,
	orphanedByStagedReplace
} from './program-loaded';
import { checkStagedFile } from './program-stage';
import { stageCsv } from './program-stage-sql';
import { headerKeys } from '../program-upload-large';

const FIXTURES = 'tests/fixtures/program';
let query: NodeQuery;
let loaded: LoadedRows;
let countries: CountryCodes;

beforeAll(async () => {
	query = await nodeProgramQuery(TABLE_NAMES, { reference: ['countries'] });
	const codes = await query<{ iso3: string; iso2: string | null }>(sql`SELECT iso3, iso2 FROM countries`);
	countries = {
		iso3: new Set(codes.map((c) => c.iso3)),
		iso2ToIso3: new Map(codes.filter((c) => c.iso2).map((c) => [c.iso2 as string, c.iso3]))
	};
	loaded = Object.fromEntries(
		await Promise.all(
			TABLE_NAMES.map(async (t) => {
				const r = await loadFile(readFileSync(`data/program/${t}.csv`, 'utf8'), `${t}.csv`, { table: t });
				if (!r.ok) throw new Error(`default ${t} does not validate`);
				return [t, r.rows] as const;
			})
		)
	);
});
afterAll(() => query.close());

/** Stages a CSV the way the browser does (DuckDB's reader, every column text) and checks it in SQL. */
async function sqlPath(
	path: string,
	table: TableName,
	mode: 'replace' | 'append' = 'replace',
	rangeRows = 7,
	maxIssues = 500
) {
	const bytes = readFileSync(path);
	const { text, encoding } = decodeText(
		bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
	);
	const delimiter = detectDelimiter(text);
	const header = parseCsv(text, path).rows[0] ?? [];
	await query(
		stageCsv('stage', path, {
			columns: header.length,
			delimiter,
			encoding: encoding === 'utf-8' ? 'utf-8' : 'latin-1'
		})
	);
	const match = matchHeader(table, path, header);
	const result = await checkStagedFile(query, {
		stage: 'stage',
		target: 'accepted_rows',
		table,
		sources: match.indices.map((i) => (i < 0 ? null : `c${i}`)),
		decimalComma: delimiter === ';',
		mode,
		countries: true,
		loadedTables: new Set(TABLE_NAMES),
		headerOk: !match.issues.some((i) => i.severity === 'error'),
		headerKeys: headerKeys(header),
		maxIssues,
		// Several ranges in every fixture: the check runs range by range on large files.
		rangeRows
	});
	return { result, issues: stagedIssues(result, path, table, countries) };
}

/** The JavaScript path: parse, validate, check against what is loaded. */
async function jsPath(
	path: string,
	table: TableName,
	mode: 'replace' | 'append' = 'replace',
	maxIssues = 500
) {
	const bytes = readFileSync(path);
	const r = await loadFile(
		bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
		path,
		{
			table,
			maxIssues
		}
	);
	const valid = r.ok ? r : 'accepted' in r ? r.accepted : undefined;
	// Unreadable or empty: the SQL path is not reached.
	if (!valid) return null;
	const rejected = 'rejected' in valid ? valid.rejected : [];
	const checked = checkAgainstLoaded(valid, { loaded, countries, mode, rejected });
	const rowIssues = (r.ok ? r.warnings : r.issues).filter((i) => (i.row ?? 0) > 1);
	return {
		rowsRead: valid.rowsRead,
		accepted: checked.rows.length,
		conversions: valid.conversions,
		issues: withCountrySuggestions([...rowIssues, ...checked.issues], countries)
	};
}

const text = (issues: Issue[]) => issues.map(formatIssue).sort();

describe('checkStagedFile agrees with the JavaScript validator', () => {
	const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.csv'));
	for (const file of files) {
		const table = tableFromName(file);
		if (!table) continue;
		it(`${file}`, async () => {
			const js = await jsPath(`${FIXTURES}/${file}`, table);
			if (!js) return; // unreadable: the SQL path is not reached
			const { result, issues } = await sqlPath(`${FIXTURES}/${file}`, table);
			expect(result.rowsRead).toBe(js.rowsRead);
			expect(result.accepted).toBe(js.accepted);
			expect(text(issues)).toEqual(text(js.issues));
			expect(result.conversions).toEqual(js.conversions);
		});
	}

	it('keeps the accepted rows in file order across ranges', async () => {
		const { result } = await sqlPath('data/program/engagements.csv', 'engagements', 'replace', 400);
		const file = readFileSync('data/program/engagements.csv', 'utf8').trim().split('\n').slice(1);
		const kept = await query<{ engagement_id: string }>(sql`SELECT engagement_id FROM accepted_rows`);
		expect(result.accepted).toBe(file.length);
		expect(kept.map((r) => r.engagement_id)).toEqual(file.map((line) => line.split(',')[0]));
		await dropAcceptedRows(query, 'accepted_rows');
	});

	it('counts the conversions made, with the first example of each', async () => {
		const { result } = await sqlPath(`${FIXTURES}/sessions_conversions.csv`, 'sessions');
		expect(result.conversions).toEqual([
			{ column: 'engagement_id', kind: 'trimmed', count: 1, row: 2, from: ' G0001 ', to: 'G0001' },
			{ column: 'date', kind: 'date_time', count: 2, row: 3, from: '2024-01-06T00:00:00Z', to: '2024-01-06' },
			{ column: 'hours', kind: 'number_format', count: 2, row: 4, from: '+3', to: '3' },
			{ column: 'mode', kind: 'normalised', count: 3, row: 3, from: 'In-Country', to: 'in_country' }
		]);
		const decimal = await sqlPath(`${FIXTURES}/investissements 2024.csv`, 'investments');
		expect(decimal.result.conversions.find((c) => c.column === 'amount_usd')).toMatchObject({
			kind: 'decimal_comma',
			from: '1 250 000,50',
			to: '1250000.5'
		});
	});

	it('finds the illustrative tables clean and accepts every row, typed', async () => {
		const { result } = await sqlPath('data/program/engagements.csv', 'engagements', 'replace', 400);
		expect(result.issueCount).toBe(0);
		expect(result.accepted).toBe(loaded.engagements?.length);
		const [types] = await query<{ start: string; planned: string }>(
			sql`SELECT typeof("start") AS start, typeof(planned_hours) AS planned FROM accepted_rows LIMIT 1`
		);
		expect(types).toEqual({ start: 'DATE', planned: 'DOUBLE' });
	});

	it('rejects, when adding, the keys already loaded', async () => {
		const { result, issues } = await sqlPath('data/program/hubs.csv', 'hubs', 'append');
		expect(result.accepted).toBe(0);
		expect(issues[0]).toMatchObject({ kind: 'duplicate_key', detail: 'loaded', row: 2 });
	});

	it('lists at most the cap and counts the rest', async () => {
		const { result } = await sqlPath('data/program/hubs.csv', 'hubs', 'append');
		const capped = await checkStagedFile(query, {
			stage: 'stage',
			target: 'accepted_rows',
			table: 'hubs',
			sources: matchHeader('hubs', 'h', ['hub_id', 'name', 'city', 'iso3', 'lat', 'lon']).indices.map((i) =>
				i < 0 ? null : `c${i}`
			),
			decimalComma: false,
			mode: 'append',
			countries: true,
			loadedTables: new Set(TABLE_NAMES),
			maxIssues: 2
		});
		expect(capped.issues).toHaveLength(2);
		expect(capped.issueCount).toBe(result.issueCount);
		expect(stagedIssues(capped, 'h', 'hubs', countries).at(-1)).toMatchObject({
			kind: 'too_many_issues',
			count: result.issueCount - 2
		});
	});
});

describe('accepted rows of a large file', () => {
	it('replacing a table: the rows of other tables left referring to nothing, as the JavaScript check counts them', async () => {
		const { result } = await sqlPath('data/program/engagements.csv', 'engagements', 'replace', 400);
		await query(sql`DELETE FROM accepted_rows WHERE engagement_id IN ('G0001', 'G0002')`);
		const kept = loaded.engagements?.filter(
			(e) => !['G0001', 'G0002'].includes((e as { engagement_id: string }).engagement_id)
		);
		expect(result.accepted).toBe(loaded.engagements?.length);
		const inSql = await orphanedByStagedReplace(query, 'engagements', 'accepted_rows');
		expect(inSql).toEqual(orphanedByReplace('engagements', kept ?? [], loaded));
		expect(inSql).toMatchObject([{ dependent: 'sessions', column: 'engagement_id', example: 'G0001' }]);
		await dropAcceptedRows(query, 'accepted_rows');
	});

	it('go into the program table after the rows already there, and give back their keys', async () => {
		await sqlPath('data/program/engagements.csv', 'engagements', 'replace', 400);
		await query(sql`CREATE OR REPLACE TABLE engagements_copy AS SELECT * FROM engagements LIMIT 3`);
		await appendAcceptedRows(query, 'engagements_copy' as TableName, 'accepted_rows');
		const [count] = await query<{ n: number }>(sql`SELECT count(*) AS n FROM engagements_copy`);
		expect(count?.n).toBe(3 + (loaded.engagements?.length ?? 0));
		expect(checkedColumns('engagements')).toEqual(['engagement_id', 'centre_id', 'expert_id']);
		expect(checkedColumns('centres')).toEqual(['centre_id', 'hub_id']);
		const keys = await loadedKeyRows(query, 'engagements', 'accepted_rows');
		expect(keys).toHaveLength(loaded.engagements?.length ?? -1);
		expect(Object.keys(keys[0] ?? {})).toEqual(['engagement_id', 'centre_id', 'expert_id']);
		await dropAcceptedRows(query, 'accepted_rows');
		await expect(query(sql`SELECT * FROM accepted_rows`)).rejects.toThrow();
	});
});

const CENTRE_COLUMNS = [
	'centre_id',
	'name',
	'iso3',
	'admin1_code',
	'city',
	'lat',
	'lon',
	'setting',
	'services',
	'mv_machines',
	'phase',
	'phase_since',
	'working_languages',
	'hub_id'
];

/**
 * A generated centres file with problems of many kinds, several in a row, and the header repeated inside it: every
 * fifth row is clean (and every seventh refers to a hub that does not exist).
 */
function generatedCentres(columns: readonly string[], rows: number): string {
	const lines = [columns.join(',')];
	for (let n = 0; n < rows; n++) {
		if (n % 250 === 100) lines.push(columns.join(','));
		const cell: Record<string, string> = {
			centre_id: `C${String(n).padStart(5, '0')}`,
			name: `Centre ${n}`,
			iso3: ['KE', 'ZAR', 'KEN', 'KEN', 'KEN'][n % 5] as string,
			city: n % 5 === 2 ? '=A1+B1' : 'Nairobi',
			lat: ['-1.29', 'NaN', '-1.29', '"12,5"', '-1.29'][n % 5] as string,
			lon: '36.82',
			setting: 'lmic',
			services: 'radiotherapy',
			mv_machines: n % 5 === 3 ? 'x' : '2',
			phase: n % 5 === 2 ? '9' : '3',
			phase_since: '2023-04-01',
			working_languages: 'en',
			hub_id: n % 7 === 0 ? 'H99' : 'H01'
		};
		lines.push(columns.map((c) => cell[c] ?? '').join(','));
	}
	return lines.join('\n') + '\n';
}

describe('the large path on a generated file, against the small path', () => {
	const dir = mkdtempSync(join(tmpdir(), 'stage-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const rows = 1500;
	let clean = 0;
	for (let n = 0; n < rows; n++) if (n % 5 === 4 && n % 7 !== 0) clean++;

	for (const [label, columns, accepted] of [
		['every column', CENTRE_COLUMNS, clean],
		['a required column missing', CENTRE_COLUMNS.filter((c) => c !== 'name'), 0]
	] as const) {
		it(`${label}: every cell problem of every row, repeated headers skipped, all listed past 500`, async () => {
			const path = join(dir, `centres ${label}.csv`);
			writeFileSync(path, generatedCentres(columns, rows));
			const js = await jsPath(path, 'centres', 'replace', 50_000);
			const { result, issues } = await sqlPath(path, 'centres', 'replace', 400, 50_000);
			expect(result.rowsRead).toBe(rows);
			expect(result.rowsRead).toBe(js?.rowsRead);
			expect(result.accepted).toBe(accepted);
			expect(result.accepted).toBe(js?.accepted);
			expect(result.issueCount).toBeGreaterThan(500);
			expect(result.issues).toHaveLength(result.issueCount);
			expect(text(issues)).toEqual(text(js?.issues ?? []));
			const repeated = issues.filter((i) => i.kind === 'repeated_header').map((i) => i.row);
			expect(repeated).toEqual([102, 353, 604, 855, 1106, 1357]);
			expect(issues.find((i) => i.value === 'KE')).toMatchObject({ column: 'iso3', suggestion: 'KEN' });
			expect(issues.find((i) => i.value === 'ZAR')).toMatchObject({ column: 'iso3', suggestion: 'COD' });
			// Row 3 has two problems: both are listed.
			expect(
				issues
					.filter((i) => i.row === 3)
					.map((i) => i.column)
					.sort()
			).toEqual(['iso3', 'lat']);
			expect(issues.find((i) => i.value === '12,5')).toMatchObject({ column: 'lat', kind: 'type' });
			expect(issues.some((i) => i.kind === 'formula' && i.column === 'city')).toBe(true);
			// Nothing is left uncounted: the review shows some of each kind and column, its CSV download every one.
			expect(issues.some((i) => i.kind === 'too_many_issues')).toBe(false);
		});
	}
});

/**
 * The path for large CSV files: the file is read in place by DuckDB's own CSV reader (registered through the browser's
 * file reader, never copied whole into JavaScript memory), staged as text, and checked in SQL with the same rules and
 * report entries as the JavaScript path (`queries/program-stage.ts`). The accepted rows wait, typed, in a table of their
 * own until the user loads them. Only the first 64 KB are read here, for the header, delimiter and encoding.
 */
import Papa from 'papaparse';
import { dropUploadFile, query, queryInSlices, registerUploadFile, runCancellable } from './db';
import { decodeText, detectDelimiter, tableFromName } from './loaders';
import { recognise } from './recognise';
import { orphanedIssues, withCountrySuggestions, type CountryCodes } from './program-checks';
import type { LoadMode } from './program-manifest';
import { TABLE_NAMES, type TableName } from './program-schema';
import { stagedIssues } from './program-stage-issues';
import { MAX_LISTED_ISSUES, suspectDelimiter, type ProgramFileAnalysis } from './program-upload';
import { orphanedByStagedReplace } from './queries/program-loaded';
import { checkStagedFile } from './queries/program-stage';
import { csvCuts, stageCsv } from './queries/program-stage-sql';
import { identifier, inlineNumbers, sql, type QueryFn } from './sql';
import { matchHeader, type Issue } from './validate';
import { isEmpty, normaliseName } from './validate-cells';

/** CSV files from this size take the SQL path. */
export const LARGE_FILE_BYTES = 1024 ** 2;

/** DuckDB ran out of the memory it may use (`memory_limit`): the file is too large to load whole. */
export function isOutOfMemory(error: unknown): boolean {
	return error instanceof Error && /Out of Memory Error/i.test(error.message);
}

export function takesLargePath(name: string, size: number): boolean {
	return size >= LARGE_FILE_BYTES && /\.(csv|tsv|txt)$/i.test(name);
}

/** A file staged in DuckDB: text columns in `stage`, the accepted rows (once checked) in `accepted`. */
export interface StagedFile {
	key: string;
	path: string;
	stage: string;
	accepted: string;
	header: string[];
	delimiter: string;
}

export type LargeStep = 'reading' | 'checking';

/** The DuckDB table holding an entry's accepted rows. */
export function acceptedTableName(key: string): string {
	return `upload_${key.replaceAll('-', '_')}`;
}

async function sniff(file: Blob): Promise<{ header: string[]; delimiter: string; encoding: string } | null> {
	const bytes = new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer());
	// Cut at the last line break so a character split by the slice does not look like another encoding.
	const end = file.size > bytes.length ? bytes.lastIndexOf(10) + 1 : bytes.length;
	const { text, encoding } = decodeText(bytes.slice(0, end > 0 ? end : bytes.length).buffer);
	if (encoding.startsWith('utf-16')) return null;
	const delimiter = detectDelimiter(text);
	const first = Papa.parse<string[]>(text, { delimiter, preview: 1 }).data[0] ?? [];
	return { header: first, delimiter, encoding: encoding === 'utf-8' ? 'utf-8' : 'latin-1' };
}

/**
 * A file is staged in parts of about this size, with a checkpoint after each: DuckDB-wasm compresses a table's rows
 * at a checkpoint, not as they are written, and a 425 MB file read in one statement ran out of memory before one.
 */
export const PART_BYTES = 64 * 1024 ** 2;

async function* chunksOf(file: Blob, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
	const size = 8 * 1024 ** 2;
	for (let start = 0; start < file.size; start += size) {
		signal?.throwIfAborted();
		yield new Uint8Array(await file.slice(start, start + size).arrayBuffer());
	}
}

/** Registers and stages the file. Null when it is not a CSV this path reads (UTF-16): the caller reads it whole. */
export async function stageLargeFile(
	file: Blob,
	options: { key: string; signal?: AbortSignal }
): Promise<StagedFile | null> {
	const shape = await sniff(file);
	if (!shape) return null;
	const path = await registerUploadFile(`${options.key}.csv`, file);
	const stage = `stage_${options.key.replaceAll('-', '_')}`;
	const csv = { columns: shape.header.length, delimiter: shape.delimiter, encoding: shape.encoding };
	try {
		const cuts = file.size > PART_BYTES ? await csvCuts(chunksOf(file, options.signal), PART_BYTES) : [];
		const bounds = [0, ...cuts, file.size];
		for (let i = 0; i + 1 < bounds.length; i++) {
			const part = bounds.length === 2 ? file : file.slice(bounds[i], bounds[i + 1]);
			const partPath = part === file ? path : await registerUploadFile(`${options.key}-${i}.csv`, part);
			try {
				await runCancellable(stageCsv(stage, partPath, csv, i === 0 ? 'first' : 'later'), options.signal);
				await runCancellable(sql`CHECKPOINT`, options.signal);
			} finally {
				if (partPath !== path) await dropUploadFile(partPath).catch(() => undefined);
			}
		}
	} catch (error) {
		await query(sql`DROP TABLE IF EXISTS ${identifier(stage)}`).catch(() => undefined);
		await dropUploadFile(path).catch(() => undefined);
		throw error;
	}
	return {
		key: options.key,
		path,
		stage,
		accepted: acceptedTableName(options.key),
		header: shape.header,
		delimiter: shape.delimiter
	};
}

/** Drops what staging left: the stage, the rows not loaded, and the file's registration. */
export async function discardStaged(staged: StagedFile, keepAccepted: boolean): Promise<void> {
	await query(sql`DROP TABLE IF EXISTS ${identifier(staged.stage)}`).catch(() => undefined);
	if (!keepAccepted)
		await query(sql`DROP TABLE IF EXISTS ${identifier(staged.accepted)}`).catch(() => undefined);
	await dropUploadFile(staged.path).catch(() => undefined);
}

export interface LargeAnalyseOptions {
	table?: TableName;
	mode: LoadMode;
	countries: CountryCodes | null;
	signal?: AbortSignal;
}

/** The header's names as `validateTable` compares them with each row, to skip rows that repeat the header. */
export function headerKeys(header: readonly unknown[]): string[] {
	return header.map((h) => (isEmpty(h) ? '' : normaliseName(String(h).replace(/^\uFEFF/, ''))));
}

/** Checks a staged file as `table` (the guess, or the user's choice), as `analyseProgramFile` does for small files. */
export async function analyseStagedFile(
	staged: StagedFile,
	file: string,
	size: number,
	options: LargeAnalyseOptions
): Promise<ProgramFileAnalysis> {
	const recognition = recognise(staged.header, tableFromName(file));
	const table = options.table ?? recognition.table;
	const read = {
		format: 'csv' as const,
		delimiter: staged.delimiter,
		decimalComma: staged.delimiter === ';'
	};
	const base = {
		file,
		size,
		mode: options.mode,
		table,
		rows: [],
		rowNumbers: [],
		staged,
		conversions: [],
		recognition,
		read
	};
	if (!table) {
		const issues: Issue[] = [{ kind: 'unknown_table', severity: 'error', file }];
		return { ...base, accepted: 0, rowsRead: 0, issues, fatal: true, delimiterSuspect: null };
	}
	const match = matchHeader(table, file, staged.header);
	const headerIssues = withCountrySuggestions(match.issues, options.countries);
	options.signal?.throwIfAborted();
	const loadedTables = new Set<string>(TABLE_NAMES);
	// Without parameters, so that each statement runs in slices (`queryInSlices`): on millions of rows they take minutes.
	const sliceable: QueryFn = (q) => queryInSlices(inlineNumbers(q));
	const result = await checkStagedFile(sliceable, {
		stage: staged.stage,
		target: staged.accepted,
		table,
		sources: match.indices.map((i) => (i < 0 ? null : `c${i}`)),
		decimalComma: staged.delimiter === ';',
		mode: options.mode,
		countries: options.countries !== null,
		loadedTables,
		// A missing column rejects every row, but the cells of the columns that are there are still checked.
		headerOk: !headerIssues.some((i) => i.severity === 'error'),
		headerKeys: headerKeys(staged.header),
		maxIssues: MAX_LISTED_ISSUES
	});
	const orphans =
		options.mode === 'replace' && result.accepted > 0
			? orphanedIssues(await orphanedByStagedReplace(query, table, staged.accepted), file, table)
			: [];
	const issues = [...orphans, ...headerIssues, ...stagedIssues(result, file, table, options.countries)];
	if (result.rowsRead === 0) issues.push({ kind: 'header_only', severity: 'error', file, table });
	return {
		...base,
		accepted: result.accepted,
		rowsRead: result.rowsRead,
		issues,
		conversions: result.conversions,
		fatal: result.accepted === 0,
		delimiterSuspect: suspectDelimiter(issues)
	};
}

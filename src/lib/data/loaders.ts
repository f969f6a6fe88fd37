/**
 * Files in → raw rows → validated program tables. Pure functions of the file's bytes (or text) and its name, so they run
 * in the browser and in Node alike. Every problem, including a file that cannot be read, is an `Issue` naming the file.
 */
import Papa from 'papaparse';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import readXlsxFile from 'read-excel-file/universal';
import { TABLE_NAMES, isTableName, type TableName } from './program-schema';
import { recognise, type Recognition } from './recognise';
import { validateTable, type Issue, type ValidationResult } from './validate';
import type { FileFormat, ReadFacts } from '../models/upload-report';

export type { FileFormat, ReadFacts };

export interface RawTable {
	file: string;
	format: FileFormat;
	/** Header first, then data rows; cells as the reader gives them (strings, numbers, booleans, Dates, null). */
	rows: unknown[][];
	/** True for ";"-delimited CSV, where "3,5" means 3.5. */
	decimalComma: boolean;
	delimiter?: string;
	encoding?: string;
	sheet?: string;
	/** A table named by the container (XLSX sheet name, JSON key). */
	tableHint?: TableName;
	/** Rows (as a spreadsheet numbers them) holding U+FFFD: characters lost before the file reached us. */
	replaced?: number[];
}

export type LoadResult = (ValidationResult | { ok: false; table: null; file: string; issues: Issue[] }) & {
	recognition?: Recognition;
	read?: ReadFacts;
};

const ALIASES: Record<TableName, string[]> = {
	hubs: ['hub', 'hubs'],
	centres: ['centre', 'centres', 'center', 'centers', 'sites'],
	experts: ['expert', 'experts', 'volunteers', 'mentors'],
	engagements: ['engagement', 'engagements', 'mentorships', 'twinnings'],
	sessions: ['session', 'sessions', 'contacts'],
	requests: ['request', 'requests'],
	investments: ['investment', 'investments', 'funding'],
	outcomes: ['outcome', 'outcomes'],
	workforce: ['workforce', 'staff']
};

/** The table a file or sheet name speaks of: "ICEC centres 2025.xlsx" → centres. */
export function tableFromName(name: string): TableName | null {
	const words = name
		.toLowerCase()
		.replace(/\.[a-z0-9]+$/, '')
		.split(/[^a-z]+/);
	const hits = TABLE_NAMES.filter((t) => ALIASES[t].some((a) => words.includes(a)));
	return hits.length === 1 ? (hits[0] as TableName) : null;
}

/** The table the columns clearly point to (see `recognise`), or null when it is unclear. */
export function tableFromColumns(header: readonly unknown[]): TableName | null {
	return recognise(header).table;
}

export function guessTable(raw: RawTable): TableName | null {
	return recogniseRaw(raw).table;
}

export function recogniseRaw(raw: RawTable): Recognition {
	return recognise(raw.rows[0] ?? [], raw.tableHint ?? tableFromName(raw.file));
}

export function detectFormat(file: string, data: ArrayBuffer | string): FileFormat | null {
	const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
	if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'csv';
	if (ext === 'xlsx') return 'xlsx';
	if (ext === 'json') return 'json';
	if (ext === 'parquet') return 'parquet';
	if (typeof data === 'string') return data.trimStart().startsWith('[') ? 'json' : 'csv';
	const head = new Uint8Array(data, 0, Math.min(4, data.byteLength));
	const magic = String.fromCharCode(...head);
	if (magic === 'PAR1') return 'parquet';
	if (magic.startsWith('PK')) return 'xlsx';
	return null;
}

/** Text from bytes: UTF-8 (BOM or not), UTF-16 with a BOM, or Windows-1252 when the bytes are not UTF-8. */
export function decodeText(data: ArrayBuffer | string): { text: string; encoding: string } {
	if (typeof data === 'string') return { text: data.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
	const b = new Uint8Array(data);
	const without = utf16WithoutBom(b);
	if (without) return { text: new TextDecoder(without).decode(b), encoding: without };
	if (b[0] === 0xff && b[1] === 0xfe)
		return { text: new TextDecoder('utf-16le').decode(b.subarray(2)), encoding: 'utf-16le' };
	if (b[0] === 0xfe && b[1] === 0xff)
		return { text: new TextDecoder('utf-16be').decode(b.subarray(2)), encoding: 'utf-16be' };
	const body = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b;
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
	}
}

/** UTF-16 saved without a byte-order mark: every other byte of ASCII text is zero. */
function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(b.length, 512) & ~1;
	if (n < 4) return null;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < n; i += 2) {
		if (b[i] === 0) even++;
		if (b[i + 1] === 0) odd++;
	}
	const half = n / 2;
	if (odd > half * 0.8 && even < half * 0.1) return 'utf-16le';
	if (even > half * 0.8 && odd < half * 0.1) return 'utf-16be';
	return null;
}

/** Why text is no table at all: an HTML page, a PDF, or binary bytes (control characters a text file never has). */
export function notATable(text: string): 'html' | 'pdf' | 'binary' | null {
	const head = text.slice(0, 2048);
	if (/^\s*(<!doctype html|<html|<head|<body)/i.test(head)) return 'html';
	if (head.startsWith('%PDF')) return 'pdf';
	let control = 0;
	for (let i = 0; i < head.length; i++) {
		const c = head.charCodeAt(i);
		if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) control++;
	}
	return control > 0 && control >= head.length * 0.01 ? 'binary' : null;
}

/** The delimiter of the first non-empty line, counted outside quotes: ";" (French locales), tab or ",". */
export function detectDelimiter(text: string): string {
	const line = /^[^\r\n]*\S[^\r\n]*/m.exec(text)?.[0] ?? '';
	const count = { ',': 0, ';': 0, '\t': 0 };
	let quoted = false;
	for (const ch of line) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && ch in count) count[ch as keyof typeof count]++;
	}
	if (count['\t'] > count[','] && count['\t'] > count[';']) return '\t';
	return count[';'] > count[','] ? ';' : ',';
}

/** A file that is no table: nothing in it, or something else than text rows. */
export type NotATable = 'empty' | 'html' | 'pdf' | 'binary';

export class FileReadError extends Error {
	constructor(
		readonly file: string,
		readonly detail: string,
		readonly row?: number,
		readonly reason?: NotATable
	) {
		super(`${file}: ${detail}`);
	}
}

export function parseCsv(data: ArrayBuffer | string, file: string): RawTable {
	const { text, encoding } = decodeText(data);
	if (text.trim() === '') throw new FileReadError(file, 'the file is empty', undefined, 'empty');
	const not = notATable(text);
	if (not) throw new FileReadError(file, `not a table (${not})`, undefined, not);
	const delimiter = detectDelimiter(text);
	const res = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
	const bad = res.errors.find((e) => e.type === 'Quotes');
	if (bad) throw new FileReadError(file, bad.message, bad.row === undefined ? undefined : bad.row + 1);
	const rows = res.data;
	if (rows.length > 1 && rows.at(-1)?.every((c) => c === '')) rows.pop();
	const replaced = text.includes('\uFFFD')
		? rows.flatMap((r, i) => (r.some((c) => c.includes('\uFFFD')) ? [i + 1] : []))
		: [];
	return { file, format: 'csv', rows, delimiter, decimalComma: delimiter === ';', encoding, replaced };
}

export function parseJson(data: ArrayBuffer | string, file: string): RawTable {
	let parsed: unknown;
	const { text } = decodeText(data);
	if (text.trim() === '') throw new FileReadError(file, 'the file is empty', undefined, 'empty');
	const not = notATable(text);
	if (not) throw new FileReadError(file, `not a table (${not})`, undefined, not);
	try {
		parsed = JSON.parse(text);
	} catch (e) {
		throw new FileReadError(file, `not valid JSON (${(e as Error).message})`);
	}
	let tableHint: TableName | undefined;
	if (parsed && !Array.isArray(parsed) && typeof parsed === 'object') {
		const key = Object.keys(parsed).find(
			(k) => isTableName(k) && Array.isArray((parsed as Record<string, unknown>)[k])
		);
		if (key) [tableHint, parsed] = [key as TableName, (parsed as Record<string, unknown>)[key]];
	}
	if (!Array.isArray(parsed) || !parsed.every((o) => o && typeof o === 'object' && !Array.isArray(o)))
		throw new FileReadError(file, 'expected an array of objects, one per row');
	return {
		file,
		format: 'json',
		rows: objectsToRows(parsed as Record<string, unknown>[]),
		decimalComma: false,
		tableHint
	};
}

function objectsToRows(objects: Record<string, unknown>[], header: string[] = []): unknown[][] {
	const cols = [...header];
	for (const o of objects) for (const k of Object.keys(o)) if (!cols.includes(k)) cols.push(k);
	return [cols, ...objects.map((o) => cols.map((c) => (typeof o[c] === 'bigint' ? Number(o[c]) : o[c])))];
}

export async function readXlsx(data: ArrayBuffer, file: string, table?: TableName): Promise<RawTable> {
	let sheets: { sheet: string; data: unknown[][] }[];
	try {
		sheets = (await readXlsxFile(data)) as unknown as { sheet: string; data: unknown[][] }[];
	} catch (e) {
		throw new FileReadError(file, `not a readable .xlsx workbook (${(e as Error).message})`);
	}
	const named = sheets.find((s) =>
		table ? tableFromName(s.sheet) === table : tableFromName(s.sheet) !== null
	);
	const chosen = named ?? sheets[0];
	if (!chosen) throw new FileReadError(file, 'the workbook has no sheets');
	const hint = tableFromName(chosen.sheet) ?? undefined;
	return {
		file,
		format: 'xlsx',
		rows: chosen.data,
		decimalComma: false,
		sheet: chosen.sheet,
		tableHint: hint
	};
}

export async function readParquet(data: ArrayBuffer, file: string): Promise<RawTable> {
	try {
		const header = parquetSchema(parquetMetadata(data)).children.map((c) => c.element.name);
		const objects = (await parquetReadObjects({ file: data })) as Record<string, unknown>[];
		return { file, format: 'parquet', rows: objectsToRows(objects, header), decimalComma: false };
	} catch (e) {
		throw new FileReadError(file, `not a readable Parquet file (${(e as Error).message})`);
	}
}

/** Read any supported file into raw rows. Throws `FileReadError` (naming the file) when it cannot. */
export async function readRaw(
	data: ArrayBuffer | string,
	file: string,
	table?: TableName
): Promise<RawTable> {
	if (typeof data !== 'string' && data.byteLength === 0)
		throw new FileReadError(file, 'the file is empty', undefined, 'empty');
	const format = detectFormat(file, data);
	if (format === 'csv') return parseCsv(data, file);
	if (format === 'json') return parseJson(data, file);
	if (typeof data === 'string') throw new FileReadError(file, `a ${format} file must be given as bytes`);
	if (format === 'xlsx') return readXlsx(data, file, table);
	if (format === 'parquet') return readParquet(data, file);
	throw new FileReadError(file, 'unsupported file type; use .csv, .xlsx, .json or .parquet');
}

/** Read, recognise and validate one file. `table` overrides the guess from the file name or columns. */
export async function loadFile(
	data: ArrayBuffer | string,
	file: string,
	options: { table?: TableName; maxIssues?: number } = {}
): Promise<LoadResult> {
	let raw: RawTable;
	try {
		raw = await readRaw(data, file, options.table);
	} catch (e) {
		return { ok: false, table: null, file, issues: [readIssue(e, file)] };
	}
	const read: ReadFacts = {
		format: raw.format,
		delimiter: raw.delimiter,
		decimalComma: raw.decimalComma,
		encoding: raw.encoding,
		sheet: raw.sheet
	};
	const recognition = recogniseRaw(raw);
	const table = options.table ?? recognition.table;
	if (!table)
		return {
			ok: false,
			table: null,
			file,
			issues: [{ kind: 'unknown_table', severity: 'error', file }],
			recognition,
			read
		};
	const result = validateTable(table, file, raw.rows, {
		decimalComma: raw.decimalComma,
		maxIssues: options.maxIssues
	});
	const replaced = raw.replaced ?? [];
	if (replaced.length > 0) {
		const issue: Issue = {
			kind: 'encoding',
			severity: 'warning',
			file,
			table,
			row: replaced[0],
			count: replaced.length
		};
		if (result.ok) result.warnings.unshift(issue);
		else result.issues.unshift(issue);
	}
	return { ...result, recognition, read };
}

/** The issue for a file that could not be read: empty, not a table, or a reader's own error. */
export function readIssue(e: unknown, file: string): Issue {
	const detail = e instanceof FileReadError ? e.detail : (e as Error).message;
	const row = e instanceof FileReadError ? e.row : undefined;
	const reason = e instanceof FileReadError ? e.reason : undefined;
	if (reason === 'empty') return { kind: 'empty_file', severity: 'error', file };
	if (reason) return { kind: 'not_a_table', severity: 'error', file, detail: reason };
	return { kind: 'parse', severity: 'error', file, row, detail };
}

/**
 * Validation of program tables at the boundary: raw rows (as parsed from CSV, XLSX, JSON or Parquet, header first) in,
 * typed rows or a list of structured issues out. Issues are data (kind, file, row, column, value, expected) so the UI can
 * translate them; `formatIssue` gives the English.
 */
import {
	describeExpected,
	expectedOf,
	tableSpec,
	type ColumnSpec,
	type RowFor,
	type TableName
} from './program-schema';
import { conversionOf, ConversionTally, type Conversion, type ConversionKind } from './conversions';
import { closest, isEmpty, normaliseName, parseCell, shown } from './validate-cells';
import type { IssueKind, Issue } from '../models/upload-report';

export type { IssueKind, Issue };

export { normaliseName } from './validate-cells';

export interface ValidTable<T extends TableName = TableName> {
	table: T;
	file: string;
	rows: RowFor<T>[];
	/** Spreadsheet row number of each row in `rows`. */
	rowNumbers: number[];
}

export type ValidationResult<T extends TableName = TableName> =
	| ({ ok: true; warnings: Issue[]; rowsRead: number; conversions: Conversion[] } & ValidTable<T>)
	| {
			ok: false;
			table: T;
			file: string;
			issues: Issue[];
			/**
			 * The rows that passed every check (none when the header lacks a required column), so a caller may load them
			 * and reject the rest; `rejected` keeps what could be read of the other rows, so later checks (country codes,
			 * references) still report every problem of a row, not only the first.
			 */
			accepted?: ValidTable<T> & { rowsRead: number; conversions: Conversion[]; rejected: RejectedRow[] };
	  };

/** What could be read of a rejected row: the cells that passed, the others null. */
export interface RejectedRow {
	row: Record<string, string | number | boolean | null>;
	rowNumber: number;
}

export interface ValidateOptions {
	/** Accept "3,5" as 3.5 (files from locales that write decimal commas and delimit with ";"). */
	decimalComma?: boolean;
	/** Stop listing after this many issues (the rest are counted). Default 200. */
	maxIssues?: number;
}

class IssueList {
	readonly items: Issue[] = [];
	dropped = 0;
	constructor(private readonly max: number) {}
	add(issue: Issue) {
		if (this.items.length < this.max) this.items.push(issue);
		else this.dropped++;
	}
	finish(file: string, table?: TableName): Issue[] {
		if (this.dropped > 0)
			this.items.push({ kind: 'too_many_issues', severity: 'error', file, table, count: this.dropped });
		return this.items;
	}
	get errors() {
		return this.items.some((i) => i.severity === 'error') || this.dropped > 0;
	}
}

export interface HeaderMatch {
	/** For each schema column, the index of the file column holding it, or -1. */
	indices: number[];
	issues: Issue[];
}

/** Match a header row to a table's columns; case, spaces and hyphens are tolerated ("Centre ID" → centre_id). */
export function matchHeader(table: TableName, file: string, header: readonly unknown[]): HeaderMatch {
	const spec = tableSpec(table);
	const names = spec.columns.map((c) => c.name);
	const seen = new Map<string, number>();
	const issues: Issue[] = [];
	const unknown: { index: number; text: string }[] = [];
	header.forEach((h, index) => {
		const text = isEmpty(h) ? '' : String(h).replace(/^\uFEFF/, '');
		const n = normaliseName(text);
		if (n === '') return;
		if (!names.includes(n)) return unknown.push({ index, text });
		if (seen.has(n))
			issues.push({ kind: 'duplicate_column', severity: 'error', file, table, row: 1, column: n });
		else seen.set(n, index);
	});
	const missing = names.filter((n) => !seen.has(n));
	for (const u of unknown) {
		const suggestion = closest(u.text, missing);
		issues.push({
			kind: 'unknown_column',
			severity: 'warning',
			file,
			table,
			row: 1,
			column: u.text,
			suggestion
		});
	}
	for (const c of spec.columns) {
		if (seen.has(c.name)) continue;
		const near = unknown.find((u) => closest(u.text, [c.name]) === c.name);
		issues.push({
			kind: 'missing_column',
			severity: c.required ? 'error' : 'warning',
			file,
			table,
			row: 1,
			column: c.name,
			expected: { kind: 'column', name: c.name },
			value: near?.text,
			suggestion: near ? c.name : undefined
		});
	}
	return { indices: names.map((n) => seen.get(n) ?? -1), issues };
}

/** Validate one table. `raw[0]` is the header row. */
export function validateTable<T extends TableName>(
	table: T,
	file: string,
	raw: readonly (readonly unknown[])[],
	options: ValidateOptions = {}
): ValidationResult<T> {
	const spec = tableSpec(table);
	const list = new IssueList(options.maxIssues ?? 200);
	const header = raw[0];
	if (!header || header.every(isEmpty)) {
		list.add({ kind: 'empty_file', severity: 'error', file, table });
		return { ok: false, table, file, issues: list.finish(file, table) };
	}
	const match = matchHeader(table, file, header);
	match.issues.forEach((i) => list.add(i));
	// A missing required column rejects every row, but the cells of the columns that are there are still checked, so
	// the user meets every problem of the file at once.
	const headerOk = !list.errors;
	const headerKeys = header.map((h) => (isEmpty(h) ? '' : normaliseName(String(h).replace(/^\uFEFF/, ''))));

	const cols = spec.columns;
	const expected = cols.map((c) => expectedOf(c));
	const keyIdx = spec.primaryKey.map((k) => cols.findIndex((c) => c.name === k));
	const keys = new Map<string, number>();
	const rows: RowFor<T>[] = [];
	const rowNumbers: number[] = [];
	const rejected: RejectedRow[] = [];
	const decimalComma = options.decimalComma ?? false;
	// Conversions count only in rows that are accepted: a rejected row's cells are not loaded.
	const conversions = new ConversionTally();
	const rowConversions: [string, ConversionKind, unknown, string | number | boolean | null][] = [];

	let rowsRead = 0;
	for (let r = 1; r < raw.length; r++) {
		const cells = raw[r] ?? [];
		if (cells.every(isEmpty)) continue;
		const rowNo = r + 1;
		if (isRepeatedHeader(cells, headerKeys)) {
			list.add({ kind: 'repeated_header', severity: 'warning', file, table, row: rowNo });
			continue;
		}
		rowsRead++;
		const out: Record<string, string | number | boolean | null> = {};
		let rowOk = headerOk;
		rowConversions.length = 0;
		for (let c = 0; c < cols.length; c++) {
			const col = cols[c] as ColumnSpec;
			const idx = match.indices[c] ?? -1;
			if (idx < 0) {
				// Reported once for the header, not once per row.
				out[col.name] = null;
				continue;
			}
			const v = cells[idx];
			if (isEmpty(v)) {
				out[col.name] = null;
				if (col.required) {
					rowOk = false;
					list.add({
						kind: 'required',
						severity: 'error',
						file,
						table,
						row: rowNo,
						column: col.name,
						value: '',
						expected: { kind: 'value' }
					});
				}
				continue;
			}
			const res = parseCell(v, col, decimalComma);
			if (res.ok) {
				out[col.name] = res.value;
				const kind = conversionOf(v, res.value, col, decimalComma);
				if (kind) rowConversions.push([col.name, kind, v, res.value]);
				if (looksLikeFormula(res.value))
					list.add({
						kind: 'formula',
						severity: 'warning',
						file,
						table,
						row: rowNo,
						column: col.name,
						value: shown(v)
					});
			} else {
				rowOk = false;
				out[col.name] = null;
				list.add({
					kind: res.kind,
					severity: 'error',
					file,
					table,
					row: rowNo,
					column: col.name,
					value: shown(v),
					expected: expected[c],
					suggestion: res.suggestion,
					detail: res.detail
				});
			}
		}
		for (const o of spec.order ?? []) {
			const a = out[o.column];
			const b = out[o.notBefore];
			if (typeof a === 'string' && typeof b === 'string' && a < b) {
				rowOk = false;
				list.add({
					kind: 'order',
					severity: 'error',
					file,
					table,
					row: rowNo,
					column: o.column,
					value: a,
					expected: { kind: 'not_before', column: o.notBefore },
					related: { value: b }
				});
			}
		}
		if (rowOk) {
			const key = keyIdx.map((k) => String(out[cols[k]?.name ?? ''] ?? '')).join('\u0000');
			const first = keys.get(key);
			if (first !== undefined) {
				list.add({
					kind: 'duplicate_key',
					severity: 'error',
					file,
					table,
					row: rowNo,
					column: spec.primaryKey.join(', '),
					value: keyIdx.map((k) => String(out[cols[k]?.name ?? ''] ?? '')).join(', '),
					expected: { kind: 'unique' },
					related: { row: first }
				});
				continue;
			}
			keys.set(key, rowNo);
			for (const [column, kind, from, to] of rowConversions) conversions.add(column, kind, rowNo, from, to);
			rows.push(out as RowFor<T>);
			rowNumbers.push(rowNo);
		} else rejected.push({ row: out, rowNumber: rowNo });
	}
	if (rowsRead === 0) list.add({ kind: 'header_only', severity: 'error', file, table });
	const issues = list.finish(file, table);
	const converted = conversions.list(cols.map((c) => c.name));
	if (list.errors)
		return {
			ok: false,
			table,
			file,
			issues,
			accepted: { table, file, rows, rowNumbers, rowsRead, conversions: converted, rejected }
		};
	return { ok: true, table, file, rows, rowNumbers, rowsRead, warnings: issues, conversions: converted };
}

/** A data row that repeats the header (two exports pasted one under the other). */
function isRepeatedHeader(cells: readonly unknown[], headerKeys: readonly string[]): boolean {
	let named = 0;
	for (let i = 0; i < headerKeys.length; i++) {
		const key = headerKeys[i] ?? '';
		const cell = cells[i];
		const text = isEmpty(cell) ? '' : normaliseName(String(cell));
		if (text !== key) return false;
		if (key !== '') named++;
	}
	return named >= 2;
}

/** Text a spreadsheet wrote as a formula (`=SUM(A1:A3)`): kept as text, but the value meant was probably its result. */
function looksLikeFormula(value: unknown): boolean {
	return typeof value === 'string' && value.length > 1 && value.startsWith('=');
}

/**
 * Cross-table references (e.g. engagements.centre_id → centres.centre_id) over whichever tables are present; a reference
 * to a table that is not given is not checked.
 */
export function validateReferences(
	tables: { [T in TableName]?: ValidTable<T> },
	options: { maxIssues?: number } = {}
): Issue[] {
	const list = new IssueList(options.maxIssues ?? 200);
	const all = Object.values(tables) as ValidTable[];
	for (const t of all) {
		for (const ref of tableSpec(t.table).references) {
			const target = all.find((x) => x.table === ref.table);
			if (!target) continue;
			const known = new Set(target.rows.map((row) => (row as Record<string, unknown>)[ref.targetColumn]));
			t.rows.forEach((row, i) => {
				const v = (row as Record<string, unknown>)[ref.column];
				if (v === null || v === undefined || known.has(v)) return;
				list.add({
					kind: 'reference',
					severity: 'error',
					file: t.file,
					table: t.table,
					row: t.rowNumbers[i],
					column: ref.column,
					value: String(v),
					expected: { kind: 'reference', table: ref.table, column: ref.targetColumn },
					related: { value: target.file }
				});
			});
		}
	}
	const first = all[0];
	return list.finish(first?.file ?? '', first?.table);
}

function where(i: Issue): string {
	let s = i.file;
	if (i.row !== undefined) s += `, row ${i.row}`;
	if (i.column !== undefined && i.kind !== 'missing_column') s += `, column ${i.column}`;
	return s;
}

/** The English message for an issue, e.g. `centres.csv, row 14, column phase: found "six"; expected a whole number from 1 to 5`. */
export function formatIssue(i: Issue): string {
	const exp = i.expected ? describeExpected(i.expected) : '';
	const mean = i.suggestion ? ` (did you mean ${i.suggestion}?)` : '';
	switch (i.kind) {
		case 'unknown_table':
			return `${i.file}: cannot tell which table this is; name the file after a table (e.g. centres.csv) or use a template's columns`;
		case 'parse':
			return `${i.file}: could not be read${i.detail ? ` (${i.detail})` : ''}`;
		case 'empty_file':
			return `${i.file}: the file is empty`;
		case 'header_only':
			return `${i.file}: only a header row, no data rows`;
		case 'not_a_table':
			return `${i.file}: not a table (${i.detail ?? 'unknown content'}); save it as CSV, XLSX, JSON or Parquet`;
		case 'encoding':
			return `${i.file}${i.row !== undefined ? `, row ${i.row}` : ''}: characters lost to a wrong text encoding (${i.count ?? 0} rows); save as UTF-8`;
		case 'repeated_header':
			return `${where(i)}: the header row again, skipped`;
		case 'formula':
			return `${where(i)}: found "${i.value}", a spreadsheet formula; loaded as text, not its result`;
		case 'missing_column':
			return `${where(i)}: missing ${i.severity === 'error' ? 'required ' : ''}column ${i.column}${i.value !== undefined ? `; found "${i.value}"${mean}` : ''}`;
		case 'unknown_column':
			return `${where(i)}: unknown column, ignored${mean}`;
		case 'duplicate_column':
			return `${where(i)}: the column appears more than once`;
		case 'required':
			return `${where(i)}: empty; expected ${exp}`;
		case 'duplicate_key':
			return `${where(i)}: found "${i.value}"; expected ${exp} (first used on row ${i.related?.row})`;
		case 'reference':
			return `${where(i)}: found "${i.value}"; expected ${exp}${i.related?.value ? ` (${i.related.value})` : ''}`;
		case 'order':
			return `${where(i)}: found "${i.value}"; expected ${exp} (${i.related?.value})`;
		case 'too_many_issues':
			return `${i.file}: ${i.count} more issues not listed`;
		case 'orphaned_rows':
			return `${i.file}: replacing ${i.table} leaves rows whose ${i.column} is not in this file (first: "${i.value}"): ${(i.dependents ?? []).map((d) => `${d.count} in ${d.table}`).join(', ')}`;
		default:
			return `${where(i)}: found "${i.value}"; expected ${exp}${mean}`;
	}
}

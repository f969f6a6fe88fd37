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
	type Expected,
	type RowFor,
	type TableName
} from './program-schema';
import { conversionOf, ConversionTally, type Conversion, type ConversionKind } from './conversions';
import { closest, isEmpty, normaliseName, parseCell, shown } from './validate-cells';

export { normaliseName } from './validate-cells';

export type IssueKind =
	| 'unknown_table'
	| 'parse'
	| 'empty_file'
	| 'missing_column'
	| 'unknown_column'
	| 'duplicate_column'
	| 'required'
	| 'type'
	| 'enum'
	| 'range'
	| 'date'
	| 'pattern'
	| 'order'
	| 'duplicate_key'
	| 'reference'
	| 'orphaned_rows'
	| 'too_many_issues';

export interface Issue {
	kind: IssueKind;
	severity: 'error' | 'warning';
	file: string;
	table?: TableName;
	/** Row as a spreadsheet shows it: the header is row 1. */
	row?: number;
	column?: string;
	/** The value found, as text. */
	value?: string;
	expected?: Expected;
	/** "Did you mean": a column or allowed value close to what was found. */
	suggestion?: string;
	/** For duplicate keys: the row that first used the key. For order issues: the other date. */
	related?: { row?: number; value?: string };
	/** For too_many_issues: how many were left out; for orphaned_rows: how many rows. For parse: the reader's message. */
	count?: number;
	/** For orphaned_rows: the rows of each other table left referring to nothing. */
	dependents?: { table: string; count: number }[];
	detail?: string;
}

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
			/** When the header was usable: the rows that passed every check, so a caller may load them and reject the rest. */
			accepted?: ValidTable<T> & { rowsRead: number; conversions: Conversion[] };
	  };

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
	if (list.errors) return { ok: false, table, file, issues: list.finish(file, table) };

	const cols = spec.columns;
	const expected = cols.map((c) => expectedOf(c));
	const keyIdx = spec.primaryKey.map((k) => cols.findIndex((c) => c.name === k));
	const keys = new Map<string, number>();
	const rows: RowFor<T>[] = [];
	const rowNumbers: number[] = [];
	const decimalComma = options.decimalComma ?? false;
	// Conversions count only in rows that are accepted: a rejected row's cells are not loaded.
	const conversions = new ConversionTally();
	const rowConversions: [string, ConversionKind, unknown, string | number | boolean | null][] = [];

	let rowsRead = 0;
	for (let r = 1; r < raw.length; r++) {
		const cells = raw[r] ?? [];
		if (cells.every(isEmpty)) continue;
		rowsRead++;
		const rowNo = r + 1;
		const out: Record<string, string | number | boolean | null> = {};
		let rowOk = true;
		rowConversions.length = 0;
		for (let c = 0; c < cols.length; c++) {
			const col = cols[c] as ColumnSpec;
			const idx = match.indices[c] ?? -1;
			const v = idx < 0 ? undefined : cells[idx];
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
			} else {
				rowOk = false;
				list.add({
					kind: res.kind,
					severity: 'error',
					file,
					table,
					row: rowNo,
					column: col.name,
					value: shown(v),
					expected: expected[c],
					suggestion: res.suggestion
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
		}
	}
	if (rows.length === 0 && !list.errors) list.add({ kind: 'empty_file', severity: 'error', file, table });
	const issues = list.finish(file, table);
	const converted = conversions.list(cols.map((c) => c.name));
	if (list.errors)
		return {
			ok: false,
			table,
			file,
			issues,
			accepted: { table, file, rows, rowNumbers, rowsRead, conversions: converted }
		};
	return { ok: true, table, file, rows, rowNumbers, rowsRead, warnings: issues, conversions: converted };
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
			return `${i.file}: no data rows found`;
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

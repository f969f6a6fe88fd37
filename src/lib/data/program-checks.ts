/**
 * Checks a validated file against what is already loaded: references to centres, experts, hubs or engagements that do not
 * exist, keys an appended file repeats, and country codes that are not ISO 3166 alpha-3 (with the code meant, when an
 * ISO2 or a retired code was given). Rows that fail are rejected; the others can still be loaded.
 */
import { TABLE_NAMES, tableSpec, type TableName } from './program-schema';
import type { LoadMode } from './program-manifest';
import type { Issue, RejectedRow, ValidTable } from './validate';

export interface CountryCodes {
	iso3: ReadonlySet<string>;
	iso2ToIso3: ReadonlyMap<string, string>;
}

/** Retired or non-standard alpha-3 codes still met in files, and the code that replaced them. */
export const LEGACY_COUNTRY_CODES: Readonly<Record<string, string>> = {
	ROM: 'ROU',
	ZAR: 'COD',
	TMP: 'TLS',
	BUR: 'MMR',
	YUG: 'SRB',
	SCG: 'SRB',
	ANT: 'CUW',
	DDR: 'DEU',
	SUN: 'RUS',
	CSK: 'CZE',
	YMD: 'YEM',
	UK: 'GBR',
	KOS: 'XKX',
	KSV: 'XKX'
};

/** Rows currently in each program table. */
export type LoadedRows = Partial<Record<TableName, readonly object[]>>;

export interface CheckedRows<T extends TableName = TableName> {
	rows: ValidTable<T>['rows'];
	rowNumbers: number[];
	issues: Issue[];
}

const COUNTRY_COLUMN = 'iso3';

function cell(row: object, column: string): unknown {
	return (row as Record<string, unknown>)[column];
}

export function countryCodeSuggestion(value: string, countries: CountryCodes): string | undefined {
	const code = value.trim().toUpperCase();
	return countries.iso2ToIso3.get(code) ?? LEGACY_COUNTRY_CODES[code];
}

/** Adds "did you mean KEN" to the issues raised on a country column holding "KE" or "ROM". */
export function withCountrySuggestions(issues: readonly Issue[], countries: CountryCodes | null): Issue[] {
	if (!countries) return [...issues];
	return issues.map((i) =>
		i.column === COUNTRY_COLUMN && i.value !== undefined && i.suggestion === undefined
			? { ...i, suggestion: countryCodeSuggestion(i.value, countries) }
			: i
	);
}

export function checkAgainstLoaded<T extends TableName>(
	valid: ValidTable<T>,
	context: {
		/** A table left out is not checked against (in server mode the server checks references on upload). */
		loaded: LoadedRows;
		countries: CountryCodes | null;
		mode: LoadMode;
		fileLabel?: string;
		/** Rows already rejected for their cells: checked too, so every problem of a row is listed, none is loaded. */
		rejected?: readonly RejectedRow[];
	}
): CheckedRows<T> {
	const spec = tableSpec(valid.table);
	const issues: Issue[] = [];
	const base = { severity: 'error' as const, file: valid.file, table: valid.table };
	const refs = spec.references.flatMap((ref) => {
		const target = context.loaded[ref.table as TableName];
		return target ? [{ ref, known: new Set(target.map((r) => cell(r, ref.targetColumn))) }] : [];
	});
	const keyOf = (row: object) => spec.primaryKey.map((k) => String(cell(row, k) ?? '')).join('\u0000');
	const existing =
		context.mode === 'append' ? new Set((context.loaded[valid.table] ?? []).map(keyOf)) : new Set<string>();
	const hasCountry = spec.columns.some((c) => c.name === COUNTRY_COLUMN);
	const rows: ValidTable<T>['rows'] = [];
	const rowNumbers: number[] = [];

	const candidates = [
		...valid.rows.map((row, i) => ({ row: row as object, rowNo: valid.rowNumbers[i], accepted: true })),
		...(context.rejected ?? []).map((r) => ({ row: r.row as object, rowNo: r.rowNumber, accepted: false }))
	];
	for (const { row, rowNo, accepted } of candidates) {
		let ok = accepted;
		for (const { ref, known } of refs) {
			const v = cell(row, ref.column);
			if (v === null || v === undefined || known.has(v)) continue;
			ok = false;
			issues.push({
				...base,
				kind: 'reference',
				row: rowNo,
				column: ref.column,
				value: String(v),
				expected: { kind: 'reference', table: ref.table, column: ref.targetColumn }
			});
		}
		const country = hasCountry ? cell(row, COUNTRY_COLUMN) : null;
		if (context.countries && typeof country === 'string' && !context.countries.iso3.has(country)) {
			ok = false;
			issues.push({
				...base,
				kind: 'reference',
				row: rowNo,
				column: COUNTRY_COLUMN,
				value: country,
				expected: { kind: 'reference', table: 'countries', column: COUNTRY_COLUMN },
				suggestion: countryCodeSuggestion(country, context.countries)
			});
		}
		if (ok && existing.has(keyOf(row))) {
			ok = false;
			issues.push({
				...base,
				kind: 'duplicate_key',
				row: rowNo,
				column: spec.primaryKey.join(', '),
				value: spec.primaryKey.map((k) => String(cell(row, k) ?? '')).join(', '),
				expected: { kind: 'unique' },
				detail: 'loaded'
			});
		}
		if (ok) {
			rows.push(row as ValidTable<T>['rows'][number]);
			rowNumbers.push(rowNo ?? 0);
		}
	}
	return { rows, rowNumbers, issues };
}

/** Rows of another loaded table that refer to `table` by `column`, and would refer to nothing once it is replaced. */
export interface OrphanedRows {
	dependent: TableName;
	column: string;
	count: number;
	/** The smallest such value, as an example. */
	example: string;
}

/** The tables that refer to `table`, and by which of their columns. */
export function dependentsOf(table: TableName): { dependent: TableName; column: string; target: string }[] {
	return TABLE_NAMES.flatMap((dependent) =>
		tableSpec(dependent)
			.references.filter((r) => r.table === table && dependent !== table)
			.map((r) => ({ dependent, column: r.column, target: r.targetColumn }))
	);
}

/**
 * Replacing a table with a file keeps the rows of the other tables; those that refer to keys the file does not have
 * are left pointing at nothing (a user's own centres replacing the illustrative ones, with the illustrative engagements
 * still loaded). Not an error (the user may load the dependents next), but worth saying before loading.
 */
export function orphanedByReplace(
	table: TableName,
	kept: readonly object[],
	loaded: LoadedRows
): OrphanedRows[] {
	return dependentsOf(table).flatMap(({ dependent, column, target }) => {
		const keys = new Set(kept.map((r) => cell(r, target)));
		let count = 0;
		let example: string | null = null;
		for (const row of loaded[dependent] ?? []) {
			const v = cell(row, column);
			if (v === null || v === undefined || keys.has(v)) continue;
			count++;
			if (example === null || String(v) < example) example = String(v);
		}
		return count > 0 ? [{ dependent, column, count, example: example ?? '' }] : [];
	});
}

/** One warning for all the tables a replacing file leaves referring to nothing, with the count for each. */
export function orphanedIssues(orphans: readonly OrphanedRows[], file: string, table: TableName): Issue[] {
	if (orphans.length === 0) return [];
	const example = orphans.map((o) => o.example).sort()[0];
	return [
		{
			kind: 'orphaned_rows',
			severity: 'warning',
			file,
			table,
			column: tableSpec(table).primaryKey.join(', '),
			value: example,
			count: orphans.reduce((n, o) => n + o.count, 0),
			dependents: orphans.map((o) => ({ table: o.dependent, count: o.count }))
		}
	];
}

/**
 * The cell rules of `validate-cells.ts` written as SQL over a staging table whose columns are all text (`c0`, `c1`, …, as
 * DuckDB's own CSV reader left them), so a file of millions of rows is checked inside DuckDB instead of row by row in
 * JavaScript. For each schema column: the typed value (`v_<i>`) and the rule it breaks (`e_<i>`, null when none).
 * The two must agree; `program-stage.spec.ts` checks them against the JavaScript validator on the same files.
 */
import type { ColumnSpec } from '../program-schema';
import { identifier, join, list, literal, sql, type SqlQuery } from '../sql';

/** What JavaScript's `String.prototype.trim` removes (the common part of it). */
const SPACES = ' \t\n\r\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const NUMBER = '[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?';
const DATE = '\\d{4}-\\d{2}-\\d{2}(T00:00(:00(\\.0+)?)?Z?)?';
const TRUE = ['true', 'yes', '1', 'y'];
const FALSE = ['false', 'no', '0', 'n'];

/** `normaliseName`: lower case, runs of spaces, hyphens or dots as one underscore. */
function normalised(text: SqlQuery): SqlQuery {
	return sql`regexp_replace(lower(${text}), '[\\s\\-.]+', '_', 'g')`;
}

/** "1 234,5" → "1234.5" for files that write decimal commas (two passes: the separators of "1 234 567" overlap). */
function decimalComma(text: SqlQuery): SqlQuery {
	const group = (t: SqlQuery) => sql`regexp_replace(${t}, '(\\d)[\\s\u00a0\u202f](\\d{3})\\b', '\\1\\2', 'g')`;
	return sql`regexp_replace(${group(group(text))}, '^([+-]?\\d*),(\\d+)$', '\\1.\\2')`;
}

function range(n: SqlQuery, col: ColumnSpec): SqlQuery {
	const parts: SqlQuery[] = [];
	if (col.min !== undefined) parts.push(sql`${n} < ${col.min}`);
	if (col.max !== undefined) parts.push(sql`${n} > ${col.max}`);
	return parts.length === 0 ? sql`false` : join(parts, ' OR ');
}

export interface ColumnSql {
	/** The typed value; null when empty or broken. */
	value: SqlQuery;
	/** The broken rule for a non-empty cell ('type', 'range', 'date', 'enum', 'pattern'), else null. */
	error: SqlQuery;
}

/** Typed value and rule broken for one non-empty, trimmed cell `t`. */
function cellSql(t: SqlQuery, col: ColumnSpec, comma: boolean): ColumnSql {
	switch (col.type) {
		case 'integer':
		case 'number': {
			const text = comma ? decimalComma(t) : t;
			const n = sql`(CASE WHEN regexp_full_match(${text}, ${NUMBER}) THEN TRY_CAST(${text} AS DOUBLE) END)`;
			const notWhole = col.type === 'integer' ? sql` OR ${n} <> floor(${n})` : sql``;
			return {
				value: n,
				error: sql`CASE WHEN ${n} IS NULL${notWhole} THEN 'type' WHEN ${range(n, col)} THEN 'range' END`
			};
		}
		case 'boolean': {
			const n = normalised(t);
			return {
				value: sql`CASE WHEN ${n} IN ${list(TRUE)} THEN true WHEN ${n} IN ${list(FALSE)} THEN false END`,
				error: sql`CASE WHEN ${n} NOT IN ${list([...TRUE, ...FALSE])} THEN 'type' END`
			};
		}
		case 'date': {
			const d = sql`(CASE WHEN regexp_full_match(${t}, ${DATE}) THEN TRY_CAST(substr(${t}, 1, 10) AS DATE) END)`;
			return { value: d, error: sql`CASE WHEN ${d} IS NULL THEN 'date' END` };
		}
		case 'enum': {
			const n = normalised(t);
			const ok = sql`${n} IN ${list(col.values ?? [])}`;
			return { value: sql`CASE WHEN ${ok} THEN ${n} END`, error: sql`CASE WHEN NOT (${ok}) THEN 'enum' END` };
		}
		case 'list': {
			const items = sql`list_filter(list_transform(string_split_regex(${t}, '[;,|]'), x -> ${normalised(sql`x`)}), x -> x <> '')`;
			const tests: SqlQuery[] = [];
			if (col.values) tests.push(sql`x NOT IN ${list(col.values)}`);
			if (col.pattern) tests.push(sql`NOT regexp_matches(x, ${col.pattern})`);
			const bad =
				tests.length === 0 ? sql`false` : sql`len(list_filter(${items}, x -> ${join(tests, ' OR ')})) > 0`;
			return {
				value: sql`CASE WHEN NOT (${bad}) THEN array_to_string(${items}, ';') END`,
				error: sql`CASE WHEN ${bad} THEN 'enum' END`
			};
		}
		default: {
			if (!col.pattern) return { value: t, error: sql`NULL` };
			const up = col.upper ? sql`upper(${t})` : t;
			const ok = sql`regexp_matches(${up}, ${col.pattern})`;
			return { value: sql`CASE WHEN ${ok} THEN ${up} END`, error: sql`CASE WHEN NOT (${ok}) THEN 'pattern' END` };
		}
	}
}

/**
 * Value and error for a schema column read from staging column `source` (null when the file lacks the column): an
 * empty cell is null, and 'required' when the column must be filled.
 */
export function columnSql(source: string | null, col: ColumnSpec, comma: boolean): ColumnSql {
	if (source === null)
		return { value: sql`NULL`, error: col.required ? sql`'required'` : sql`NULL` };
	const t = sql`trim(${identifier(source)}, ${SPACES})`;
	const empty = sql`(${identifier(source)} IS NULL OR ${t} = '')`;
	const cell = cellSql(t, col, comma);
	return {
		value: sql`CASE WHEN NOT ${empty} THEN ${cell.value} END`,
		error: sql`CASE WHEN ${empty} THEN ${col.required ? sql`'required'` : sql`NULL`} ELSE ${cell.error} END`
	};
}

/** The SQL type each schema type is kept as (integers as DOUBLE, as in `program-arrow.ts`). */
export function sqlType(col: ColumnSpec): SqlQuery {
	switch (col.type) {
		case 'integer':
		case 'number':
			return sql`DOUBLE`;
		case 'boolean':
			return sql`BOOLEAN`;
		case 'date':
			return sql`DATE`;
		default:
			return sql`VARCHAR`;
	}
}

export interface CsvShape {
	/** Columns in the header line. */
	columns: number;
	delimiter: string;
	/** DuckDB's name for the encoding: 'utf-8', 'latin-1' (for Windows-1252 too) or 'utf-16'. */
	encoding: string;
}

const DELIMITERS = [',', ';', '\t', '|'];
const ENCODINGS = ['utf-8', 'latin-1', 'utf-16'];

/**
 * Reads a CSV with DuckDB's own reader into `stage`, every column as text named `c0…cN` by position (the file's own
 * header names may be anything; `matchHeader` reads them). Blank lines are skipped by the reader. The statement has no
 * parameters, so it can run as a cancellable query.
 */
export function stageCsv(stage: string, path: string, shape: CsvShape): SqlQuery {
	if (!DELIMITERS.includes(shape.delimiter)) throw new Error(`Unexpected delimiter ${shape.delimiter}`);
	if (!ENCODINGS.includes(shape.encoding)) throw new Error(`Unexpected encoding ${shape.encoding}`);
	const names = Array.from({ length: shape.columns }, (_, i) => `c${i}`);
	return sql`CREATE OR REPLACE TABLE ${identifier(stage)} AS SELECT * FROM read_csv(${literal(path)},
		header = true, auto_detect = false, delim = ${literal(shape.delimiter)}, quote = '"', escape = '"',
		encoding = ${literal(shape.encoding)}, null_padding = true, columns = {${join(
			names.map((n) => sql`${identifier(n)}: 'VARCHAR'`),
			', '
		)}})`;
}

/**
 * The cell rules of `validate-cells.ts` written as SQL over a staging table whose columns are all text (`c0`, `c1`, …, as
 * DuckDB's own CSV reader left them), so a file of millions of rows is checked inside DuckDB instead of row by row in
 * JavaScript. For each schema column: the typed value (`v_<i>`) and the rule it breaks (`e_<i>`, null when none).
 * The two must agree; `program-stage.spec.ts` checks them against the JavaScript validator on the same files.
 */
import type { ColumnSpec } from '../program-schema';
import { identifier, join, literal, sql, type SqlQuery } from '../sql';

/** What JavaScript's `String.prototype.trim` removes (the common part of it). */
const SPACES =
	' \t\n\r\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const NUMBER = '[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?';
const DATE = '\\d{4}-\\d{2}-\\d{2}(T00:00(:00(\\.0+)?)?Z?)?';
const TRUE = ['true', 'yes', '1', 'y'];
const FALSE = ['false', 'no', '0', 'n'];

/**
 * Constants of the schema (patterns, allowed values) go into the text as literals, not parameters: DuckDB compiles a
 * regular expression once only when it is a constant, and a parameter made it compile one per row (100× slower).
 */
function values(items: readonly string[]): SqlQuery {
	return items.length === 0 ? sql`(NULL)` : sql`(${join(items.map(literal), ', ')})`;
}

/** `normaliseName`: lower case, runs of spaces, hyphens or dots as one underscore. */
function normalised(text: SqlQuery): SqlQuery {
	return sql`regexp_replace(lower(${text}), '[\\s\\-.]+', '_', 'g')`;
}

/** "1 234,5" → "1234.5" for files that write decimal commas (two passes: the separators of "1 234 567" overlap). */
function decimalComma(text: SqlQuery): SqlQuery {
	const group = (t: SqlQuery) =>
		sql`regexp_replace(${t}, '(\\d)[\\s\u00a0\u202f](\\d{3})\\b', '\\1\\2', 'g')`;
	return sql`regexp_replace(${group(group(text))}, '^([+-]?\\d*),(\\d+)$', '\\1.\\2')`;
}

function range(n: SqlQuery, col: ColumnSpec): SqlQuery {
	const parts: SqlQuery[] = [];
	if (col.min !== undefined) parts.push(sql`${n} < ${col.min}`);
	if (col.max !== undefined) parts.push(sql`${n} > ${col.max}`);
	return parts.length === 0 ? sql`false` : join(parts, ' OR ');
}

export interface ColumnSql {
	/** The typed value of a non-empty trimmed cell `t`; null when it breaks a rule of its type. */
	parse(t: SqlQuery): SqlQuery;
	/** The broken rule ('type', 'range', 'date', 'enum', 'pattern') given the cell `t` and its parsed value `p`. */
	error(t: SqlQuery, p: SqlQuery): SqlQuery;
}

/**
 * How to read one column. Each expression is evaluated once per cell, in steps (trim, parse, then rules): repeating
 * the trim and parse inside every rule made a million rows take minutes.
 */
export function columnSql(col: ColumnSpec, comma: boolean): ColumnSql {
	switch (col.type) {
		case 'integer':
		case 'number': {
			const text = (t: SqlQuery) => (comma ? decimalComma(t) : t);
			return {
				parse: (t) =>
					sql`CASE WHEN regexp_full_match(${text(t)}, ${literal(NUMBER)}) THEN TRY_CAST(${text(t)} AS DOUBLE) END`,
				error: (_, p) =>
					sql`CASE WHEN ${p} IS NULL${col.type === 'integer' ? sql` OR ${p} <> floor(${p})` : sql``} THEN 'type' WHEN ${range(p, col)} THEN 'range' END`
			};
		}
		case 'boolean':
			return {
				parse: (t) =>
					sql`CASE WHEN ${normalised(t)} IN ${values(TRUE)} THEN true WHEN ${normalised(t)} IN ${values(FALSE)} THEN false END`,
				error: (_, p) => sql`CASE WHEN ${p} IS NULL THEN 'type' END`
			};
		case 'date':
			return {
				parse: (t) =>
					sql`CASE WHEN regexp_full_match(${t}, ${literal(DATE)}) THEN TRY_CAST(substr(${t}, 1, 10) AS DATE) END`,
				error: (_, p) => sql`CASE WHEN ${p} IS NULL THEN 'date' END`
			};
		case 'enum':
			return {
				parse: (t) =>
					sql`CASE WHEN ${normalised(t)} IN ${values(col.values ?? [])} THEN ${normalised(t)} END`,
				error: (_, p) => sql`CASE WHEN ${p} IS NULL THEN 'enum' END`
			};
		case 'list': {
			const items = (t: SqlQuery) =>
				sql`list_filter(list_transform(string_split_regex(${t}, '[;,|]'), x -> ${normalised(sql`x`)}), x -> x <> '')`;
			const tests: SqlQuery[] = [];
			if (col.values) tests.push(sql`x NOT IN ${values(col.values)}`);
			if (col.pattern) tests.push(sql`NOT regexp_matches(x, ${literal(col.pattern)})`);
			const bad = (t: SqlQuery) =>
				tests.length === 0 ? sql`false` : sql`len(list_filter(${items(t)}, x -> ${join(tests, ' OR ')})) > 0`;
			return {
				parse: (t) => sql`CASE WHEN NOT (${bad(t)}) THEN array_to_string(${items(t)}, ';') END`,
				error: (_, p) => sql`CASE WHEN ${p} IS NULL THEN 'enum' END`
			};
		}
		default: {
			const pattern = col.pattern;
			if (!pattern) return { parse: (t) => t, error: () => sql`NULL` };
			const up = (t: SqlQuery) => (col.upper ? sql`upper(${t})` : t);
			return {
				parse: (t) => sql`CASE WHEN regexp_matches(${up(t)}, ${literal(pattern)}) THEN ${up(t)} END`,
				error: (_, p) => sql`CASE WHEN ${p} IS NULL THEN 'pattern' END`
			};
		}
	}
}

/** A header cell as `normaliseName` reads it ('' when empty), to tell a repeated header line from data. */
export function headerNameSql(source: string): SqlQuery {
	return sql`coalesce(${normalised(sql`trim(${identifier(source)}, ${literal(SPACES)})`)}, '')`;
}

/** Text characters JavaScript's `trim` removes, as a regular-expression class. */
const SPACE_CLASS =
	'[\\s\\v\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]';

/** The cell trimmed as JavaScript trims, null when empty; the trim runs only on cells that start or end with a space. */
export function trimmedSql(source: string): SqlQuery {
	const c = identifier(source);
	return sql`nullif(CASE WHEN regexp_matches(${c}, ${literal(`^${SPACE_CLASS}|${SPACE_CLASS}$`)}) THEN trim(${c}, ${literal(SPACES)}) ELSE ${c} END, '')`;
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
 * parameters, so it can run as a cancellable query. A file read in parts: the first part creates the table, each
 * later one (`part: 'later'`, which has no header line) adds its rows after it, so row order stays the file's.
 */
export function stageCsv(
	stage: string,
	path: string,
	shape: CsvShape,
	part: 'first' | 'later' = 'first'
): SqlQuery {
	if (!DELIMITERS.includes(shape.delimiter)) throw new Error(`Unexpected delimiter ${shape.delimiter}`);
	if (!ENCODINGS.includes(shape.encoding)) throw new Error(`Unexpected encoding ${shape.encoding}`);
	const names = Array.from({ length: shape.columns }, (_, i) => `c${i}`);
	const read = sql`SELECT * FROM read_csv(${literal(path)},
		header = ${part === 'first' ? sql`true` : sql`false`}, auto_detect = false, delim = ${literal(shape.delimiter)},
		quote = '"', escape = '"', encoding = ${literal(shape.encoding)}, null_padding = true, columns = {${join(
			names.map((n) => sql`${identifier(n)}: 'VARCHAR'`),
			', '
		)}})`;
	return part === 'first'
		? sql`CREATE OR REPLACE TABLE ${identifier(stage)} AS ${read}`
		: sql`INSERT INTO ${identifier(stage)} ${read}`;
}

/**
 * Where a CSV can be cut into parts of about `every` bytes: offsets just after a line break that is not inside a
 * quoted value (an even number of quotes before it; a doubled quote counts twice and changes nothing). `chunks` are
 * the file's bytes in order.
 */
export async function csvCuts(chunks: AsyncIterable<Uint8Array>, every: number): Promise<number[]> {
	const cuts: number[] = [];
	let offset = 0;
	let quoted = false;
	let next = every;
	for await (const chunk of chunks) {
		for (let i = 0; i < chunk.length; i++) {
			const byte = chunk[i];
			if (byte === 0x22) quoted = !quoted;
			else if (byte === 0x0a && !quoted && offset + i + 1 >= next) {
				cuts.push(offset + i + 1);
				next = offset + i + 1 + every;
			}
		}
		offset += chunk.length;
	}
	// A cut at the very end would leave an empty part.
	if (cuts.at(-1) === offset) cuts.pop();
	return cuts;
}

/**
 * `conversionOf` (conversions.ts) in SQL: the conversion made to an accepted, non-empty cell, given the cell as written
 * (`raw`), trimmed (`t`) and typed (`v`); null when it was kept as written.
 */
export function conversionSql(
	col: ColumnSpec,
	comma: boolean,
	raw: SqlQuery,
	t: SqlQuery,
	v: SqlQuery
): SqlQuery {
	let typed: SqlQuery;
	switch (col.type) {
		case 'integer':
		case 'number': {
			const format = sql`WHEN NOT regexp_full_match(${t}, '-?\\d+(\\.\\d+)?') THEN 'number_format'`;
			typed = comma
				? sql`CASE WHEN regexp_matches(${t}, '[,\\s\\x{a0}\\x{202f}]') THEN 'decimal_comma' ${format} END`
				: sql`CASE ${format} END`;
			break;
		}
		case 'boolean':
			typed = sql`CASE WHEN ${normalised(t)} NOT IN ('true', 'false') THEN 'boolean_word' END`;
			break;
		case 'date':
			typed = sql`CASE WHEN length(${t}) > 10 THEN 'date_time' END`;
			break;
		case 'enum':
		case 'list':
			typed = sql`CASE WHEN ${v} <> ${t} THEN 'normalised' END`;
			break;
		default:
			typed = sql`CASE WHEN ${v} <> ${t} THEN 'upper_case' END`;
	}
	return sql`coalesce(${typed}, CASE WHEN ${raw} <> ${t} THEN 'trimmed' END)`;
}

/** A typed value as JavaScript's `String` writes it (whole numbers without ".0"), for the examples in the report. */
export function shownSql(col: ColumnSpec, v: SqlQuery): SqlQuery {
	if (col.type === 'integer' || col.type === 'number')
		return sql`CASE WHEN ${v} = floor(${v}) AND abs(${v}) < 1e15 THEN CAST(CAST(${v} AS BIGINT) AS VARCHAR) ELSE CAST(${v} AS VARCHAR) END`;
	return sql`CAST(${v} AS VARCHAR)`;
}

/** A cell as `shown` (validate-cells.ts) writes it: cut to 80 characters. */
export function shownTextSql(text: SqlQuery): SqlQuery {
	return sql`CASE WHEN length(${text}) > 80 THEN left(${text}, 77) || '…' ELSE ${text} END`;
}

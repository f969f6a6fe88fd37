/**
 * Checks a staged file (all-text columns `c0…cN` in a DuckDB table, one per column of the file) against its program
 * table in SQL, with the same rules and in the same order as `validate.ts` + `program-checks.ts`: cell types and allowed
 * values, dates in order, keys unique in the file, references to the tables as loaded now, country codes, and (when
 * adding) keys already loaded. Accepted rows go, typed, into `target`; the issues come back as rows, listed up to a cap
 * and counted in full.
 */
import type { LoadMode } from '../program-manifest';
import { tableSpec, type TableName } from '../program-schema';
import { identifier, join, literal, sql, type QueryFn, type SqlQuery } from '../sql';
import { sortConversions, type Conversion, type ConversionKind } from '../conversions';
import {
	columnSql,
	conversionSql,
	headerNameSql,
	shownSql,
	shownTextSql,
	sqlType,
	trimmedSql
} from './program-stage-sql';

export interface StageCheckOptions {
	stage: string;
	/** Table created with the accepted rows, typed, in the table's column order. */
	target: string;
	table: TableName;
	/** For each schema column, the staging column holding it (null when the file lacks it). */
	sources: readonly (string | null)[];
	decimalComma: boolean;
	mode: LoadMode;
	/** Check `iso3` columns against the `countries` reference table. */
	countries: boolean;
	/** Tables present in DuckDB that references may be checked against. */
	loadedTables: ReadonlySet<string>;
	maxIssues: number;
	/**
	 * False when the header lacks a required column: every row is rejected, but the cells of the columns that are there
	 * are still checked, so the user meets every problem of the file at once (as `validateTable` does).
	 */
	headerOk?: boolean;
	/**
	 * The file's header names, normalised (`normaliseName`), one per staging column: a row that repeats them (a file
	 * pasted together from several) is skipped and reported, not read as data.
	 */
	headerKeys?: readonly string[];
	/** Rows checked per statement (tests make it small to check several ranges). */
	rangeRows?: number;
}

export type StageIssueKind =
	| 'required'
	| 'type'
	| 'range'
	| 'date'
	| 'enum'
	| 'pattern'
	| 'order'
	| 'duplicate_key'
	| 'reference'
	| 'country'
	| 'loaded_key'
	| 'formula'
	| 'repeated_header';

export interface StageIssueRow {
	row: number;
	kind: StageIssueKind;
	/** Index of the schema column (for order issues: the later date; keys: the first key column). */
	col: number;
	/** For references: the index in the table's `references`. */
	ref: number | null;
	value: string | null;
	/** Order issues: the earlier date. */
	other: string | null;
	/** Duplicate keys: the row that first used the key. */
	first_row: number | null;
}

export interface StageCheckResult {
	rowsRead: number;
	accepted: number;
	issues: StageIssueRow[];
	/** All issues, listed or not. */
	issueCount: number;
	conversions: Conversion[];
}

/**
 * Rows checked per statement. DuckDB compresses a table's rows when it checkpoints, not as they are written: each
 * range is written, then checkpointed, so the uncompressed rows of one range are all that is held at once.
 */
const RANGE_ROWS = 1_000_000;

/** `[from, to)` row ranges covering `count` rows; one (empty) range when there are none, to create the tables. */
export function rowRanges(count: number, size: number): [number, number][] {
	const ranges: [number, number][] = [];
	for (let from = 0; from < count; from += size) ranges.push([from, Math.min(count, from + size)]);
	return ranges.length > 0 ? ranges : [[0, 0]];
}

const t = (i: number) => identifier(`t_${i}`);
const v = (i: number) => identifier(`v_${i}`);
const e = (i: number) => identifier(`e_${i}`);

export async function checkStagedFile(query: QueryFn, o: StageCheckOptions): Promise<StageCheckResult> {
	const spec = tableSpec(o.table);
	const cols = spec.columns;
	const index = (name: string) => cols.findIndex((c) => c.name === name);
	const stage = identifier(o.stage);
	const checked = identifier(`${o.stage}_checked`);
	const raw = (i: number) => (o.sources[i] ? sql`s.${identifier(o.sources[i] as string)}` : sql`NULL`);
	const readers = cols.map((c) => columnSql(c, o.decimalComma));
	const orders = (spec.order ?? []).map((r) => ({ a: index(r.column), b: index(r.notBefore) }));
	const orderBad = orders.map(
		({ a, b }) => sql`(${v(a)} IS NOT NULL AND ${v(b)} IS NOT NULL AND ${v(a)} < ${v(b)})`
	);
	const keys = spec.primaryKey.map(index);
	const keysAs = keys.map((k, j) => sql`${v(k)} AS ${identifier(`k_${j}`)}`);
	const refs = spec.references.map((r) => ({ col: index(r.column), ...r }));
	const refBad = refs.map((r) =>
		o.loadedTables.has(r.table)
			? sql`(${v(r.col)} IS NOT NULL AND ${v(r.col)} NOT IN (SELECT ${identifier(r.targetColumn)} FROM ${identifier(r.table)} WHERE ${identifier(r.targetColumn)} IS NOT NULL))`
			: sql`false`
	);
	const iso = index('iso3');
	const countryBad =
		o.countries && iso >= 0
			? sql`(${v(iso)} IS NOT NULL AND ${v(iso)} NOT IN (SELECT iso3 FROM countries))`
			: sql`false`;
	const loadedBad =
		o.mode === 'append' && o.loadedTables.has(o.table)
			? sql`(${join(keys.map(v), ', ')}) IN (SELECT (${join(
					spec.primaryKey.map((k) => identifier(k)),
					', '
				)}) FROM ${identifier(o.table)})`
			: sql`false`;
	const cellsOk = join(
		[
			o.headerOk === false ? sql`false` : sql`true`,
			...cols.map((_, i) => sql`${e(i)} IS NULL`),
			...orderBad.map((b) => sql`NOT ${b}`)
		],
		' AND '
	);
	const headerKeys = o.headerKeys ?? [];
	const used = new Set(o.sources.filter((s): s is string => s !== null));
	const unused = headerKeys.map((_, i) => `c${i}`).filter((c) => !used.has(c));
	// As `isRepeatedHeader`: every cell equal to its header name, and at least two names. A plain LIKE on each named
	// cell comes first: it lets almost every row go without the regular expressions (which doubled the time of 1 M rows).
	const repeatedRow =
		headerKeys.filter((k) => k !== '').length >= 2
			? join(
					[
						...headerKeys.flatMap((key, i) =>
							key === ''
								? []
								: [sql`${identifier(`c${i}`)} ILIKE ${literal(`%${key.replaceAll('_', '%')}%`)}`]
						),
						...headerKeys.map((key, i) => sql`${headerNameSql(`c${i}`)} = ${literal(key)}`)
					],
					' AND '
				)
			: sql`false`;
	const repeatedRows = identifier(`${o.stage}_repeated_rows`);

	const cellsTable = identifier(`${o.stage}_cells`);
	const repeated = identifier(`${o.stage}_repeated`);
	const [staged] = await query<{ n: number }>(sql`SELECT count(*) AS n FROM ${stage}`);
	await query(
		sql`CREATE OR REPLACE TEMP TABLE ${repeatedRows} AS SELECT rowid AS r FROM ${stage} WHERE ${repeatedRow}`
	);
	const [repeatedCount] = await query<{ n: number }>(sql`SELECT count(*) AS n FROM ${repeatedRows}`);
	const skipRepeated =
		Number(repeatedCount?.n ?? 0) > 0 ? sql`AND rowid NOT IN (SELECT r FROM ${repeatedRows})` : sql``;
	const ranges = rowRanges(Number(staged?.n ?? 0), o.rangeRows ?? RANGE_ROWS);

	// The cell rules, row by row: a range of rows per statement, compressed at a checkpoint after each, so that ten
	// million rows never sit uncompressed at once.
	for (const [k, [from, to]] of ranges.entries()) {
		await query(sql`${k === 0 ? sql`CREATE OR REPLACE TABLE ${cellsTable} AS` : sql`INSERT INTO ${cellsTable}`}
		-- Plain CTEs: DuckDB computes each step once per row as it streams; materialising the trimmed and parsed
		-- steps copied every cell twice and made a million rows 1.6 times slower.
		WITH trimmed AS (
			SELECT rowid + 2 AS __row, ${join(
				cols.map(
					(_, i) =>
						sql`${o.sources[i] ? trimmedSql(o.sources[i] as string) : sql`CAST(NULL AS VARCHAR)`} AS ${t(i)}`
				),
				', '
			)}
				, ${unused.length > 0 ? sql`coalesce(${join(unused.map(trimmedSql), ', ')})` : sql`NULL`} AS __unused
			FROM ${stage} WHERE rowid >= ${from} AND rowid < ${to} ${skipRepeated}
		), parsed AS (
			SELECT *, ${join(
				readers.map((r, i) => sql`CASE WHEN ${t(i)} IS NOT NULL THEN ${r.parse(t(i))} END AS ${v(i)}`),
				', '
			)}
			-- A row is read when any of its cells has text, in a column of the table or not (as validateTable counts).
			FROM trimmed WHERE ${join(
				[...cols.map((_, i) => sql`${t(i)} IS NOT NULL`), sql`__unused IS NOT NULL`],
				' OR '
			)}
		), typed AS (
			SELECT *, ${join(
				readers.map(
					(r, i) =>
						sql`CASE WHEN ${t(i)} IS NULL THEN ${cols[i]?.required && o.sources[i] ? sql`'required'` : sql`NULL`} ELSE ${r.error(t(i), v(i))} END AS ${e(i)}`
				),
				', '
			)}
			FROM parsed
		)
		SELECT *, ${cellsOk} AS __cells_ok FROM typed`);
		await query(sql`CHECKPOINT`);
	}

	// Keys used more than once among the rows that passed the cell rules, and the row that used each first. A grouped
	// join: a window partitioned by key is very slow with a million keys.
	await query(sql`CREATE OR REPLACE TEMP TABLE ${repeated} AS
		SELECT ${join(keysAs, ', ')}, min(__row) AS __first_row FROM ${cellsTable} WHERE __cells_ok
		GROUP BY ALL HAVING count(*) > 1`);

	// Keys and references, again a range of rows at a time.
	for (const [k, [from, to]] of ranges.entries()) {
		await query(sql`${k === 0 ? sql`CREATE OR REPLACE TABLE ${checked} AS` : sql`INSERT INTO ${checked}`}
		WITH keyed AS (
			SELECT cells.*, CASE WHEN __cells_ok THEN coalesce(r.__first_row, __row) END AS __first
			FROM ${cellsTable} cells LEFT JOIN ${repeated} r ON ${join(
				keys.map((key, j) => sql`cells.${v(key)} = r.${identifier(`k_${j}`)}`),
				' AND '
			)}
			WHERE cells.__row >= ${from + 2} AND cells.__row < ${to + 2}
		), referenced AS (
			SELECT *, __cells_ok AND __row <> __first AS __dup,
				${join(
					refBad.map((b, k) => sql`NOT __dup AND ${b} AS ${identifier(`__ref_${k}`)}`),
					', '
				)}${refBad.length > 0 ? sql`,` : sql``}
				NOT __dup AND ${countryBad} AS __country
			FROM keyed
		)
		SELECT *, __cells_ok AND NOT __dup AND NOT __country ${join(
			refBad.map((_, k) => sql`AND NOT ${identifier(`__ref_${k}`)} `),
			''
		)}AND NOT ${loadedBad} AS __pass_refs
		-- In file order, range after range: the accepted rows are taken from here in the same order, without a sort of
		-- the whole file.
		FROM referenced ORDER BY __row`);
		await query(sql`CHECKPOINT`);
	}
	await query(sql`DROP TABLE IF EXISTS ${repeated}`);
	await query(sql`DROP TABLE IF EXISTS ${cellsTable}`);

	const passed = sql`__cells_ok AND NOT __dup AND NOT __country ${join(
		refBad.map((_, k) => sql`AND NOT ${identifier(`__ref_${k}`)} `),
		''
	)}`;
	const branches: SqlQuery[] = [
		...cols.map(
			(_, i) =>
				sql`SELECT __row, ${e(i)} AS kind, ${i} AS col, NULL AS ref, NULL AS other, NULL AS first_row, 0 AS ord FROM ${checked} WHERE ${e(i)} IS NOT NULL`
		),
		...orders.map(
			({ a, b }, k) =>
				sql`SELECT __row, 'order', ${a}, NULL, CAST(${v(b)} AS VARCHAR), NULL, 1 FROM ${checked} WHERE ${orderBad[k] as SqlQuery}`
		),
		sql`SELECT __row, 'duplicate_key', ${keys[0] ?? 0}, NULL, NULL, __first, 2 FROM ${checked} WHERE __dup`,
		...refs.map(
			(r, k) =>
				sql`SELECT __row, 'reference', ${r.col}, ${k}, NULL, NULL, 3 FROM ${checked} WHERE ${identifier(`__ref_${k}`)}`
		),
		sql`SELECT __row, 'country', ${Math.max(iso, 0)}, NULL, NULL, NULL, 4 FROM ${checked} WHERE __country`,
		sql`SELECT __row, 'loaded_key', ${keys[0] ?? 0}, NULL, NULL, NULL, 5 FROM ${checked} WHERE ${passed} AND NOT __pass_refs`,
		// Text a spreadsheet wrote as a formula: loaded as written, but flagged (as looksLikeFormula does).
		...cols.flatMap((c, i) =>
			c.type === 'string' && o.sources[i]
				? [
						sql`SELECT __row, 'formula', ${i}, NULL, NULL, NULL, 0 FROM ${checked} WHERE length(${v(i)}) > 1 AND starts_with(${v(i)}, '=')`
					]
				: []
		),
		sql`SELECT r + 2, 'repeated_header', 0, NULL, NULL, NULL, -1 FROM ${repeatedRows}`
	];
	const issues = identifier(`${o.stage}_issues`);
	await query(sql`CREATE OR REPLACE TEMP TABLE ${issues} AS ${join(branches, ' UNION ALL ')}`);
	const [counts] = await query<{ rows_read: number; accepted: number; issue_count: number }>(
		sql`SELECT (SELECT count(*) FROM ${checked}) AS rows_read,
			(SELECT count(*) FROM ${checked} WHERE __pass_refs) AS accepted,
			(SELECT count(*) FROM ${issues}) AS issue_count`
	);
	// The value each listed issue shows: the cell as written for cell rules, the typed value for the others.
	const shownValue = sql`CASE i.ord WHEN 0 THEN CASE i.col ${join(
		cols.map((_, c) => sql`WHEN ${c} THEN CAST(${raw(c)} AS VARCHAR) `),
		''
	)}END WHEN 2 THEN concat_ws(', ', ${join(
		keys.map((k) => sql`CAST(c.${v(k)} AS VARCHAR)`),
		', '
	)}) WHEN 5 THEN concat_ws(', ', ${join(
		keys.map((k) => sql`CAST(c.${v(k)} AS VARCHAR)`),
		', '
	)}) ELSE CASE i.col ${join(
		cols.map((_, c) => sql`WHEN ${c} THEN CAST(c.${v(c)} AS VARCHAR) `),
		''
	)}END END`;
	const listed =
		await query<StageIssueRow>(sql`SELECT i.__row AS row, i.kind, i.col, i.ref, i.other, i.first_row,
			${shownValue} AS value
		FROM (SELECT * FROM ${issues} ORDER BY __row, ord, col LIMIT ${o.maxIssues}) i
		LEFT JOIN ${checked} c ON c.__row = i.__row
		JOIN ${stage} s ON s.rowid = i.__row - 2
		ORDER BY i.__row, i.ord, i.col`);
	await query(
		sql`CREATE OR REPLACE TABLE ${identifier(o.target)} AS SELECT ${join(
			cols.map((c, i) => sql`CAST(${v(i)} AS ${sqlType(c)}) AS ${identifier(c.name)}`),
			', '
		)} FROM ${checked} WHERE __pass_refs`
	);
	await query(sql`CHECKPOINT`);
	const conversions = await stagedConversions(query, o, checked, stage);
	await query(sql`DROP TABLE IF EXISTS ${issues}`);
	await query(sql`DROP TABLE IF EXISTS ${repeatedRows}`);
	await query(sql`DROP TABLE IF EXISTS ${checked}`);
	return {
		conversions,
		rowsRead: Number(counts?.rows_read ?? 0),
		accepted: Number(counts?.accepted ?? 0),
		issueCount: Number(counts?.issue_count ?? 0),
		issues: listed.map((r) => ({ ...r, row: Number(r.row), col: Number(r.col) }))
	};
}

/** The conversions made in the rows that passed the cell and key checks, as `validateTable` counts them. */
async function stagedConversions(
	query: QueryFn,
	o: StageCheckOptions,
	checked: SqlQuery,
	stage: SqlQuery
): Promise<Conversion[]> {
	const cols = tableSpec(o.table).columns;
	const present = cols.flatMap((col, i) => {
		const source = o.sources[i];
		return source ? [{ col, i, raw: sql`s.${identifier(source)}` }] : [];
	});
	if (present.length === 0) return [];
	const k = (i: number) => identifier(`k_${i}`);
	const joined = sql`${checked} c JOIN ${stage} s ON s.rowid = c.__row - 2`;
	const kinds = present.map(
		({ col, i, raw }) =>
			sql`CASE WHEN c.${t(i)} IS NOT NULL THEN ${conversionSql(col, o.decimalComma, raw, sql`c.${t(i)}`, sql`c.${v(i)}`)} END AS ${k(i)}`
	);
	const branches = present.map(
		({ i }) =>
			sql`SELECT ${i} AS col, ${k(i)} AS kind, count(*) AS count, min(__row) AS row FROM conv WHERE ${k(i)} IS NOT NULL GROUP BY ALL`
	);
	const counted = await query<{ col: number; kind: ConversionKind; count: number; row: number }>(
		sql`WITH conv AS MATERIALIZED (
			SELECT c.__row, ${join(kinds, ', ')} FROM ${joined} WHERE c.__cells_ok AND NOT c.__dup
		) ${join(branches, ' UNION ALL ')}`
	);
	if (counted.length === 0) return [];
	// The examples are read for the few first rows only: formatting every cell of a million rows cost more than the count.
	const firstRows = [...new Set(counted.map((r) => Number(r.row)))];
	const examples = await query<Record<string, string | number>>(
		sql`SELECT c.__row, ${join(
			present.map(
				({ col, i, raw }) =>
					sql`${shownTextSql(raw)} AS ${identifier(`f_${i}`)}, ${shownTextSql(shownSql(col, sql`c.${v(i)}`))} AS ${identifier(`o_${i}`)}`
			),
			', '
		)} FROM ${joined} WHERE c.__row IN (${join(
			firstRows.map((r) => sql`${r}`),
			', '
		)})`
	);
	const byRow = new Map(examples.map((e) => [Number(e.__row), e]));
	const rows = counted.map((r) => {
		const example = byRow.get(Number(r.row));
		return {
			...r,
			f: String(example?.[`f_${r.col}`] ?? ''),
			o: String(example?.[`o_${r.col}`] ?? '')
		};
	});
	return sortConversions(
		rows.map((r) => ({
			column: cols[Number(r.col)]?.name ?? '',
			kind: r.kind,
			count: Number(r.count),
			row: Number(r.row),
			from: r.f,
			to: r.o
		})),
		cols.map((c) => c.name)
	);
}

/**
 * What an upload report tells the user, as plain types the views read: the issues found (kind, file, row, column,
 * value, expected), the cells converted on the way in, which table a file was recognised as, and how it was read.
 * The data layer's loaders and validators produce them.
 */
import type { Expected, TableName } from './program-schema';

export type IssueKind =
	| 'unknown_table'
	| 'parse'
	| 'empty_file'
	| 'header_only'
	| 'not_a_table'
	| 'encoding'
	| 'repeated_header'
	| 'formula'
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

export const CONVERSION_KINDS = [
	'decimal_comma',
	'number_format',
	'boolean_word',
	'date_time',
	'spreadsheet_date',
	'number_as_text',
	'normalised',
	'upper_case',
	'trimmed'
] as const;

export type ConversionKind = (typeof CONVERSION_KINDS)[number];

export interface Conversion {
	column: string;
	kind: ConversionKind;
	/** Cells converted this way in this column. */
	count: number;
	/** The first such cell: its spreadsheet row, the cell as written and the value kept. */
	row: number;
	from: string;
	to: string;
}

export interface TableScore {
	table: TableName;
	/** 0–1: half from the table's columns found (required ones count double), half from the header's columns it knows. */
	score: number;
	requiredFound: number;
	requiredTotal: number;
	optionalFound: number;
	optionalTotal: number;
}

export type Recognition =
	/** The container (sheet or JSON key) or the file's name says which table. */
	| { status: 'named'; table: TableName; candidates: TableScore[] }
	/** The columns clearly point to one table. */
	| { status: 'recognised'; table: TableName; candidates: TableScore[] }
	/** Two tables score close, or the best matches fewer than half of its required columns: the user chooses. */
	| { status: 'ask'; reason: 'close' | 'weak'; table: null; candidates: TableScore[] }
	/** No column of the header belongs to any table. */
	| { status: 'none'; table: null; candidates: TableScore[] };

/** The file names an upload accepts. */
export const ACCEPTED_EXTENSIONS = ['.csv', '.tsv', '.txt', '.parquet', '.xlsx', '.json'] as const;

export type FileFormat = 'csv' | 'xlsx' | 'json' | 'parquet';

/** How a file was read, for the review to say ("semicolon-separated, decimal commas, Windows-1252"). */
export interface ReadFacts {
	format: FileFormat;
	delimiter?: string;
	decimalComma: boolean;
	encoding?: string;
	sheet?: string;
}

export interface FigureColumn {
	/** The header as the file gives it. */
	header: string;
	/** New cancer cases by unit: replaces the estimate of need. */
	cases: boolean;
}

/** Why nothing in a file can be used. */
export type FiguresProblem = 'unreadable' | 'empty' | 'no_unit_column' | 'no_figures';

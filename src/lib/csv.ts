/**
 * The one CSV writer of the app. Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or
 * carriage return) get a leading apostrophe; numbers, negative ones included, stay numbers.
 */

export type CsvValue = string | number | boolean | bigint | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** Text a spreadsheet will not execute: `=HYPERLINK(…)` becomes `'=HYPERLINK(…)`; "-12.5" stays a number. */
export function neutraliseFormula(text: string): string {
	return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** One cell: empty for null, ISO date for a Date (date only at UTC midnight), quoted when needed. */
export function csvCell(value: CsvValue, delimiter = ','): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
	let text: string;
	if (value instanceof Date) {
		const iso = value.toISOString();
		text = iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
	} else text = neutraliseFormula(value);
	return NEEDS_QUOTES.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line, without the line ending. */
export function csvLine(values: readonly CsvValue[], delimiter = ','): string {
	let s = '';
	for (let i = 0; i < values.length; i++) s += (i ? delimiter : '') + csvCell(values[i], delimiter);
	return s;
}

export interface CsvOptions {
	delimiter?: string;
	/** Start with a UTF-8 byte-order mark so Excel reads accents right. Default false. */
	bom?: boolean;
	/** Default "\n". */
	newline?: string;
}

/** A whole CSV document from a header and rows of values. */
export function toCsv(
	header: readonly string[],
	rows: readonly (readonly CsvValue[])[],
	options: CsvOptions = {}
): string {
	const { delimiter = ',', bom = false, newline = '\n' } = options;
	const lines = [csvLine(header, delimiter)];
	for (const row of rows) lines.push(csvLine(row, delimiter));
	return (bom ? '\uFEFF' : '') + lines.join(newline) + newline;
}

/** A CSV document from objects, taking the given columns in order. */
export function objectsToCsv<T extends object>(
	columns: readonly (keyof T & string)[],
	objects: readonly T[],
	options: CsvOptions = {}
): string {
	return toCsv(
		columns,
		objects.map((o) => columns.map((c) => o[c] as CsvValue)),
		options
	);
}

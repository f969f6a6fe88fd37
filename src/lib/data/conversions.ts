/**
 * What the validator changed in the cells it accepted: spaces trimmed, decimal commas read, yes/no words read as true or
 * false, names normalised, codes put in capitals, midnight dropped from dates, spreadsheet dates and numbers read as
 * text. Counted per column with the first example, so the upload report can say what was converted on the way in and
 * the user can check it was meant. The SQL path for large files (`queries/program-stage.ts`) counts the same kinds.
 */
import type { ColumnSpec } from './program-schema';
import { normaliseName, shown } from './validate-cells';
import { CONVERSION_KINDS, type ConversionKind, type Conversion } from '../models/upload-report';

export { CONVERSION_KINDS, type ConversionKind, type Conversion };

type CellValue = string | number | boolean | null;

/** A number written the plain way ("12", "-3.5"): anything else was read through a rule worth reporting. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const GROUPING_OR_COMMA = /[,\s\u00a0\u202f]/;

/** The conversion made to one accepted, non-empty cell, or null when it was kept as written. */
export function conversionOf(
	raw: unknown,
	value: CellValue,
	col: ColumnSpec,
	decimalComma: boolean
): ConversionKind | null {
	if (raw instanceof Date) return 'spreadsheet_date';
	if (typeof raw === 'number' || typeof raw === 'bigint')
		return col.type === 'string' || col.type === 'list' || col.type === 'enum' ? 'number_as_text' : null;
	if (typeof raw !== 'string') return null;
	const text = raw.trim();
	const kind = typeConversion(text, value, col, decimalComma);
	return kind ?? (text !== raw ? 'trimmed' : null);
}

function typeConversion(
	text: string,
	value: CellValue,
	col: ColumnSpec,
	decimalComma: boolean
): ConversionKind | null {
	switch (col.type) {
		case 'integer':
		case 'number':
			if (decimalComma && GROUPING_OR_COMMA.test(text)) return 'decimal_comma';
			return PLAIN_NUMBER.test(text) ? null : 'number_format';
		case 'boolean':
			return ['true', 'false'].includes(normaliseName(text)) ? null : 'boolean_word';
		case 'date':
			return text.length > 10 ? 'date_time' : null;
		case 'enum':
		case 'list':
			return value !== text ? 'normalised' : null;
		default:
			return value !== text ? 'upper_case' : null;
	}
}

/** Counts conversions per column and kind, keeping the first example of each. */
export class ConversionTally {
	private readonly byKey = new Map<string, Conversion>();

	add(column: string, kind: ConversionKind, row: number, raw: unknown, value: CellValue): void {
		const key = `${column}\u0000${kind}`;
		const seen = this.byKey.get(key);
		if (seen) seen.count++;
		else this.byKey.set(key, { column, kind, count: 1, row, from: shown(raw), to: shown(value) });
	}

	/** In the order of the table's columns, then of `CONVERSION_KINDS`. */
	list(columnOrder: readonly string[]): Conversion[] {
		return sortConversions([...this.byKey.values()], columnOrder);
	}
}

export function sortConversions(list: Conversion[], columnOrder: readonly string[]): Conversion[] {
	const kindRank = (k: ConversionKind) => CONVERSION_KINDS.indexOf(k);
	return list.sort(
		(a, b) =>
			columnOrder.indexOf(a.column) - columnOrder.indexOf(b.column) || kindRank(a.kind) - kindRank(b.kind)
	);
}

import { matchAdmin1, type MatchMethod, type UnitName } from './admin1-match';

/** One row of a user's admin-1 file as the join reads it. */
export interface FigureInput {
	/** Row as a spreadsheet shows it (header = 1), for messages. */
	row: number;
	code: string | null;
	name: string | null;
	values: readonly (number | null)[];
}

export interface UnmatchedRow {
	row: number;
	text: string;
	suggestions: UnitName[];
}

export interface Admin1Join {
	/** Each matched unit's values, in the file's column order (the first row wins when several rows match a unit). */
	byUnit: Map<string, readonly (number | null)[]>;
	/** New cases by unit from the file's cases column, for the units that have a figure; `null` without such a column. */
	cases: Map<string, number> | null;
	matched: { row: number; code: string; method: MatchMethod }[];
	unmatched: UnmatchedRow[];
	/** Units that more than one row matched, with those rows (spreadsheet numbers). */
	duplicates: { code: string; rows: number[] }[];
	/** Units no row matched. */
	missing: UnitName[];
}

/**
 * Joins a user's admin-1 rows to the country's units by ISO 3166-2 code or name (see `matchAdmin1`). A unit matched
 * by several rows keeps the first and the rows are reported; a unit with no row keeps no figure (never 0).
 *
 * @param casesColumn index of the column holding new cases, or `null`
 * @example joinAdmin1Figures([{ row: 2, code: 'KE-700', name: null, values: [12] }], units, 0).cases // Map { 'KE-700' → 12 }
 */
export function joinAdmin1Figures(
	rows: readonly FigureInput[],
	units: readonly UnitName[],
	casesColumn: number | null
): Admin1Join {
	const result = matchAdmin1(rows, units);
	const byUnit = new Map<string, readonly (number | null)[]>();
	const matched = result.matched.map((m) => ({ ...m, row: rows[m.row]?.row ?? m.row }));
	for (const m of result.matched) {
		const values = rows[m.row]?.values;
		if (values && !byUnit.has(m.code)) byUnit.set(m.code, values);
	}
	let cases: Map<string, number> | null = null;
	if (casesColumn !== null) {
		cases = new Map();
		for (const [code, values] of byUnit) {
			const value = values[casesColumn];
			if (value !== null && value !== undefined) cases.set(code, value);
		}
	}
	return {
		byUnit,
		cases,
		matched,
		unmatched: result.unmatched.map((u) => ({ ...u, row: rows[u.row]?.row ?? u.row })),
		duplicates: result.duplicates.map((d) => ({ code: d.code, rows: d.rows.map((r) => rows[r]?.row ?? r) })),
		missing: units.filter((u) => !byUnit.has(u.code))
	};
}

import type { FigureId } from '$lib/models/provenance';

/** A column of a DataTable: its header and how a row reads as text (never HTML). */
export interface Column<R> {
	key: string;
	label: string;
	text: (row: R) => string;
	numeric?: boolean;
	/** The value the column sorts by; a column without it is not sortable. `null` sorts last either way. */
	sortValue?: (row: R) => number | string | null;
	/** Makes the cell a link (e.g. to the country page). */
	href?: (row: R) => string;
	/** The catalogued figure the column shows, and its unrounded value (`data-figure`, `data-value`). */
	figure?: { id: FigureId; raw: (row: R) => number | null };
}

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
	key: string;
	direction: SortDirection;
}

/**
 * The rows ordered by one column. Missing values go last in both directions, so "no data" never tops a ranking;
 * ties keep their input order.
 *
 * @example sortRows(rows, columns, { key: 'gap', direction: 'descending' })
 */
export function sortRows<R>(rows: readonly R[], columns: readonly Column<R>[], sort: SortState | null): R[] {
	const column = sort ? columns.find((c) => c.key === sort.key) : undefined;
	const value = column?.sortValue;
	if (!sort || !value) return [...rows];
	const sign = sort.direction === 'ascending' ? 1 : -1;
	return rows
		.map((row, index) => ({ row, index, key: value(row) }))
		.sort((a, b) => {
			if (a.key === null || b.key === null) {
				if (a.key === b.key) return a.index - b.index;
				return a.key === null ? 1 : -1;
			}
			const order =
				typeof a.key === 'number' && typeof b.key === 'number'
					? a.key - b.key
					: String(a.key).localeCompare(String(b.key));
			return sign * order || a.index - b.index;
		})
		.map(({ row }) => row);
}

/** The next sort after a click on a column header: a new column starts descending for numbers, ascending for text. */
export function nextSort<R>(current: SortState | null, column: Column<R>): SortState {
	if (current?.key === column.key) {
		return { key: column.key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
	}
	return { key: column.key, direction: column.numeric ? 'descending' : 'ascending' };
}

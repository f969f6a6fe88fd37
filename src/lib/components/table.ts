/** A column of a DataTable: its header and how a row reads as text (never HTML). */
export interface Column<R> {
	key: string;
	label: string;
	text: (row: R) => string;
	numeric?: boolean;
	/** A link target: the cell's text becomes a link (e.g. to a centre's page). */
	href?: (row: R) => string;
}

/** One country on a choropleth. */
export interface MapEntry {
	iso3: string;
	name: string;
	value: number | null;
	/** Unknown rather than small: drawn hatched (e.g. no DIRAC record). */
	hatched: boolean;
	/** Drawn dotted over its class colour (e.g. a DIRAC record of zero machines). */
	dotted?: boolean;
	/** The value as the user reads it, e.g. "46%" or "no record". */
	text: string;
}

/** One admin-1 unit on a country's map: its value and how the value reads. */
export interface Admin1Entry {
	code: string;
	name: string;
	value: number | null;
	text: string;
}

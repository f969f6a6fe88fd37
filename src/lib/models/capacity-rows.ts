/** What the overview reads of the DIRAC update: the range of the latest update dates. */

export interface DiracUpdateRange {
	first_year: number | null;
	last_year: number | null;
}

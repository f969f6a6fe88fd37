/**
 * The Overview's default view, from data/summary.json: the page's server load hands the rows over at build time, so
 * the figures are in the prerendered HTML and DuckDB never starts for them. Only the default view may use it: with
 * model parameters in the URL the view waits for DuckDB instead of showing figures that would not match.
 * The summary holds reference figures only (countries, cancer_burden, rt_capacity, rt_centres), which the user's
 * program files never replace; a summary that held program figures would also have to give way after an upload.
 */
import type { CountryCapacityRecord, DiracUpdateRange } from '$lib/data/queries/capacity';
import { parameterKeys } from '$lib/models/parameter-url';
import { defaultParameters } from '$lib/models/parameters';
import { overviewFromRecords, type OverviewData } from './overview-data';

/** The Overview's query rows, precomputed by data/scripts/first-screen.ts with the same query functions. */
export interface FirstScreenRows {
	records: CountryCapacityRecord[];
	dirac_years: DiracUpdateRange;
}

/** True when the URL sets no model parameter: the view is in its default state. */
export function hasDefaultParameters(search: URLSearchParams): boolean {
	return !parameterKeys.some((key) => search.has(key));
}

/** The Overview's figures from the precomputed summary, under the default parameters. */
export function summaryOverview(rows: FirstScreenRows): OverviewData {
	return overviewFromRecords(rows.records, rows.dirac_years, defaultParameters);
}

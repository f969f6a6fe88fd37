/**
 * The Overview's first screen, drawn from data/summary.json before DuckDB has started. Only the default view may use
 * it: with model parameters in the URL the view waits for DuckDB instead of showing figures that would not match.
 * The summary holds reference figures only (countries, cancer_burden, rt_capacity, rt_centres), which the user's
 * program files never replace; a summary that held program figures would also have to give way after an upload.
 */
import type { CountryCapacityRecord, DiracUpdateRange } from '$lib/data/queries/capacity';
import { parameterKeys } from '$lib/models/parameter-url';
import { defaultParameters } from '$lib/models/parameters';
import { overview } from '../../../data/summary.json';
import { overviewFromRecords, type OverviewData } from './overview-data';

interface FirstScreenRows {
	records: CountryCapacityRecord[];
	dirac_years: DiracUpdateRange;
}

/** True when the URL sets no model parameter: the view is in its default state. */
export function hasDefaultParameters(search: URLSearchParams): boolean {
	return !parameterKeys.some((key) => search.has(key));
}

/** The Overview's figures from the precomputed summary, under the default parameters. */
export function summaryOverview(): OverviewData {
	const rows = overview as FirstScreenRows;
	return overviewFromRecords(rows.records, rows.dirac_years, defaultParameters);
}

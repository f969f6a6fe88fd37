import { countryCapacity, positive, type CountryCapacity, type IncomeGroup } from './gap';
import {
	indicatorValues,
	normalise,
	type IndicatorId,
	type IndicatorRow,
	type IndicatorValues,
	type Normalisation
} from './indicators';
import type { ModelParameters } from './parameters';

/**
 * What the Gaps view shows for an indicator: the gap where an observed count exists beside a modelled need
 * (machines), the modelled need where nothing is observed in public data (staff), the observed count where no need
 * is modelled (doctors).
 */
export type GapMeasure = 'gap' | 'need' | 'observed';

export function measureOf(indicator: IndicatorId): GapMeasure {
	if (indicator === 'rt-machines') return 'gap';
	if (indicator === 'doctors') return 'observed';
	return 'need';
}

/** The normalisations that make sense for an indicator; the first is its default. */
export function normalisationsFor(indicator: IndicatorId): readonly Normalisation[] {
	if (indicator === 'rt-machines') return ['absolute', 'per-million', 'per-1000-cases', 'share-of-need-met'];
	if (indicator === 'doctors') return ['per-10k-people', 'absolute', 'per-1000-cases'];
	return ['absolute', 'per-million', 'per-1000-cases'];
}

/**
 * Whether a higher value is the worse one: gaps and needs grow with the shortfall; a share of need met and a
 * doctor density fall with it. Rankings list the worst first and maps draw the worst darkest.
 */
export function higherIsWorse(indicator: IndicatorId, normalisation: Normalisation): boolean {
	return normalisation !== 'share-of-need-met' && measureOf(indicator) !== 'observed';
}

/** A country's state on a figure: a value, no DIRAC record, a DIRAC record of zero machines, or no data. */
export type GapStatus = 'value' | 'no-record' | 'zero-machines' | 'no-data';

/** A country row with what the scatter plots beside capacity. */
export interface GapInputRow extends IndicatorRow {
	/** GDP per capita, current US$ (World Bank). */
	gdpPerCapita: number | null;
}

export interface GapViewRow {
	iso3: string;
	name: string;
	region: string | null;
	incomeGroup: IncomeGroup | null;
	gdpPerCapita: number | null;
	capacity: CountryCapacity;
	indicator: IndicatorValues;
	/** The indicator's measure under the chosen normalisation; `null` = cannot be computed. */
	value: number | null;
	status: GapStatus;
}

/**
 * One row per country for the chosen indicator and normalisation, recomputed from the parameters.
 * Machines: a country without a DIRAC record is `no-record` (value null, never 0); a record of zero machines is
 * `zero-machines` and keeps its value (its whole need is the gap).
 *
 * @example gapViewRows([{ …, newCases: 9_000, mvMachines: 4 }], defaultParameters, 'rt-machines', 'absolute')[0].value // 6
 */
export function gapViewRows(
	rows: readonly GapInputRow[],
	params: ModelParameters,
	indicator: IndicatorId,
	normalisation: Normalisation
): GapViewRow[] {
	const measure = measureOf(indicator);
	return rows.map((row) => {
		const capacity = countryCapacity(row, params);
		const values = indicatorValues(row, params, indicator);
		const value =
			normalisation === 'share-of-need-met'
				? normalise(values.observed, row, normalisation, values.need)
				: normalise(values[measure], row, normalisation);
		let status: GapStatus = value === null ? 'no-data' : 'value';
		if (indicator === 'rt-machines' && !capacity.hasRecord) status = 'no-record';
		else if (indicator === 'rt-machines' && capacity.machinesInstalled === 0) status = 'zero-machines';
		return {
			iso3: row.iso3,
			name: row.name,
			region: row.region,
			incomeGroup: row.incomeGroup,
			gdpPerCapita: positive(row.gdpPerCapita),
			capacity,
			indicator: values,
			value,
			status
		};
	});
}

export interface GapFilters {
	region: string | null;
	income: IncomeGroup | null;
}

/** Keeps the countries of the chosen World Bank region and income group (`null` = any). */
export function filterGapRows<R extends Pick<GapViewRow, 'region' | 'incomeGroup'>>(
	rows: readonly R[],
	{ region, income }: GapFilters
): R[] {
	return rows.filter(
		(row) => (region === null || row.region === region) && (income === null || row.incomeGroup === income)
	);
}

/**
 * The `limit` worst countries with a value, worst first (ties by name). Countries without a value are left out.
 *
 * @example rankWorst(rows, true, 10) // the ten largest gaps
 */
export function rankWorst<R extends Pick<GapViewRow, 'value' | 'name'>>(
	rows: readonly R[],
	worseIsHigher: boolean,
	limit: number
): (R & { value: number })[] {
	const sign = worseIsHigher ? -1 : 1;
	return rows
		.filter((row): row is R & { value: number } => row.value !== null)
		.sort((a, b) => sign * (a.value - b.value) || a.name.localeCompare(b.name))
		.slice(0, limit);
}

export interface StatusCounts {
	value: number;
	noRecord: number;
	zeroMachines: number;
	noData: number;
}

/** How many countries fall in each status, for the figure notes and the legend. */
export function countStatuses(rows: readonly Pick<GapViewRow, 'status'>[]): StatusCounts {
	const counts: StatusCounts = { value: 0, noRecord: 0, zeroMachines: 0, noData: 0 };
	for (const { status } of rows) {
		if (status === 'value') counts.value++;
		else if (status === 'no-record') counts.noRecord++;
		else if (status === 'zero-machines') counts.zeroMachines++;
		else counts.noData++;
	}
	return counts;
}

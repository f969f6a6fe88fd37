import type { GapViewRow } from './gap-view';
import type { IndicatorId, Normalisation } from './indicators';

/** The columns of the Gaps table download, in order; every figure for the parameters in force. */
export const gapCsvHeader = [
	'iso3',
	'name',
	'income_group',
	'region',
	'population',
	'new_cases',
	'rt_need',
	'has_dirac_record',
	'mv_machines',
	'machines_needed',
	'machine_gap',
	'access',
	'machines_per_million',
	'gdp_per_capita_usd',
	'indicator',
	'normalisation',
	'value'
] as const;

export type GapCsvValue = string | number | boolean | null;

/**
 * The Gaps table as CSV rows: numbers unrounded, missing as empty (never 0), no DIRAC record as
 * `has_dirac_record = false` with empty machine figures.
 *
 * @example gapCsvRows(rows, 'rt-machines', 'absolute')[0] // ['NGA', 'Nigeria', 'LM', …, 'rt-machines', 'absolute', 121.6]
 */
export function gapCsvRows(
	rows: readonly GapViewRow[],
	indicator: IndicatorId,
	normalisation: Normalisation
): GapCsvValue[][] {
	return rows.map((r) => [
		r.iso3,
		r.name,
		r.incomeGroup,
		r.region,
		r.capacity.population,
		r.capacity.newCases,
		r.capacity.rtNeed,
		r.capacity.hasRecord,
		r.capacity.machinesInstalled,
		r.capacity.machinesNeeded,
		r.capacity.machineGap,
		r.capacity.access,
		r.capacity.machinesPerMillion,
		r.gdpPerCapita,
		indicator,
		normalisation,
		r.value
	]);
}

import { machineGap, type CountryCapacity } from './gap';

/**
 * Radiotherapy need after 2022. The Atlas's need is GLOBOCAN 2022 incidence; scenarios and markets that run to 2035
 * must not hold it frozen. No country- or HDI-level projection (GLOBOCAN "Cancer Tomorrow") is among the data the
 * Atlas derives from, so the projection is the published world one: GLOBOCAN 2022's demographic projection, which
 * applies 2022 rates to the United Nations population forecasts (growth and ageing), gives 35 million new cases in
 * 2050 against 20 million in 2022, a 77 % increase (Bray et al. 2024, CA Cancer J Clin 74:229–263, Abstract and
 * "Predictions of the future cancer burden"). Spread evenly over the 28 years this is 2.06 % a year, compounded.
 *
 * It is a world average: Bray et al. project the largest proportional increases in low- and medium-HDI countries,
 * so it understates the growth of need where the Atlas's gaps are largest. It carries no change in rates (no
 * rise in risk factors, no prevention).
 */

/** The year the need is counted in (GLOBOCAN 2022). */
export const needBaseYear = 2022;

/** Bray et al. 2024: new cancer cases in 2022 and predicted for 2050, millions (both include NMSC). */
export const brayCases = {
	base: { year: 2022, cases: 20.0 },
	projected: { year: 2050, cases: 35.3 }
} as const;

/**
 * Yearly growth of new cases implied by Bray et al. 2024: `(35.3 / 20.0)^(1 / 28) − 1` ≈ 0.0205.
 */
export const worldCaseGrowth =
	(brayCases.projected.cases / brayCases.base.cases) **
		(1 / (brayCases.projected.year - brayCases.base.year)) -
	1;

/**
 * The factor turning 2022 need into need in `year`: `(1 + g)^(year − 2022)`. Years before 2022 are not projected
 * back (factor 1); a non-finite year gives `null`.
 *
 * @example needGrowthFactor(2050) // 1.765 (35.3 / 20.0); needGrowthFactor(2035) // ≈ 1.30
 */
export function needGrowthFactor(year: number, growth = worldCaseGrowth): number | null {
	if (!Number.isFinite(year) || !Number.isFinite(growth)) return null;
	return (1 + growth) ** Math.max(0, year - needBaseYear);
}

/**
 * A 2022 need (patients, machines or staff, anything proportional to new cases) projected to `year`.
 * Pure, for the scenario and market models: `projectedNeed(country.machinesNeeded, 2035)`. `null` stays `null`.
 *
 * @example projectedNeed(1_000, 2035) // ≈ 1,302
 */
export function projectedNeed(
	need2022: number | null,
	year: number,
	growth = worldCaseGrowth
): number | null {
	const factor = needGrowthFactor(year, growth);
	return need2022 === null || factor === null || !Number.isFinite(need2022) ? null : need2022 * factor;
}

/**
 * A country's machine gap in `year`: `max(0, M(2022) × growth factor − installed)`, the machines installed held at
 * today's count (so the gap a plan must close by its target year, or a market must fill by the end of its horizon).
 * `null` when the need or the installed count is unknown (no DIRAC record stays unknown; give `noRecordAsNone(c)`
 * for the other reading).
 *
 * @example projectedMachineGap({ machinesNeeded: 10, machinesInstalled: 4, … }, 2035) // 10 × 1.302 − 4 ≈ 9.02
 */
export function projectedMachineGap(
	capacity: Pick<CountryCapacity, 'machinesNeeded' | 'machinesInstalled'>,
	year: number
): number | null {
	return machineGap(projectedNeed(capacity.machinesNeeded, year), capacity.machinesInstalled);
}

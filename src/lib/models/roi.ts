import { combineFlows, summariseReturn, type ReturnSummary, type YearFlow } from './discounting';
import { rangeParameters, rangePoints, type RangePoint, type ReturnParameters } from './return-parameters';

/** A figure at the low, central and high ends of the parameter ranges. */
export type Ranged<T> = Record<RangePoint, T>;

/** Returns measured two ways: human capital (productive life-years) and full income (all life-years). */
export interface ReturnEstimate {
	humanCapital: ReturnSummary;
	fullIncome: ReturnSummary;
}

/**
 * Survivors at two years: `patients treated × two-year survival` (Datta et al. 2015; survival 0.1–0.5, central 0.3).
 *
 * @example survivors(1_000, 0.3) // 300
 */
export function survivors(patients: number, survival: number): number {
	return patients * survival;
}

/**
 * Productive life-years: `patients × survival × working-age share × employment ratio × productive years`
 * (Datta et al. 2015: half of patients of working age, at least two productive years each).
 *
 * @example productiveLifeYears(1_000, { surv: 0.3, work: 0.5, emp: 0.55, years: 2 }) // 165
 */
export function productiveLifeYears(
	patients: number,
	p: Pick<ReturnParameters, 'surv' | 'work' | 'emp' | 'years'>
): number {
	return survivors(patients, p.surv) * p.work * p.emp * p.years;
}

/**
 * Life-years gained: `patients × survival × years` (everyone who survives, employed or not).
 *
 * @example lifeYears(1_000, { surv: 0.3, years: 2 }) // 600
 */
export function lifeYears(patients: number, p: Pick<ReturnParameters, 'surv' | 'years'>): number {
	return survivors(patients, p.surv) * p.years;
}

/**
 * Value of a life-year in the full-income approach: `multiplier × GDP per capita` (Chang et al. 2017: 2.3).
 *
 * @example valueOfLifeYear(1_941.5, 2.3) // 4,465.45 (Kenya, GDP per capita 2023)
 */
export function valueOfLifeYear(gdpPerCapita: number, multiplier: number): number {
	return gdpPerCapita * multiplier;
}

/**
 * Benefit flows of patients treated, year by year. Patients treated in year `t` who survive contribute in years
 * `t + 1 … t + years`, each year an equal share: GDP per capita per productive life-year (human capital) and
 * `vly × GDP per capita` per life-year (full income). Negative patient counts (a fall) give negative benefits.
 *
 * @example benefitFlows([{ year: 2020, patients: 100 }], 1_000, defaults) // 2021 and 2022: HC 8,250 each; FI 69,000 each
 */
export function benefitFlows(
	patientsByYear: readonly { year: number; patients: number }[],
	gdpPerCapita: number,
	p: ReturnParameters
): YearFlow[] {
	const span = Math.max(1, Math.round(p.years));
	const flows: YearFlow[] = [];
	for (const { year, patients } of patientsByYear) {
		const hc = (productiveLifeYears(patients, p) * gdpPerCapita) / span;
		const fi = (lifeYears(patients, p) * valueOfLifeYear(gdpPerCapita, p.vly)) / span;
		for (let k = 1; k <= span; k++) flows.push({ year: year + k, cost: 0, benefitHC: hc, benefitFI: fi });
	}
	return combineFlows([flows]);
}

/**
 * NPV, benefit-cost ratio and payback on both measures, from flows built at each end of the parameter ranges.
 * The discount rate is each point's own `disc`; flows are discounted to `baseYear`.
 */
export function rangedReturn(
	flowsAt: (params: ReturnParameters) => readonly YearFlow[],
	params: ReturnParameters,
	baseYear: number
): Ranged<ReturnEstimate> {
	const out = {} as Ranged<ReturnEstimate>;
	for (const point of rangePoints) {
		const p = rangeParameters(params, point);
		const flows = flowsAt(p);
		out[point] = {
			humanCapital: summariseReturn(flows, 'benefitHC', p.disc, baseYear),
			fullIncome: summariseReturn(flows, 'benefitFI', p.disc, baseYear)
		};
	}
	return out;
}

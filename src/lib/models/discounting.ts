/** Costs and benefits of one year, in US$ (constant 2023 US$ for a centre's return; see `centreFlows`). */
export interface YearFlow {
	year: number;
	/** All costs of the year, `treatmentCost` included. */
	cost: number;
	/** The part of `cost` that treats the extra patients credited (so an uncertainty analysis can scale it). */
	treatmentCost?: number;
	/** The part of `cost` that is the experts' donated time, valued (in-kind: no money changes hands). */
	inKindCost?: number;
	/** Human-capital benefit: productive life-years × GDP per capita. */
	benefitHC: number;
	/** Full-income benefit: life-years × value of a life-year. */
	benefitFI: number;
}

export type BenefitMeasure = 'benefitHC' | 'benefitFI';

/** NPV, benefit-cost ratio and payback year of a flow of costs and one benefit measure. */
export interface ReturnSummary {
	/** Present value of costs, US$ of the base year. */
	pvCost: number;
	pvBenefit: number;
	/** `pvBenefit − pvCost`. */
	npv: number;
	/** `pvBenefit / pvCost`; `null` when nothing was spent. */
	bcr: number | null;
	/** First year the cumulative discounted net turns non-negative after money was spent; `null` if it never does. */
	paybackYear: number | null;
}

/**
 * Discount factor `1 / (1 + r)^t` for `t` years after the base year (negative `t` compounds forward).
 *
 * @example discountFactor(0.03, 2) // 0.942596
 */
export function discountFactor(rate: number, years: number): number {
	return 1 / (1 + rate) ** years;
}

/**
 * Present value at `baseYear` of amounts by year: `Σ amount / (1 + r)^(year − base)`.
 *
 * @example presentValue([{ year: 2021, amount: 103 }], 0.03, 2020) // 100
 */
export function presentValue(
	amounts: readonly { year: number; amount: number }[],
	rate: number,
	baseYear: number
): number {
	return amounts.reduce((sum, a) => sum + a.amount * discountFactor(rate, a.year - baseYear), 0);
}

/**
 * Adds flows of several centres or countries year by year, sorted by year.
 *
 * @example combineFlows([[{ year: 2020, cost: 1, … }], [{ year: 2020, cost: 2, … }]]) // [{ year: 2020, cost: 3, … }]
 */
export function combineFlows(groups: readonly (readonly YearFlow[])[]): YearFlow[] {
	const byYear = new Map<number, YearFlow>();
	for (const flows of groups)
		for (const f of flows) {
			const row = byYear.get(f.year) ?? { year: f.year, cost: 0, benefitHC: 0, benefitFI: 0 };
			row.cost += f.cost;
			if (f.treatmentCost) row.treatmentCost = (row.treatmentCost ?? 0) + f.treatmentCost;
			if (f.inKindCost) row.inKindCost = (row.inKindCost ?? 0) + f.inKindCost;
			row.benefitHC += f.benefitHC;
			row.benefitFI += f.benefitFI;
			byYear.set(f.year, row);
		}
	return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/**
 * NPV, benefit-cost ratio and payback year of flows, discounted to `baseYear`.
 * Payback is the first year, once money has been spent, in which cumulative discounted benefits reach cumulative
 * discounted costs.
 *
 * @example summariseReturn([{ year: 0, cost: 100, … 0 }, { year: 1, benefitHC: 60 }, { year: 2, benefitHC: 60 }], 'benefitHC', 0.03, 0)
 * // npv ≈ 14.81 (−100 + 58.25 + 56.56), bcr ≈ 1.148, paybackYear 2
 */
export function summariseReturn(
	flows: readonly YearFlow[],
	measure: BenefitMeasure,
	rate: number,
	baseYear: number
): ReturnSummary {
	let pvCost = 0;
	let pvBenefit = 0;
	let paybackYear: number | null = null;
	for (const f of [...flows].sort((a, b) => a.year - b.year)) {
		const factor = discountFactor(rate, f.year - baseYear);
		pvCost += f.cost * factor;
		pvBenefit += f[measure] * factor;
		if (paybackYear === null && pvCost > 0 && pvBenefit >= pvCost) paybackYear = f.year;
		else if (paybackYear !== null && pvBenefit < pvCost) paybackYear = null;
	}
	return {
		pvCost,
		pvBenefit,
		npv: pvBenefit - pvCost,
		bcr: pvCost > 0 ? pvBenefit / pvCost : null,
		paybackYear
	};
}

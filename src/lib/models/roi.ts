import {
	combineFlows,
	summariseReturn,
	type BenefitMeasure,
	type ReturnSummary,
	type YearFlow
} from './discounting';
import type { BenefitMode, ReturnParameterId, ReturnParameters } from './return-parameters';
import { drawParameters, intervalOf, oneWayValues } from './return-uncertainty';

/** Why a return cannot be computed: its own state, never shown as zero, a loss or "never". */
export type ReturnGap =
	/** No centre has a before/after comparison (`reason` says why; `mixed` when centres differ). */
	| { kind: 'no-comparison'; reason: ComparisonGap }
	/** The country's GDP per capita is not in the data. */
	| { kind: 'no-gdp' }
	/** No money came in, so there is nothing to return on. */
	| { kind: 'no-cost' }
	/** A parameter the figure needs has no published default and the user has not set it. */
	| { kind: 'not-set'; parameter: ReturnParameterId };

export type ComparisonGap = 'no-outcomes' | 'no-mentorship' | 'no-baseline' | 'mixed';

/** A figure with its 95 % interval from the probabilistic sensitivity analysis. */
export interface Interval {
	central: number;
	low: number;
	high: number;
}

/** Payback years, earliest to latest; `null` = not paid back by `horizon`, the last year with flows. */
export interface PaybackInterval {
	central: number | null;
	earliest: number | null;
	latest: number | null;
	horizon: number;
}

export type MeasureResult =
	| {
			status: 'ok';
			npv: Interval;
			bcr: Interval;
			payback: PaybackInterval;
			pvCost: number;
			pvBenefit: number;
	  }
	| { status: 'missing'; gap: ReturnGap };

/** Returns measured two ways: human capital (productive life-years) and full income (all life-years). */
export interface ReturnResult {
	humanCapital: MeasureResult;
	fullIncome: MeasureResult;
}

/** Life-years a patient treated gains, over how many years they fall, and the productive share of them. */
export interface PatientValue {
	lifeYears: number;
	productiveLifeYears: number | null;
	span: number;
}

/**
 * Life-years per patient treated.
 * Gross (Datta et al. 2015): `survival × years`, productive `× working-age share × employment ratio`, over `years`.
 * Incremental (Hanna et al. 2018): `survival gained from radiotherapy × life-years credited`, over those years.
 * Productive life-years are `null` until the employment ratio is set.
 *
 * @example patientValue({ …defaults, emp: 0.55 }, 'gross') // { lifeYears: 0.6, productiveLifeYears: 0.165, span: 2 }
 * @example patientValue(defaults, 'incremental') // { lifeYears: 0.25, productiveLifeYears: null, span: 5 }
 */
export function patientValue(p: ReturnParameters, mode: BenefitMode): PatientValue {
	const survivors = mode === 'gross' ? p.surv : p.rtos;
	const years = Math.max(1, Math.round(mode === 'gross' ? p.years : p.lex));
	return {
		lifeYears: survivors * years,
		productiveLifeYears: p.emp === null ? null : survivors * years * p.work * p.emp,
		span: years
	};
}

/**
 * Value of a life-year in the full-income approach: `multiplier × GDP per capita` (Jamison et al. 2013: 2.3).
 *
 * @example valueOfLifeYear(1_941.5, 2.3) // 4,465.45 (Kenya, GDP per capita 2023)
 */
export function valueOfLifeYear(gdpPerCapita: number, multiplier: number): number {
	return gdpPerCapita * multiplier;
}

/**
 * Benefit flows of patients treated, year by year. Patients treated in year `t` contribute in years
 * `t + 1 … t + span`, each year an equal share: GDP per capita per productive life-year (human capital; 0 until
 * the employment ratio is set, and then reported as not set) and `vly × GDP per capita` per life-year (full income).
 * Negative patient counts (a fall below the baseline) give negative benefits.
 *
 * @example benefitFlows([{ year: 2020, patients: 100 }], 1_000, { …defaults, emp: 0.55 }, 'gross')
 * // 2021 and 2022: HC 8,250 each; FI 69,000 each
 */
export function benefitFlows(
	patientsByYear: readonly { year: number; patients: number }[],
	gdpPerCapita: number,
	p: ReturnParameters,
	mode: BenefitMode
): YearFlow[] {
	const v = patientValue(p, mode);
	const flows: YearFlow[] = [];
	for (const { year, patients } of patientsByYear) {
		const hc = ((v.productiveLifeYears ?? 0) * patients * gdpPerCapita) / v.span;
		const fi = (v.lifeYears * patients * valueOfLifeYear(gdpPerCapita, p.vly)) / v.span;
		for (let k = 1; k <= v.span; k++) flows.push({ year: year + k, cost: 0, benefitHC: hc, benefitFI: fi });
	}
	return combineFlows([flows]);
}

/** The flows of a parameter set, or why there are none. */
export type FlowsAt = (p: ReturnParameters) => readonly YearFlow[] | ReturnGap;

const isGap = (x: readonly YearFlow[] | ReturnGap): x is ReturnGap => !Array.isArray(x);

function measureResult(
	central: ReturnSummary,
	draws: readonly ReturnSummary[],
	horizon: number
): MeasureResult {
	if (central.bcr === null) return { status: 'missing', gap: { kind: 'no-cost' } };
	const interval = (get: (s: ReturnSummary) => number): Interval => ({
		central: get(central),
		...intervalOf(draws.map(get))
	});
	const paybacks = intervalOf(draws.map((s) => s.paybackYear ?? Infinity));
	const year = (v: number) => (Number.isFinite(v) ? Math.round(v) : null);
	return {
		status: 'ok',
		npv: interval((s) => s.npv),
		bcr: interval((s) => s.bcr ?? 0),
		payback: {
			central: central.paybackYear,
			earliest: year(paybacks.low),
			latest: year(paybacks.high),
			horizon
		},
		pvCost: central.pvCost,
		pvBenefit: central.pvBenefit
	};
}

/** How a draw's benefits and treatment costs compare with those at the parameters in use, when its flows are the
 * same flows scaled; `null` when they cannot be scaled from the central flows. */
export type BenefitScale = (
	p: ReturnParameters
) => { benefitHC: number; benefitFI: number; treatmentCost: number } | null;

/**
 * Summaries of scaled flows, fast: money in fixed, treatment costs and benefits of every year each times one
 * factor. The same rules as `summariseReturn` (payback is the first year cumulative benefits reach costs, and is
 * lost if they fall back).
 */
function scaledSummaries(
	flows: readonly YearFlow[],
	measure: BenefitMeasure,
	rate: number,
	baseYear: number,
	factors: readonly { benefit: number; treatment: number }[]
): ReturnSummary[] {
	const sorted = [...flows].sort((a, b) => a.year - b.year);
	const cumFixed: number[] = [];
	const cumTreatment: number[] = [];
	const cumBenefit: number[] = [];
	let c = 0;
	let t = 0;
	let b = 0;
	for (const f of sorted) {
		const factor = 1 / (1 + rate) ** (f.year - baseYear);
		c += (f.cost - (f.treatmentCost ?? 0)) * factor;
		t += (f.treatmentCost ?? 0) * factor;
		b += f[measure] * factor;
		cumFixed.push(c);
		cumTreatment.push(t);
		cumBenefit.push(b);
	}
	return factors.map((k) => {
		let paybackYear: number | null = null;
		for (let i = 0; i < sorted.length; i++) {
			const cost = (cumFixed[i] as number) + (cumTreatment[i] as number) * k.treatment;
			const benefit = (cumBenefit[i] as number) * k.benefit;
			if (paybackYear === null && cost > 0 && benefit >= cost) paybackYear = (sorted[i] as YearFlow).year;
			else if (paybackYear !== null && benefit < cost) paybackYear = null;
		}
		const pvCost = c + t * k.treatment;
		const pvBenefit = b * k.benefit;
		return {
			pvCost,
			pvBenefit,
			npv: pvBenefit - pvCost,
			bcr: pvCost > 0 ? pvBenefit / pvCost : null,
			paybackYear
		};
	});
}

/**
 * NPV, benefit-cost ratio and payback on both measures: the central figure from the parameters in use, the 95 %
 * interval from `draws` (probabilistic sensitivity analysis, `drawParameters`). Discounted to `baseYear` at each
 * draw's own `disc`. A gap (no comparison, no GDP) makes both measures missing; an unset employment ratio makes the
 * human-capital measure missing. With `scale` (flows whose draws differ only by a benefit factor, as a centre's
 * do) the draws are summarised without rebuilding the flows.
 */
export function uncertainReturn(
	flowsAt: FlowsAt,
	params: ReturnParameters,
	baseYear: number,
	draws: readonly ReturnParameters[] = drawParameters(params),
	scale?: BenefitScale
): ReturnResult {
	const central = flowsAt(params);
	if (isGap(central))
		return {
			humanCapital: { status: 'missing', gap: central },
			fullIncome: { status: 'missing', gap: central }
		};
	const horizon = central.reduce((a, f) => Math.max(a, f.year), baseYear);
	const scales = scale && draws.every((p) => p.disc === params.disc) ? draws.map(scale) : null;
	const fast = scales && scales.every((s) => s !== null) ? scales : null;
	const drawn = fast ? [] : draws.map((p) => ({ p, flows: flowsAt(p) }));
	const measure = (m: BenefitMeasure): MeasureResult =>
		measureResult(
			summariseReturn(central, m, params.disc, baseYear),
			fast
				? scaledSummaries(
						central,
						m,
						params.disc,
						baseYear,
						fast.map((s) => ({ benefit: s?.[m] ?? 0, treatment: s?.treatmentCost ?? 0 }))
					)
				: drawn.map(({ p, flows }) => summariseReturn(isGap(flows) ? [] : flows, m, p.disc, baseYear)),
			horizon
		);
	return {
		humanCapital:
			params.emp === null
				? { status: 'missing', gap: { kind: 'not-set', parameter: 'emp' } }
				: measure('benefitHC'),
		fullIncome: measure('benefitFI')
	};
}

/** One bar of a tornado chart: the benefit-cost ratio with one parameter at each of its two test values. */
export interface SensitivityBar {
	parameter: ReturnParameterId;
	lowValue: number;
	highValue: number;
	/** Benefit-cost ratio with the parameter at `lowValue` and at `highValue`, all others at their value in use. */
	atLow: number;
	atHigh: number;
	/** `|atHigh − atLow|`: how far the parameter moves the result. */
	swing: number;
}

/**
 * One-way sensitivity of the full-income benefit-cost ratio: each candidate parameter at its 2.5 % and 97.5 %
 * points (or, for a choice, its documented alternatives), the others at their value in use; the `top` largest
 * swings, largest first. Empty when the return cannot be computed.
 */
export function tornado(
	flowsAt: FlowsAt,
	params: ReturnParameters,
	baseYear: number,
	candidates: readonly ReturnParameterId[],
	top = 5
): { central: number | null; bars: SensitivityBar[] } {
	const bcr = (p: ReturnParameters): number | null => {
		const flows = flowsAt(p);
		return isGap(flows) ? null : summariseReturn(flows, 'benefitFI', p.disc, baseYear).bcr;
	};
	const central = bcr(params);
	if (central === null) return { central: null, bars: [] };
	const bars: SensitivityBar[] = [];
	for (const id of candidates) {
		const value = params[id];
		if (value === null) continue;
		const values = oneWayValues(id, value);
		if (!values) continue;
		const [lowValue, highValue] = values;
		const atLow = bcr({ ...params, [id]: lowValue });
		const atHigh = bcr({ ...params, [id]: highValue });
		if (atLow === null || atHigh === null) continue;
		bars.push({ parameter: id, lowValue, highValue, atLow, atHigh, swing: Math.abs(atHigh - atLow) });
	}
	return { central, bars: bars.sort((a, b) => b.swing - a.swing).slice(0, top) };
}

/** Orders results by central benefit-cost ratio, highest first; missing returns last, in their given order. */
export function byReturnPerDollar<T>(rows: readonly T[], result: (row: T) => MeasureResult): T[] {
	const key = (r: T) => {
		const m = result(r);
		return m.status === 'ok' ? m.bcr.central : -Infinity;
	};
	return rows
		.map((r, i) => ({ r, i, k: key(r) }))
		.sort((a, b) => b.k - a.k || a.i - b.i)
		.map((x) => x.r);
}

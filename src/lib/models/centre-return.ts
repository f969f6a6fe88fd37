import { combineFlows, discountFactor, type YearFlow } from './discounting';
import type { BenefitMode, ReturnParameters } from './return-parameters';
import {
	benefitFlows,
	patientValue,
	uncertainReturn,
	type BenefitScale,
	type ComparisonGap,
	type ReturnGap,
	type ReturnResult
} from './roi';
import { priceBaseYear, toConstantDollars } from './price-index';
import { drawParameters } from './return-uncertainty';

/** One year of a centre's outcomes as recorded; `null` = not reported, never zero. */
export interface OutcomeYear {
	year: number;
	newPatients: number | null;
	treatedRadiotherapy: number | null;
	treatedChemotherapy: number | null;
	treatedSurgery: number | null;
}

/**
 * Patients counted in the return: those starting radiotherapy. Both valuations (Datta et al. 2015, Hanna et al.
 * 2018) value radiotherapy; adding chemotherapy and surgery counts would count the same patients two or three times.
 * `null` when not reported.
 *
 * @example patientsTreated({ newPatients: 1_000, treatedRadiotherapy: 400, treatedChemotherapy: 350, treatedSurgery: 250 }) // 400
 */
export function patientsTreated(o: Omit<OutcomeYear, 'year'>): number | null {
	return o.treatedRadiotherapy;
}

/** A straight line fitted to the years before mentorship: what would have happened without it. */
export interface Baseline {
	kind: 'trend' | 'flat';
	/** Patients a year the line expects in `year` (never below zero). */
	at: (year: number) => number;
}

/**
 * The counterfactual: a least-squares line through the years before mentorship (two years or more), so growth
 * already under way is not counted as impact. A falling line is not extrapolated (the mean level is used), so a
 * noisy or declining pre-period never credits mentorship with stopping a decline; with one year, that year's level.
 *
 * @example trendBaseline([{ year: 2015, patients: 100 }, { year: 2016, patients: 110 }]).at(2018) // 130
 */
export function trendBaseline(before: readonly { year: number; patients: number }[]): Baseline | null {
	if (before.length === 0) return null;
	const n = before.length;
	const my = before.reduce((a, b) => a + b.year, 0) / n;
	const mp = before.reduce((a, b) => a + b.patients, 0) / n;
	if (n === 1) return { kind: 'flat', at: () => mp };
	const sxx = before.reduce((a, b) => a + (b.year - my) ** 2, 0);
	const sxy = before.reduce((a, b) => a + (b.year - my) * (b.patients - mp), 0);
	const slope = sxx > 0 ? sxy / sxx : 0;
	if (!(slope > 0)) return { kind: 'flat', at: () => mp };
	return { kind: 'trend', at: (year) => mp + slope * (year - my) };
}

/** Outcomes before and after mentorship starts at one centre. */
export interface BeforeAfter {
	/** First year of mentorship; `null` when the centre has none. */
	startYear: number | null;
	/** Mean patients a year before mentorship started; `null` without a year before it. */
	baseline: number | null;
	/** Mean patients a year from the start year on. */
	after: number | null;
	/** `after / baseline − 1`; `null` when either side is missing or the baseline is zero. */
	change: number | null;
	/** How the counterfactual was drawn: a trend through two or more years before, or one year's level. */
	baselineKind: 'trend' | 'flat' | null;
	/** Patients above the counterfactual, for each year from the start (negative when below it). */
	extra: { year: number; patients: number }[];
	status: 'ok' | Exclude<ComparisonGap, 'mixed'>;
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/**
 * Compares patients starting radiotherapy before and after mentorship starts. The extra patients of each later
 * year are those above the trend of the years before (`trendBaseline`). A before/after comparison, not a
 * controlled one: the attribution share (`attr`) says how much of it the return credits.
 *
 * @example beforeAfter([{ year: 2015, … 100 }, { year: 2016, … 100 }, { year: 2017, … 130 }], 2017)
 * // baseline 100, after 130, change 0.3, extra [{ year: 2017, patients: 30 }]
 */
export function beforeAfter(outcomes: readonly OutcomeYear[], startYear: number | null): BeforeAfter {
	const treated = outcomes
		.map((o) => ({ year: o.year, patients: patientsTreated(o) }))
		.filter((o): o is { year: number; patients: number } => o.patients !== null);
	const none = { startYear, baseline: null, after: null, change: null, baselineKind: null, extra: [] };
	if (treated.length === 0) return { ...none, status: 'no-outcomes' };
	if (startYear === null) return { ...none, status: 'no-mentorship' };
	const beforeYears = treated.filter((t) => t.year < startYear);
	const afterYears = treated.filter((t) => t.year >= startYear);
	const baseline = mean(beforeYears.map((t) => t.patients));
	const after = mean(afterYears.map((t) => t.patients));
	const line = trendBaseline(beforeYears);
	if (baseline === null || line === null) return { ...none, after, status: 'no-baseline' };
	return {
		startYear,
		baseline,
		after,
		change: after !== null && baseline > 0 ? after / baseline - 1 : null,
		baselineKind: line.kind,
		extra: afterYears.map((t) => ({ year: t.year, patients: t.patients - line.at(t.year) })),
		status: 'ok'
	};
}

/** What the return of one centre is computed from. */
export interface CentreReturnInput {
	centreId: string;
	/** GDP per capita of the centre's country, current US$ of `gdpYear`; `null` when unknown. */
	gdpPerCapita: number | null;
	/** The year of `gdpPerCapita` (its dollars); `null` or absent: taken as `priceBaseYear`. */
	gdpYear?: number | null;
	/** Money in, all sources, by year (US$ of that year, as recorded). */
	investments: readonly { year: number; amount: number }[];
	/** Hours experts gave the centre in sessions, by year (in-kind, no money changes hands); absent: none recorded. */
	expertHours?: readonly { year: number; hours: number }[];
	comparison: BeforeAfter;
}

/** Whether a centre's return can be computed: it has a comparison and its country's GDP per capita. */
export const comparable = (i: CentreReturnInput): boolean =>
	i.comparison.status === 'ok' && i.gdpPerCapita !== null;

/**
 * Yearly costs and benefits of one centre, in constant US$ of `priceBaseYear` (2023): costs are all money in
 * (each year's dollars converted with the US CPI-U), the experts' session hours × the value of a volunteer hour
 * (`hour`, in-kind), and the treatment of the extra patients credited; benefits are the extra patients above the
 * trend × the attributed share, valued in the chosen mode against GDP per capita converted to the same dollars.
 * The reason instead when there is no comparison or no GDP per capita.
 *
 * @example centreFlows({ investments: [{ year: 2016, amount: 100 }], expertHours: [{ year: 2016, hours: 10 }], … }, d, mode)
 * // 2016 cost: 100 × 304.702 / 240.007 + 10 × 33.68 = 463.76, before treatment costs
 */
export function centreFlows(
	input: CentreReturnInput,
	p: ReturnParameters,
	mode: BenefitMode
): YearFlow[] | ReturnGap {
	if (input.comparison.status !== 'ok') return { kind: 'no-comparison', reason: input.comparison.status };
	if (input.gdpPerCapita === null) return { kind: 'no-gdp' };
	const flow = (year: number, cost: number): YearFlow => ({ year, cost, benefitHC: 0, benefitFI: 0 });
	const money = input.investments.map((i) => flow(i.year, toConstantDollars(i.amount, i.year)));
	const inKind = (input.expertHours ?? []).map((h) => ({
		...flow(h.year, h.hours * p.hour),
		inKindCost: h.hours * p.hour
	}));
	const extra = input.comparison.extra.map((e) => ({ year: e.year, patients: e.patients * p.attr }));
	// The extra patients credited are treated, and their treatment costs money (fewer patients than the trend save it).
	const treatment: YearFlow[] = extra.map((e) => ({
		...flow(e.year, e.patients * p.course),
		treatmentCost: e.patients * p.course
	}));
	const gdp = toConstantDollars(input.gdpPerCapita, input.gdpYear ?? priceBaseYear);
	return combineFlows([money, inKind, treatment, benefitFlows(extra, gdp, p, mode)]);
}

/**
 * Why a group of centres has no return: the reason they share, or `mixed`; `no-gdp` when centres are compared but
 * their country has no GDP per capita.
 */
export function groupGap(inputs: readonly CentreReturnInput[]): ReturnGap {
	if (inputs.some((i) => i.comparison.status === 'ok')) return { kind: 'no-gdp' };
	const reasons = new Set(inputs.map((i) => i.comparison.status as ComparisonGap));
	const [only] = reasons;
	return { kind: 'no-comparison', reason: reasons.size === 1 && only ? only : 'mixed' };
}

/**
 * The return of several centres together (one centre, a country, the portfolio). Only centres with a comparison
 * count, on both sides: their money in and their benefits; the others are not a loss but unmeasured. Flows are
 * added year by year before discounting to `baseYear`, so country and portfolio figures add up.
 */
export function portfolioReturn(
	inputs: readonly CentreReturnInput[],
	params: ReturnParameters,
	baseYear: number,
	mode: BenefitMode,
	draws: readonly ReturnParameters[] = drawParameters(params)
): ReturnResult {
	return uncertainReturn(portfolioFlows(inputs, mode), params, baseYear, draws, benefitScale(params, mode));
}

/**
 * A centre's benefits are linear in the credited share and in life-years per patient, and its costs are the money
 * in: a draw's flows are the central flows with benefits scaled by this factor (`null` if the central value is 0).
 *
 * @example benefitScale({ …defaults, attr: 0.5 }, 'incremental')({ …defaults, attr: 0.25 }) // { benefitFI: 0.5, … }
 */
export function benefitScale(params: ReturnParameters, mode: BenefitMode): BenefitScale {
	const fi = (p: ReturnParameters) => p.attr * patientValue(p, mode).lifeYears * p.vly;
	const hc = (p: ReturnParameters) => p.attr * (patientValue(p, mode).productiveLifeYears ?? 0);
	const treatment = (p: ReturnParameters) => p.attr * p.course;
	const fi0 = fi(params);
	const hc0 = hc(params);
	const t0 = treatment(params);
	return (p) =>
		fi0 > 0 && t0 > 0
			? { benefitFI: fi(p) / fi0, benefitHC: hc0 > 0 ? hc(p) / hc0 : 0, treatmentCost: treatment(p) / t0 }
			: null;
}

/** The flows of the comparable centres of a group, as a function of the parameters (for intervals and tornado). */
export function portfolioFlows(inputs: readonly CentreReturnInput[], mode: BenefitMode) {
	const counted = inputs.filter(comparable);
	return (p: ReturnParameters): YearFlow[] | ReturnGap => {
		if (counted.length === 0) return groupGap(inputs);
		return combineFlows(counted.map((i) => centreFlows(i, p, mode) as YearFlow[]));
	};
}

/** The first year money came in, across the centres: the common base year of discounting. */
export function firstInvestmentYear(inputs: readonly CentreReturnInput[]): number | null {
	const years = inputs.flatMap((i) => i.investments.map((v) => v.year));
	return years.length ? Math.min(...years) : null;
}

/** The costs of a return by kind, each a present value at the base year (constant 2023 US$). */
export interface CostBreakdown {
	/** Money in, all sources. */
	moneyIn: number;
	/** The experts' session hours, valued (in-kind). */
	inKind: number;
	/** The treatment of the extra patients credited (negative when patients fell below the trend). */
	treatment: number;
	total: number;
}

/**
 * Splits the present value of a return's costs into money in, in-kind expert time and treatment: the cost lines a
 * funder reads. `null` for a group without a return.
 *
 * @example costBreakdown([{ year: 2020, cost: 150, inKindCost: 30, treatmentCost: 20, … }], 0.03, 2020)
 * // { moneyIn: 100, inKind: 30, treatment: 20, total: 150 }
 */
export function costBreakdown(
	flows: YearFlow[] | ReturnGap,
	disc: number,
	baseYear: number
): CostBreakdown | null {
	if (!Array.isArray(flows)) return null;
	const out: CostBreakdown = { moneyIn: 0, inKind: 0, treatment: 0, total: 0 };
	for (const f of flows) {
		const k = discountFactor(disc, f.year - baseYear);
		const inKind = f.inKindCost ?? 0;
		const treatment = f.treatmentCost ?? 0;
		out.inKind += inKind * k;
		out.treatment += treatment * k;
		out.moneyIn += (f.cost - inKind - treatment) * k;
		out.total += f.cost * k;
	}
	return out;
}

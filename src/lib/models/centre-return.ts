import { combineFlows, type YearFlow } from './discounting';
import type { ReturnParameters } from './return-parameters';
import { benefitFlows, rangedReturn, type Ranged, type ReturnEstimate } from './roi';

/** One year of a centre's outcomes as recorded; `null` = not reported, never zero. */
export interface OutcomeYear {
	year: number;
	newPatients: number | null;
	treatedRadiotherapy: number | null;
	treatedChemotherapy: number | null;
	treatedSurgery: number | null;
}

/**
 * Patients treated in a year: the sum of patients starting radiotherapy, chemotherapy and surgery, capped at the new
 * patients seen (a patient often receives several treatments; each counts once at most). Our assumption.
 * `null` when no treatment figure is reported.
 *
 * @example patientsTreated({ newPatients: 1_000, treatedRadiotherapy: 400, treatedChemotherapy: 350, treatedSurgery: 250 }) // 1,000
 */
export function patientsTreated(o: Omit<OutcomeYear, 'year'>): number | null {
	const parts = [o.treatedRadiotherapy, o.treatedChemotherapy, o.treatedSurgery].filter(
		(v): v is number => v !== null
	);
	if (parts.length === 0) return null;
	const sum = parts.reduce((a, b) => a + b, 0);
	return o.newPatients === null ? sum : Math.min(sum, o.newPatients);
}

/** Outcomes before and after mentorship starts at one centre. */
export interface BeforeAfter {
	/** First year of mentorship; `null` when the centre has none. */
	startYear: number | null;
	/** Mean patients treated a year before mentorship started; `null` without a year before it. */
	baseline: number | null;
	/** Mean patients treated a year from the start year on. */
	after: number | null;
	/** `after / baseline − 1`; `null` when either side is missing or the baseline is zero. */
	change: number | null;
	/** Patients treated above the baseline, for each year from the start (negative when below it). */
	extra: { year: number; patients: number }[];
	status: 'ok' | 'no-mentorship' | 'no-baseline' | 'no-outcomes';
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/**
 * Compares patients treated before and after mentorship starts: baseline = mean of the years before the start;
 * extra patients in each later year = treated − baseline. A before/after comparison, not a controlled one.
 *
 * @example beforeAfter([{ year: 2015, … 100 }, { year: 2016, … 100 }, { year: 2017, … 130 }], 2017)
 * // baseline 100, after 130, change 0.3, extra [{ year: 2017, patients: 30 }]
 */
export function beforeAfter(outcomes: readonly OutcomeYear[], startYear: number | null): BeforeAfter {
	const treated = outcomes
		.map((o) => ({ year: o.year, patients: patientsTreated(o) }))
		.filter((o): o is { year: number; patients: number } => o.patients !== null);
	const none = { startYear, baseline: null, after: null, change: null, extra: [] };
	if (treated.length === 0) return { ...none, status: 'no-outcomes' };
	if (startYear === null) return { ...none, status: 'no-mentorship' };
	const baseline = mean(treated.filter((t) => t.year < startYear).map((t) => t.patients));
	const afterYears = treated.filter((t) => t.year >= startYear);
	const after = mean(afterYears.map((t) => t.patients));
	if (baseline === null) return { ...none, after, status: 'no-baseline' };
	return {
		startYear,
		baseline,
		after,
		change: after !== null && baseline > 0 ? after / baseline - 1 : null,
		extra: afterYears.map((t) => ({ year: t.year, patients: t.patients - baseline })),
		status: 'ok'
	};
}

/** What the return of one centre is computed from. */
export interface CentreReturnInput {
	centreId: string;
	/** GDP per capita of the centre's country, current US$; `null` when unknown. */
	gdpPerCapita: number | null;
	/** Money in, all sources, by year (US$, nominal). */
	investments: readonly { year: number; amount: number }[];
	comparison: BeforeAfter;
}

/**
 * Yearly costs (all money in) and benefits (extra patients treated × the attributed share, valued by the Datta et al.
 * method) of one centre. Benefits are zero when the comparison or GDP per capita is missing; costs always count.
 */
export function centreFlows(input: CentreReturnInput, p: ReturnParameters): YearFlow[] {
	const costs: YearFlow[] = input.investments.map((i) => ({
		year: i.year,
		cost: i.amount,
		benefitHC: 0,
		benefitFI: 0
	}));
	if (input.gdpPerCapita === null || input.comparison.status !== 'ok') return combineFlows([costs]);
	const extra = input.comparison.extra.map((e) => ({ year: e.year, patients: e.patients * p.attr }));
	return combineFlows([costs, benefitFlows(extra, input.gdpPerCapita, p)]);
}

/**
 * The return of several centres together (one centre, a country, the portfolio), low / central / high.
 * Flows are added year by year before discounting to `baseYear`, so country and portfolio figures add up.
 */
export function portfolioReturn(
	inputs: readonly CentreReturnInput[],
	params: ReturnParameters,
	baseYear: number
): Ranged<ReturnEstimate> {
	return rangedReturn((p) => combineFlows(inputs.map((i) => centreFlows(i, p))), params, baseYear);
}

/** The first year money came in, across the centres: the common base year of discounting. */
export function firstInvestmentYear(inputs: readonly CentreReturnInput[]): number | null {
	const years = inputs.flatMap((i) => i.investments.map((v) => v.year));
	return years.length ? Math.min(...years) : null;
}

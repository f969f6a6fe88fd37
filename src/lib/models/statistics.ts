/**
 * Pearson's correlation coefficient of paired values; `null` with fewer than three pairs or no spread.
 *
 * @example pearson([1, 2, 3], [2, 4, 6]) // 1
 */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
	const n = Math.min(xs.length, ys.length);
	if (n < 3) return null;
	let [mx, my] = [0, 0];
	for (let i = 0; i < n; i++) {
		mx += xs[i] ?? 0;
		my += ys[i] ?? 0;
	}
	[mx, my] = [mx / n, my / n];
	let [sxy, sxx, syy] = [0, 0, 0];
	for (let i = 0; i < n; i++) {
		const dx = (xs[i] ?? 0) - mx;
		const dy = (ys[i] ?? 0) - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

/** One subject followed for `time` (any unit): `event` when the event happened then, else censored then. */
export interface SurvivalObservation {
	time: number;
	event: boolean;
}

export interface SurvivalStep {
	/** An event time. */
	time: number;
	/** Subjects still followed just before `time`. */
	atRisk: number;
	/** Events at `time`. */
	events: number;
	/** Kaplan–Meier estimate of the share without the event after `time`. */
	survival: number;
	/** Greenwood's sum Σ d / (n (n − d)) up to `time`; `Infinity` once the survival reaches 0. */
	greenwood: number;
}

/**
 * Kaplan–Meier product-limit estimate (Kaplan & Meier 1958): at each event time t, S(t) = S(t⁻) × (1 − d / n), with
 * n the subjects still followed just before t and d the events at t. A subject censored at the same time as an event
 * is counted at risk for it (censoring is taken to follow events, the usual convention). Non-finite or negative times
 * are left out.
 *
 * @example kaplanMeier([{ time: 5, event: true }, { time: 8, event: false }, { time: 10, event: true }])
 * // [{ time: 5, atRisk: 3, events: 1, survival: 2/3, … }, { time: 10, atRisk: 1, events: 1, survival: 0, … }]
 */
export function kaplanMeier(observations: readonly SurvivalObservation[]): SurvivalStep[] {
	const valid = observations.filter((o) => Number.isFinite(o.time) && o.time >= 0);
	const times = [...new Set(valid.filter((o) => o.event).map((o) => o.time))].sort((a, b) => a - b);
	const steps: SurvivalStep[] = [];
	let survival = 1;
	let greenwood = 0;
	for (const time of times) {
		const atRisk = valid.filter((o) => o.time >= time).length;
		const events = valid.filter((o) => o.event && o.time === time).length;
		survival *= 1 - events / atRisk;
		greenwood += atRisk > events ? events / (atRisk * (atRisk - events)) : Infinity;
		steps.push({ time, atRisk, events, survival, greenwood });
	}
	return steps;
}

/** The 97.5th percentile of the standard normal distribution, for two-sided 95 % intervals. */
export const Z_95 = 1.959963984540054;

/**
 * The pointwise confidence interval of S(t) on the log(−log) scale (Kalbfleisch & Prentice 1980), which stays inside
 * [0, 1]: S^exp(±z·√V), V = greenwood / (ln S)². `null` where S is 0 or 1 (no spread to speak of).
 */
export function survivalInterval(
	step: Pick<SurvivalStep, 'survival' | 'greenwood'>,
	z = Z_95
): { lower: number; upper: number } | null {
	const { survival: s, greenwood } = step;
	if (!(s > 0 && s < 1) || !Number.isFinite(greenwood)) return null;
	const spread = (z * Math.sqrt(greenwood)) / Math.abs(Math.log(s));
	return { lower: s ** Math.exp(spread), upper: s ** Math.exp(-spread) };
}

export interface SurvivalMedian {
	/** Subjects followed, and how many had the event. */
	subjects: number;
	events: number;
	/** The first event time at which the estimate falls to one half or below; `null`: not reached. */
	median: number | null;
	/**
	 * 95 % interval of the median (Brookmeyer & Crowley 1982): the first event time at which the lower (for `lower`) or
	 * the upper (for `upper`) confidence curve of S falls to one half or below; `null` where that never happens in the
	 * follow-up (not estimable).
	 */
	lower: number | null;
	upper: number | null;
}

/**
 * Median time to the event from a Kaplan–Meier estimate, with its 95 % confidence interval where estimable. When
 * fewer than half of the subjects have had the event by the end of the follow-up the median is not reached (`null`),
 * never the longest time seen.
 *
 * @example survivalMedian([5✓, 10✓, 12✗, 20✓, 25✗, 30✓]) // { median: 20, lower: 5, upper: null, … } (see the spec)
 */
export function survivalMedian(observations: readonly SurvivalObservation[], z = Z_95): SurvivalMedian {
	const steps = kaplanMeier(observations);
	const half = 0.5 + 1e-12;
	const first = (test: (s: SurvivalStep) => boolean) => steps.find(test)?.time ?? null;
	// Where the estimate reaches 0 its log(−log) interval is undefined: the lower curve is 0 too, the upper is unknown.
	const bound = (s: SurvivalStep, side: 'lower' | 'upper') =>
		survivalInterval(s, z)?.[side] ?? (side === 'lower' ? 0 : Infinity);
	return {
		subjects: observations.filter((o) => Number.isFinite(o.time) && o.time >= 0).length,
		events: steps.reduce((n, s) => n + s.events, 0),
		median: first((s) => s.survival <= half),
		lower: first((s) => bound(s, 'lower') <= half),
		upper: first((s) => bound(s, 'upper') <= half)
	};
}

import { formatDecimal, type FormatOptions } from '$lib/format';
import { m } from '$lib/i18n';
import type { Interval, MeasureResult, PaybackInterval, ReturnGap } from '$lib/models/roi';
import { formatUsd } from './money';
import { parameterText } from './parameter-text';

/** Why a figure is missing, in words: never a zero, a loss or "never". */
export function gapText(gap: ReturnGap): string {
	switch (gap.kind) {
		case 'no-comparison':
			return {
				'no-outcomes': m.roi_gap_no_outcomes(),
				'no-mentorship': m.roi_gap_no_mentorship(),
				'no-baseline': m.roi_gap_no_baseline(),
				mixed: m.roi_gap_mixed()
			}[gap.reason];
		case 'no-gdp':
			return m.roi_gap_no_gdp();
		case 'no-cost':
			return m.roi_gap_no_cost();
		case 'not-set':
			return m.roi_gap_not_set({ parameter: parameterText[gap.parameter].label() });
	}
}

/** A central figure with its 95 % interval: "US$2 M (US$1 M to US$3 M)". */
export function formatInterval(i: Interval, format: (v: number) => string): string {
	return m.roi_range({ central: format(i.central), low: format(i.low), high: format(i.high) });
}

/** A payback year, or "not by 2031" when the flows end first. */
export const paybackYear = (year: number | null, horizon: number): string =>
	year === null ? m.roi_payback_not_by({ year: horizon }) : String(year);

/** Payback with its interval, earliest to latest: "2024 (2022 to not by 2031)"; one figure when all agree. */
export function formatPayback(p: PaybackInterval): string {
	if (p.central === p.earliest && p.central === p.latest) return paybackYear(p.central, p.horizon);
	return m.roi_range({
		central: paybackYear(p.central, p.horizon),
		low: paybackYear(p.earliest, p.horizon),
		high: paybackYear(p.latest, p.horizon)
	});
}

/** One figure of a measure (net present value in US$, or benefit-cost ratio), or why it is missing. */
export function measureText(r: MeasureResult, figure: 'npv' | 'bcr' | 'payback', f: FormatOptions): string {
	if (r.status === 'missing') return gapText(r.gap);
	if (figure === 'payback') return formatPayback(r.payback);
	if (figure === 'npv') return formatInterval(r.npv, (v) => formatUsd(v, f));
	return formatInterval(r.bcr, (v) => formatDecimal(v, f, 2));
}

/** CSV cells of a measure: npv, bcr and payback (central, low, high) and the reason when missing (empty cells). */
export function measureCells(r: MeasureResult): (string | number | null)[] {
	if (r.status === 'missing')
		return [
			...Array<null>(9).fill(null),
			r.gap.kind === 'no-comparison'
				? `no-comparison:${r.gap.reason}`
				: r.gap.kind === 'not-set'
					? `not-set:${r.gap.parameter}`
					: r.gap.kind
		];
	return [
		r.npv.central,
		r.npv.low,
		r.npv.high,
		r.bcr.central,
		r.bcr.low,
		r.bcr.high,
		r.payback.central ?? `not by ${r.payback.horizon}`,
		r.payback.earliest ?? `not by ${r.payback.horizon}`,
		r.payback.latest ?? `not by ${r.payback.horizon}`,
		null
	];
}

export const measureHeader = (prefix: string): string[] =>
	['npv', 'bcr', 'payback']
		.flatMap((k) =>
			(k === 'payback' ? ['central', 'earliest', 'latest'] : ['central', 'low', 'high']).map(
				(p) => `${prefix}_${k}_${p}`
			)
		)
		.concat(`${prefix}_missing_reason`);

/** The central value behind a figure, for the consistency checks; `null` when the figure is missing. */
export const measureCentral = (r: MeasureResult, figure: 'npv' | 'bcr'): number | null =>
	r.status === 'missing' ? null : r[figure].central;

/** The central payback year behind a figure; `null` when missing or not reached within the flows. */
export const measurePayback = (r: MeasureResult): number | null =>
	r.status === 'missing' ? null : r.payback.central;

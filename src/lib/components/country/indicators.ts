import { formatDecimal, formatInteger, formatPercent, type FormatOptions } from '$lib/format';
import { m } from '$lib/i18n';
import { quantileScale, shareScale, thresholdScale, viridis5, type ClassedScale } from '$lib/map/scales';
import type { UnitView } from '$lib/models/country-what-if';

/** The indicators an admin-1 map can be coloured by; the first is the default. */
export const unitIndicators = ['gap', 'per_million', 'need', 'beyond100', 'beyond200'] as const;
export type UnitIndicator = (typeof unitIndicators)[number];

export function isUnitIndicator(value: string | null): value is UnitIndicator {
	return (unitIndicators as readonly string[]).includes(value ?? '');
}

/** A map indicator: one of the modelled ones, or column `n` of the user's own figures (`file-0`, `file-1`…). */
export type MapIndicator = UnitIndicator | `file-${number}`;

export function figureIndex(indicator: MapIndicator): number | null {
	return indicator.startsWith('file-') ? Number(indicator.slice(5)) : null;
}

/** The indicator a URL asks for, when it exists here (a user column only while its file is loaded). */
export function readIndicator(value: string | null, figureColumns: number): MapIndicator {
	if (isUnitIndicator(value)) return value;
	const match = /^file-(\d{1,3})$/.exec(value ?? '');
	const index = match ? Number(match[1]) : -1;
	return index >= 0 && index < figureColumns ? `file-${index}` : unitIndicators[0];
}

export const indicatorLabel: Record<UnitIndicator, () => string> = {
	gap: m.country_ind_gap,
	per_million: m.country_ind_per_million,
	need: m.country_ind_need,
	beyond100: m.country_ind_beyond100,
	beyond200: m.country_ind_beyond200
};

export function indicatorValue(unit: UnitView, indicator: UnitIndicator): number | null {
	switch (indicator) {
		case 'gap':
			return unit.machineGap;
		case 'per_million':
			return unit.machinesPerMillion;
		case 'need':
			return unit.machinesNeeded;
		case 'beyond100':
			return unit.shareBeyond100;
		case 'beyond200':
			return unit.shareBeyond200;
	}
}

export function formatIndicator(value: number | null, indicator: UnitIndicator, f: FormatOptions): string {
	if (indicator === 'beyond100' || indicator === 'beyond200') return formatPercent(value, f);
	return formatDecimal(value, f, 1);
}

/** Machines per million on fixed classes around the 4-per-million benchmark; other counts by quantiles. */
const perMillionScale = thresholdScale([0.5, 1, 2, 4], viridis5);

export function indicatorScale(units: readonly UnitView[], indicator: UnitIndicator): ClassedScale {
	if (indicator === 'beyond100' || indicator === 'beyond200') return shareScale;
	if (indicator === 'per_million') return perMillionScale;
	// Estimated need and machine gap: more is worse, so the darkest class is the largest.
	return quantileScale(
		units.map((u) => indicatorValue(u, indicator)),
		true
	);
}

/** "< 1.0", "1.0–2.0", "≥ 4.0" for each class, in the indicator's own format. */
export function classLabels(
	scale: ClassedScale,
	show: (v: number | null) => string,
	label: string
): string[] {
	return scale.classes.map((c) =>
		c.from === null && c.to === null
			? label
			: c.from === null
				? `< ${show(c.to)}`
				: c.to === null
					? `≥ ${show(c.from)}`
					: `${show(c.from)}–${show(c.to)}`
	);
}

/** A user's figure as written: whole numbers without decimals, others to one decimal. */
export function formatFigure(value: number | null, f: FormatOptions): string {
	return value !== null && Number.isInteger(value) ? formatInteger(value, f) : formatDecimal(value, f, 1);
}

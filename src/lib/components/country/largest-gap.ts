import { formatDecimal, formatInteger, type FormatOptions } from '$lib/format';
import { m } from '$lib/i18n';
import type { LargestGap } from '$lib/state/country-figures';

/** The worst-unit sentence of the country page and the country report, and the note on units left out of it. */
export function largestGapText(
	largest: LargestGap<{ name: string; machineGap: number | null }>,
	country: string,
	f: FormatOptions
): { title: string; leftOut: string | null } {
	const { unit, leftOut } = largest;
	const gap = unit?.machineGap ?? null;
	const title =
		unit && gap !== null
			? m.country_map_title({
					unit: unit.name,
					country,
					gap: formatDecimal(gap, f, 1),
					gapValue: Math.round(gap * 10) / 10
				})
			: m.country_map_title_none({ country });
	return {
		title,
		leftOut:
			leftOut > 0 ? m.country_units_left_out({ count: formatInteger(leftOut, f), countValue: leftOut }) : null
	};
}

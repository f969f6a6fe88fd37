import type { Admin1Record } from '$lib/data/queries/country';
import { formatPercent, type FormatOptions } from '$lib/format';
import { thresholdScale, viridis5, type ClassedScale } from '$lib/map/scales';

/** Share of people beyond 100 km of a machine, darkest for the most people far away. */
export const distanceScale = thresholdScale([0.2, 0.4, 0.6, 0.8], [...viridis5].reverse());

/** Legend labels of a classed scale of shares: "< 20 %", "20 %–40 %", …, "≥ 80 %". */
export function shareClassLabels(scale: ClassedScale, f: FormatOptions): string[] {
	return scale.classes.map((c) =>
		c.from === null
			? `< ${formatPercent(c.to, f)}`
			: c.to === null
				? `≥ ${formatPercent(c.from, f)}`
				: `${formatPercent(c.from, f)}–${formatPercent(c.to, f)}`
	);
}

/** A unit's share of people beyond 100 km of a megavoltage machine; `null` when unknown. */
export function beyond100km(unit: Admin1Record): number | null {
	return unit.share_within_100km === null ? null : 1 - unit.share_within_100km;
}

/**
 * The country's share of people beyond 100 km of a machine, weighting each unit by its population; `null` when no
 * unit has both figures.
 *
 * @example nationalBeyond([{ population: 100, share_within_100km: 0.5 }, { population: 300, share_within_100km: 1 }]) // 0.125
 */
export function nationalBeyond(
	units: readonly Pick<Admin1Record, 'population' | 'share_within_100km'>[]
): number | null {
	let people = 0;
	let far = 0;
	for (const u of units) {
		if (u.population === null || u.share_within_100km === null) continue;
		people += u.population;
		far += u.population * (1 - u.share_within_100km);
	}
	return people > 0 ? far / people : null;
}

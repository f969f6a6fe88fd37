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

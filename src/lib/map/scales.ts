/** Colour-blind-safe classed scales for choropleths; missing values get their own class, never a colour of the ramp. */
export interface ColourClass {
	/** Inclusive lower bound; `null` for the first class. */
	from: number | null;
	/** Exclusive upper bound; `null` for the last class. */
	to: number | null;
	colour: string;
}

export interface ClassedScale {
	classes: readonly ColourClass[];
	colourFor(value: number | null | undefined): string | null;
}

/** Viridis in five steps (dark = least), readable for the common colour-vision deficiencies. */
export const viridis5 = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'] as const;

export const noDataColour = '#d9d9d9';

/** A threshold scale: `breaks` of length n − 1 split values into the n colours. */
export function thresholdScale(breaks: readonly number[], colours: readonly string[]): ClassedScale {
	if (colours.length !== breaks.length + 1) {
		throw new Error(
			`A threshold scale needs one more colour than breaks (${breaks.length} breaks, ${colours.length} colours)`
		);
	}
	const classes = colours.map((colour, i) => ({
		from: i === 0 ? null : (breaks[i - 1] ?? null),
		to: i === breaks.length ? null : (breaks[i] ?? null),
		colour
	}));
	return {
		classes,
		colourFor(value) {
			if (value === null || value === undefined || !Number.isFinite(value)) return null;
			const index = breaks.findIndex((b) => value < b);
			return colours[index === -1 ? breaks.length : index] ?? null;
		}
	};
}

/** The five classes of "share of need met". */
export const accessScale = thresholdScale([0.2, 0.4, 0.6, 0.8], viridis5);

/** The five classes of a share of people (0–1), e.g. the share beyond 100 km of a machine. */
export const shareScale = thresholdScale([0.2, 0.4, 0.6, 0.8], viridis5);

/** Rounds to two significant digits, so legend breaks read as plain numbers (1.234 → 1.2, 4,567 → 4,600). */
export function roundBreak(value: number): number {
	if (value === 0 || !Number.isFinite(value)) return value;
	const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
	return Math.round(value / magnitude) * magnitude;
}

/**
 * Quantile breaks (rounded, strictly increasing) over the finite values, for up to `classes` classes; fewer when the
 * values are few or tied. Missing values are left out: they get the "no data" class, never a colour of the ramp.
 *
 * @example quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5) // [3, 5, 7, 9]
 */
export function quantileBreaks(values: readonly (number | null)[], classes = 5): number[] {
	const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length < 2) return [];
	const breaks: number[] = [];
	for (let i = 1; i < classes; i++) {
		const at = sorted[Math.floor((i * sorted.length) / classes)] ?? 0;
		const rounded = roundBreak(at);
		const previous = breaks[breaks.length - 1];
		const lowest = sorted[0] ?? 0;
		if (rounded > lowest && (previous === undefined || rounded > previous)) breaks.push(rounded);
	}
	return breaks;
}

/**
 * A classed scale on the quantiles of `values`, darkest for the worst: viridis as is when lower is worse, reversed
 * when higher is worse.
 */
export function quantileScale(values: readonly (number | null)[], higherIsWorse: boolean): ClassedScale {
	const breaks = quantileBreaks(values, viridis5.length);
	const ramp = higherIsWorse ? [...viridis5].reverse() : [...viridis5];
	const step = (ramp.length - 1) / Math.max(1, breaks.length);
	const colours = Array.from({ length: breaks.length + 1 }, (_, i) => ramp[Math.round(i * step)] ?? '#000');
	return thresholdScale(breaks, colours);
}

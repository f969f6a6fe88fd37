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

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

/**
 * Five classes from the values themselves: breaks at the 20th, 40th, 60th and 80th percentiles of the known
 * values (nearest rank), made strictly increasing; with fewer distinct values, fewer breaks and colours.
 *
 * @example quantileScale([1, 2, 3, 4, 5]).classes.length // 5
 */
export function quantileScale(
	values: readonly (number | null)[],
	colours: readonly string[] = viridis5
): ClassedScale {
	const known = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
	const breaks: number[] = [];
	for (let i = 1; i < colours.length; i++) {
		const at = known[Math.min(known.length - 1, Math.ceil((i / colours.length) * known.length))];
		if (at !== undefined && at > (breaks.at(-1) ?? known[0] ?? 0)) breaks.push(at);
	}
	return thresholdScale(breaks, colours.slice(0, breaks.length + 1));
}

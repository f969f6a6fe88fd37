import type { ExpressionSpecification } from 'maplibre-gl';
import type { ClassedScale } from './scales';

/**
 * A `match` on each feature's ISO3 giving its class colour; features without a value fall through to `fallback`.
 * Values are joined to shapes here rather than by rebuilding the GeoJSON.
 */
export function fillColourExpression(
	values: ReadonlyMap<string, number | null>,
	scale: ClassedScale,
	fallback: string
): ExpressionSpecification | string {
	const pairs: string[] = [];
	for (const [iso3, value] of values) {
		const colour = scale.colourFor(value);
		if (colour) pairs.push(iso3, colour);
	}
	if (pairs.length === 0) return fallback;
	return ['match', ['get', 'iso3'], ...pairs, fallback] as unknown as ExpressionSpecification;
}

/** A filter selecting the features whose ISO3 is in `codes` (for the hatched "no record" layer). */
export function iso3Filter(codes: readonly string[]): ExpressionSpecification {
	return ['in', ['get', 'iso3'], ['literal', [...codes]]];
}

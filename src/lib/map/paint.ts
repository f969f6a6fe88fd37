import type { ExpressionSpecification } from 'maplibre-gl';
import type { ClassedScale } from './scales';

/**
 * A `match` on each feature's key (ISO3 on the world map, `admin1_code` on a country's map) giving its class
 * colour; features without a value fall through to `fallback`. Values are joined to shapes here rather than by
 * rebuilding the GeoJSON.
 */
export function fillColourExpression(
	values: ReadonlyMap<string, number | null>,
	scale: ClassedScale,
	fallback: string,
	property = 'iso3'
): ExpressionSpecification | string {
	const pairs: string[] = [];
	for (const [iso3, value] of values) {
		const colour = scale.colourFor(value);
		if (colour) pairs.push(iso3, colour);
	}
	if (pairs.length === 0) return fallback;
	return ['match', ['get', property], ...pairs, fallback] as unknown as ExpressionSpecification;
}

/** A filter selecting the features whose ISO3 (or other key `property`) is in `codes`. */
export function iso3Filter(codes: readonly string[], property = 'iso3'): ExpressionSpecification {
	return ['in', ['get', property], ['literal', [...codes]]];
}

/**
 * Circle radius in pixels for a facility with `machines` megavoltage units: the area grows with the count
 * (radius ∝ √machines), so a 9-machine centre reads three times as wide as a one-machine centre, not nine.
 *
 * @example machineRadius(1) // 5; machineRadius(9) // 11; machineRadius(0) // 3
 */
export function machineRadius(machines: number): number {
	return machines > 0 ? 2 + 3 * Math.sqrt(machines) : 3;
}

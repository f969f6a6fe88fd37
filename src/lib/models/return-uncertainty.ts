import {
	returnParameter,
	uncertainParameterIds,
	type ReturnParameterId,
	type ReturnParameters,
	type Triangular
} from './return-parameters';

/** Draws in the probabilistic sensitivity analysis: enough for stable 2.5 / 97.5 % points, fast in a browser. */
export const defaultDraws = 1_000;
/** Fixed seed: the same page shows the same interval every time, and every row uses the same draws. */
export const defaultSeed = 20_150_926;

/**
 * Mulberry32: a small, fast, deterministic 32-bit generator, uniform on [0, 1).
 *
 * @example const next = mulberry32(1); next() // 0.6270739405881613
 */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/**
 * The value of a triangular distribution at cumulative probability `u` (its inverse CDF).
 *
 * @example triangularQuantile({ min: 0, mode: 0.5, max: 1 }, 0.5) // 0.5
 */
export function triangularQuantile({ min, mode, max }: Triangular, u: number): number {
	if (max <= min) return mode;
	const split = (mode - min) / (max - min);
	return u < split
		? min + Math.sqrt(u * (max - min) * (mode - min))
		: max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}

/** A parameter's distribution around the value in use: the documented one, widened to hold a user's own value. */
export function distributionAt(id: ReturnParameterId, value: number): Triangular | null {
	const u = returnParameter(id).uncertainty;
	if (!u) return null;
	return { min: Math.min(u.min, value), mode: value, max: Math.max(u.max, value) };
}

/**
 * `n` parameter sets for the probabilistic sensitivity analysis: every uncertain parameter drawn independently
 * from its triangular distribution around the value in use; choices (no uncertainty) held at their value.
 *
 * @example drawParameters(defaultReturnParameters, 1_000).length // 1000
 */
export function drawParameters(
	params: ReturnParameters,
	n: number = defaultDraws,
	seed: number = defaultSeed
): ReturnParameters[] {
	const next = mulberry32(seed);
	const draws: ReturnParameters[] = [];
	for (let i = 0; i < n; i++) {
		const draw: Record<string, number | null> = { ...params };
		for (const id of uncertainParameterIds) {
			const value = params[id];
			const d = value === null ? null : distributionAt(id, value);
			const u = next();
			if (d) draw[id] = triangularQuantile(d, u);
		}
		draws.push(draw as ReturnParameters);
	}
	return draws;
}

/**
 * The `q` quantile of values (linear interpolation between order statistics, R type 7). `Infinity` sorts last,
 * so "not paid back" draws count as the latest payback.
 *
 * @example quantile([1, 2, 3, 4, 5], 0.5) // 3
 */
export function quantile(values: readonly number[], q: number): number {
	return quantileOfSorted(Float64Array.from(values).sort(), q);
}

/** `quantile` of values already sorted ascending, so that one sort serves several quantiles. */
function quantileOfSorted(sorted: Float64Array, q: number): number {
	if (sorted.length === 0) return Number.NaN;
	const h = (sorted.length - 1) * q;
	const lo = Math.floor(h);
	const a = sorted[lo] as number;
	const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
	if (!Number.isFinite(a) || !Number.isFinite(b)) return h - lo > 0 ? b : a;
	return a + (h - lo) * (b - a);
}

/**
 * The 2.5 % and 97.5 % points: a 95 % interval. One numeric sort of a typed copy serves both points: the interval is
 * taken for every row and measure on each parameter change, and a comparator sort of the draws twice was most of it.
 */
export function intervalOf(values: readonly number[]): { low: number; high: number } {
	const sorted = Float64Array.from(values).sort();
	return { low: quantileOfSorted(sorted, 0.025), high: quantileOfSorted(sorted, 0.975) };
}

/**
 * The two values a one-way sensitivity analysis tries for a parameter: the 2.5 % and 97.5 % points of its
 * distribution, or, for a choice, its documented alternatives. `null` when the parameter has neither.
 */
export function oneWayValues(id: ReturnParameterId, value: number): readonly [number, number] | null {
	const d = distributionAt(id, value);
	if (d) return [triangularQuantile(d, 0.025), triangularQuantile(d, 0.975)];
	return returnParameter(id).alternatives ?? null;
}

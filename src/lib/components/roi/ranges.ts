import type { Ranged } from '$lib/models/roi';

/** One figure out of a ranged result, at each end of the range. */
export function pick<T, V>(r: Ranged<T>, get: (value: T) => V): Ranged<V> {
	return { low: get(r.low), central: get(r.central), high: get(r.high) };
}

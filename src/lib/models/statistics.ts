/**
 * Pearson's correlation coefficient of paired values; `null` with fewer than three pairs or no spread.
 *
 * @example pearson([1, 2, 3], [2, 4, 6]) // 1
 */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
	const n = Math.min(xs.length, ys.length);
	if (n < 3) return null;
	let [mx, my] = [0, 0];
	for (let i = 0; i < n; i++) {
		mx += xs[i] ?? 0;
		my += ys[i] ?? 0;
	}
	[mx, my] = [mx / n, my / n];
	let [sxy, sxx, syy] = [0, 0, 0];
	for (let i = 0; i < n; i++) {
		const dx = (xs[i] ?? 0) - mx;
		const dy = (ys[i] ?? 0) - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

import { describe, expect, it } from 'vitest';
import { defaultReturnParameters as d } from './return-parameters';
import {
	distributionAt,
	drawParameters,
	mulberry32,
	oneWayValues,
	quantile,
	triangularQuantile
} from './return-uncertainty';

describe('mulberry32', () => {
	it('is deterministic and uniform on [0, 1)', () => {
		const a = mulberry32(7);
		const b = mulberry32(7);
		const xs = Array.from({ length: 10_000 }, () => a());
		expect(Array.from({ length: 10_000 }, () => b())).toEqual(xs);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThan(1);
		expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
	});
});

describe('triangular distribution', () => {
	const t = { min: 0.1, mode: 0.3, max: 0.5 };
	it('has its ends at 0 and 1 and its mode at the split', () => {
		expect(triangularQuantile(t, 0)).toBeCloseTo(0.1, 12);
		expect(triangularQuantile(t, 1)).toBeCloseTo(0.5, 12);
		expect(triangularQuantile(t, 0.5)).toBeCloseTo(0.3, 12);
	});

	it('puts the 2.5 % point at min + √(0.025 × (max − min) × (mode − min))', () => {
		expect(triangularQuantile(t, 0.025)).toBeCloseTo(0.1 + Math.sqrt(0.025 * 0.4 * 0.2), 12);
	});

	it('widens to hold a user value outside the published range', () => {
		expect(distributionAt('surv', 0.6)).toEqual({ min: 0.1, mode: 0.6, max: 0.6 });
		expect(distributionAt('vly', 2.3)).toBeNull();
	});
});

describe('drawParameters', () => {
	it('draws uncertain parameters inside their range and holds choices', () => {
		const draws = drawParameters(d, 2_000);
		const surv = draws.map((p) => p.surv);
		expect(Math.min(...surv)).toBeGreaterThanOrEqual(0.1);
		expect(Math.max(...surv)).toBeLessThanOrEqual(0.5);
		expect(surv.reduce((a, b) => a + b, 0) / surv.length).toBeCloseTo(0.3, 2);
		expect(new Set(draws.map((p) => p.vly))).toEqual(new Set([2.3]));
		expect(new Set(draws.map((p) => p.disc))).toEqual(new Set([0.03]));
		expect(new Set(draws.map((p) => p.emp))).toEqual(new Set([null]));
	});

	it('draws parameters independently (no correlation between survival and running cost)', () => {
		const draws = drawParameters(d, 2_000);
		const x = draws.map((p) => p.surv);
		const y = draws.map((p) => p.run);
		const mx = x.reduce((a, b) => a + b) / x.length;
		const my = y.reduce((a, b) => a + b) / y.length;
		const cov = x.reduce((a, xi, i) => a + (xi - mx) * ((y[i] ?? 0) - my), 0);
		const sx = Math.sqrt(x.reduce((a, xi) => a + (xi - mx) ** 2, 0));
		const sy = Math.sqrt(y.reduce((a, yi) => a + (yi - my) ** 2, 0));
		expect(Math.abs(cov / (sx * sy))).toBeLessThan(0.06);
	});
});

describe('quantile', () => {
	it.each([
		[[1, 2, 3, 4, 5], 0.5, 3],
		[[1, 2, 3, 4, 5], 0.25, 2],
		[[5, 1, 3], 0, 1],
		[[1, 2], 0.5, 1.5]
	])('%o at %s = %s', (xs, q, expected) => expect(quantile(xs, q)).toBeCloseTo(expected, 12));

	it('sorts "never" (Infinity) last', () => {
		expect(quantile([2020, Infinity, 2022], 1)).toBe(Infinity);
		expect(quantile([2020, Infinity, 2022], 0)).toBe(2020);
	});
});

describe('oneWayValues', () => {
	it('uses the 2.5 and 97.5 % points for an uncertainty and the alternatives for a choice', () => {
		const [lo, hi] = oneWayValues('attr', 0.5) ?? [0, 0];
		expect(lo).toBeGreaterThan(0.25);
		expect(hi).toBeLessThan(0.75);
		expect(oneWayValues('disc', 0.03)).toEqual([0, 0.06]);
		expect(oneWayValues('vly', 2.3)).toEqual([0.2, 2.1]);
		expect(oneWayValues('cap1', 2_050_000)).toBeNull();
	});
});

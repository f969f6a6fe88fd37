import { describe, expect, it } from 'vitest';
import { kaplanMeier, pearson, survivalInterval, survivalMedian } from './statistics';

describe('pearson', () => {
	it.each<[number[], number[], number | null]>([
		[[1, 2, 3], [2, 4, 6], 1],
		[[1, 2, 3], [6, 4, 2], -1],
		[[1, 2, 3, 4], [1, 3, 2, 4], 0.8],
		[[1, 2], [1, 2], null],
		[[1, 1, 1], [1, 2, 3], null],
		[[], [], null]
	])('pearson(%o, %o) = %s', (xs, ys, expected) => {
		const r = pearson(xs, ys);
		if (expected === null) expect(r).toBeNull();
		else expect(r).toBeCloseTo(expected, 10);
	});
});

// A hand-worked example. Six requests, days to match (✓) or days followed while still waiting (✗):
// 5✓ 10✓ 12✗ 20✓ 25✗ 30✓.
//   day  5: 6 at risk, 1 match: S = 5/6            = 0.8333; Greenwood Σ d/(n(n−d)) = 1/30
//   day 10: 5 at risk, 1 match: S = 5/6 × 4/5 = 2/3 = 0.6667; Σ = 1/30 + 1/20        = 1/12
//   (day 12: one censored; 3 remain)
//   day 20: 3 at risk, 1 match: S = 2/3 × 2/3 = 4/9 = 0.4444; Σ = 1/12 + 1/6         = 1/4
//   (day 25: one censored)
//   day 30: 1 at risk, 1 match: S = 0
// The median is day 20, the first day S ≤ 1/2 (the matched-only median of 5, 10, 20, 30 would say 15).
// 95 % log(−log) band, S^exp(±1.96 √Σ / |ln S|):
//   day  5: √(1/30) = 0.1826, |ln S| = 0.1823, exp(±1.9627) → [0.8333^7.117, 0.8333^0.1405] = [0.273, 0.975]
//   day 10: √(1/12) = 0.2887, |ln S| = 0.4055, exp(±1.3954) → [0.195, 0.904]
//   day 20: √(1/4)  = 0.5,    |ln S| = 0.8109, exp(±1.2085) → [0.066, 0.785]
// Lower limit of the median: the lower curve is at or below 1/2 already on day 5. Upper limit: the upper curve stays
// above 1/2 up to day 20 and is undefined at S = 0, so it is not estimable.
describe('Kaplan–Meier time to match, worked by hand', () => {
	const observations = [
		{ time: 5, event: true },
		{ time: 10, event: true },
		{ time: 12, event: false },
		{ time: 20, event: true },
		{ time: 25, event: false },
		{ time: 30, event: true }
	];
	it('steps down at each match, with the censored requests at risk until they leave', () => {
		const steps = kaplanMeier(observations);
		expect(steps.map((s) => [s.time, s.atRisk, s.events])).toEqual([
			[5, 6, 1],
			[10, 5, 1],
			[20, 3, 1],
			[30, 1, 1]
		]);
		expect(steps.map((s) => s.survival)).toEqual([
			expect.closeTo(5 / 6, 12),
			expect.closeTo(2 / 3, 12),
			expect.closeTo(4 / 9, 12),
			0
		]);
		expect(steps.slice(0, 3).map((s) => s.greenwood)).toEqual([
			expect.closeTo(1 / 30, 12),
			expect.closeTo(1 / 12, 12),
			expect.closeTo(1 / 4, 12)
		]);
	});
	it('gives the log(−log) band of each step', () => {
		const bands = kaplanMeier(observations).map((s) => survivalInterval(s));
		expect(bands[0]?.lower).toBeCloseTo(0.273, 3);
		expect(bands[0]?.upper).toBeCloseTo(0.975, 3);
		expect(bands[1]?.lower).toBeCloseTo(0.195, 3);
		expect(bands[1]?.upper).toBeCloseTo(0.904, 3);
		expect(bands[2]?.lower).toBeCloseTo(0.066, 3);
		expect(bands[2]?.upper).toBeCloseTo(0.785, 3);
		expect(bands[3]).toBeNull();
	});
	it('puts the median at day 20, its interval from day 5 to not estimable', () => {
		expect(survivalMedian(observations)).toEqual({
			subjects: 6,
			events: 4,
			median: 20,
			lower: 5,
			upper: null
		});
	});
	it('says "not reached" when fewer than half are matched, never the longest wait', () => {
		const result = survivalMedian([
			{ time: 3, event: true },
			{ time: 40, event: false },
			{ time: 50, event: false }
		]);
		expect(result).toMatchObject({ subjects: 3, events: 1, median: null, upper: null });
	});
	it('equals the plain median when nothing is censored and the count is odd', () => {
		const times = [4, 9, 15, 22, 60];
		expect(survivalMedian(times.map((time) => ({ time, event: true }))).median).toBe(15);
	});
	it('has nothing to say about no requests, and leaves out impossible times', () => {
		expect(survivalMedian([])).toEqual({ subjects: 0, events: 0, median: null, lower: null, upper: null });
		expect(
			kaplanMeier([
				{ time: Number.NaN, event: true },
				{ time: -1, event: true }
			])
		).toEqual([]);
	});
	it('counts ties of events and censoring: the censored are at risk at the tied time', () => {
		const [step] = kaplanMeier([
			{ time: 7, event: true },
			{ time: 7, event: false },
			{ time: 9, event: true }
		]);
		expect(step).toMatchObject({ time: 7, atRisk: 3, events: 1, survival: expect.closeTo(2 / 3, 12) });
	});
});

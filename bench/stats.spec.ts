import { describe, expect, it } from 'vitest';
import { median, percentile } from './stats';

describe('median', () => {
	it.each([
		[[3, 1, 2], 2],
		[[4, 1, 3, 2], 2.5],
		[[7], 7]
	])('of %j is %d', (values, expected) => expect(median(values)).toBe(expected));

	it('is NaN for no values', () => expect(median([])).toBeNaN());
});

describe('percentile', () => {
	const twenty = Array.from({ length: 20 }, (_, i) => 20 - i);
	it.each([
		[50, 10.5],
		[95, 19.05],
		[0, 1],
		[100, 20]
	])('p%d of 1…20 is %d', (p, expected) => expect(percentile(twenty, p)).toBeCloseTo(expected, 10));

	it('p50 is the median', () => expect(percentile([4, 1, 3, 2], 50)).toBe(median([4, 1, 3, 2])));
	it('is NaN for no values', () => expect(percentile([], 95)).toBeNaN());
});

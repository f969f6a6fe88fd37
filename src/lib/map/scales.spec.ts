import { describe, expect, it } from 'vitest';
import { quantileBreaks, quantileScale, roundBreak, viridis5 } from './scales';

describe('roundBreak', () => {
	it.each([
		[1.234, 1.2],
		[4567, 4600],
		[0.0456, 0.046],
		[0, 0],
		[-12.6, -13]
	])('roundBreak(%f) = %f', (value, expected) => expect(roundBreak(value)).toBeCloseTo(expected, 10));
});

describe('quantileBreaks', () => {
	it('splits ten values into five classes', () => {
		expect(quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5)).toEqual([3, 5, 7, 9]);
	});
	it('leaves out missing values and collapses ties', () => {
		expect(quantileBreaks([null, 0, 0, 0, 0, 0, 0, 0, 0, 5, Number.NaN], 5)).toEqual([]);
		expect(quantileBreaks([0, 0, 0, 0, 0, 0, 1, 2, 3, 4], 5)).toEqual([1, 3]);
	});
	it('gives no break for fewer than two values', () => {
		expect(quantileBreaks([], 5)).toEqual([]);
		expect(quantileBreaks([4], 5)).toEqual([]);
	});
});

describe('quantileScale', () => {
	it('draws the largest values darkest when higher is worse', () => {
		const scale = quantileScale([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], true);
		expect(scale.colourFor(10)).toBe(viridis5[0]);
		expect(scale.colourFor(1)).toBe(viridis5[4]);
	});
	it('draws the smallest values darkest when lower is worse', () => {
		const scale = quantileScale([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], false);
		expect(scale.colourFor(1)).toBe(viridis5[0]);
		expect(scale.colourFor(null)).toBeNull();
	});
	it('spreads fewer classes across the whole ramp', () => {
		const scale = quantileScale([0, 0, 0, 0, 0, 0, 1, 2, 3, 4], true);
		expect(scale.classes.map((c) => c.colour)).toEqual([viridis5[4], viridis5[2], viridis5[0]]);
	});
});

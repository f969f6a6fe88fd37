import { describe, expect, it } from 'vitest';
import { median } from './stats';

describe('median', () => {
	it.each([
		[[3, 1, 2], 2],
		[[4, 1, 3, 2], 2.5],
		[[7], 7]
	])('of %j is %d', (values, expected) => expect(median(values)).toBe(expected));

	it('is NaN for no values', () => expect(median([])).toBeNaN());
});

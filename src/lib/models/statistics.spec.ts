import { describe, expect, it } from 'vitest';
import { pearson } from './statistics';

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

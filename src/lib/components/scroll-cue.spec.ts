import { describe, expect, it } from 'vitest';
import { edgesOf } from './scroll-cue';

describe('edgesOf', () => {
	it.each([
		['fits', 0, 600, 600, { overflowing: false, atStart: true, atEnd: true }],
		['fits within rounding', 0, 600, 601, { overflowing: false, atStart: true, atEnd: true }],
		['wider, at the start', 0, 300, 900, { overflowing: true, atStart: true, atEnd: false }],
		['wider, scrolled part way', 250, 300, 900, { overflowing: true, atStart: false, atEnd: false }],
		['wider, at the end', 600, 300, 900, { overflowing: true, atStart: false, atEnd: true }],
		[
			'wider, at the end but for a fraction',
			599.5,
			300,
			900,
			{ overflowing: true, atStart: false, atEnd: true }
		],
		['right to left, scrolled part way', -250, 300, 900, { overflowing: true, atStart: false, atEnd: false }]
	])('%s', (_, left, client, scroll, expected) => {
		expect(edgesOf(left, client, scroll)).toEqual(expected);
	});
});

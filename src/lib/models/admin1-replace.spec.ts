import { describe, expect, it } from 'vitest';
import { isWorse, unitsMatched } from './admin1-replace';

const units = [
	{ code: 'KE-30', name: 'Nairobi' },
	{ code: 'KE-28', name: 'Mombasa' },
	{ code: 'KE-13', name: 'Kisumu' }
];

describe('unitsMatched', () => {
	it('counts each unit once, by code or name', () => {
		expect(unitsMatched([{ code: 'KE-30' }, { name: 'nairobi' }, { name: 'Mombasa County' }], units)).toBe(2);
		expect(unitsMatched([{ name: 'Nairobi;12,5' }], units)).toBe(0);
		expect(unitsMatched([], units)).toBe(0);
	});
});

describe('isWorse', () => {
	it.each([
		[0, null, 37, true],
		[0, 37, 37, true],
		[3, 37, 37, true],
		[18, 37, 37, true],
		[19, 37, 37, false],
		[37, 37, 37, false],
		[5, null, 37, false],
		[0, null, 0, false]
	])('%d units after %s of %d → %s', (matched, before, total, worse) =>
		expect(isWorse(matched, before, total)).toBe(worse)
	);
});

import { describe, expect, it } from 'vitest';
import { csvDocument, wrapText } from './export';

describe('csvDocument', () => {
	it('puts notice and source on leading comment lines, then a formula-safe table', () => {
		const text = csvDocument(
			['name', 'gap'],
			[
				['=HYPERLINK("x")', -3],
				['Kenya', 10.5]
			],
			{ notice: 'Illustrative data', source: 'Source: IAEA DIRAC' }
		);
		expect(text).toBe(
			'\uFEFF# Illustrative data\n# Source: IAEA DIRAC\nname,gap\n"\'=HYPERLINK(""x"")",-3\nKenya,10.5\n'
		);
	});

	it('writes a bare table when there is nothing to say', () => {
		expect(csvDocument(['a'], [[1]])).toBe('\uFEFFa\n1\n');
	});
});

describe('wrapText', () => {
	it('breaks at spaces within the width and keeps every word', () => {
		expect(wrapText('China has the largest radiotherapy machine gap', 20)).toEqual([
			'China has the',
			'largest radiotherapy',
			'machine gap'
		]);
	});

	it('keeps a word longer than the width on its own line', () => {
		expect(wrapText('a supercalifragilistic b', 5)).toEqual(['a', 'supercalifragilistic', 'b']);
	});
});

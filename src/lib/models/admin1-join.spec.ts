import { describe, expect, it } from 'vitest';
import { joinAdmin1Figures } from './admin1-join';

const units = [
	{ code: 'NG-LA', name: 'Lagos' },
	{ code: 'NG-KN', name: 'Kano State' },
	{ code: 'NG-KT', name: 'Katsina State' },
	{ code: 'NG-RI', name: 'Rivers State' }
];

describe('joinAdmin1Figures', () => {
	it('joins by code and name, reports unmatched rows with suggestions, duplicates and units without a row', () => {
		const join = joinAdmin1Figures(
			[
				{ row: 2, code: 'NG-LA', name: 'Lagos', values: [14, 9800] },
				{ row: 3, code: null, name: 'Kano', values: [3, null] },
				{ row: 4, code: null, name: 'Katsena', values: [0, 5100] },
				{ row: 5, code: null, name: 'Atlantis', values: [1, 100] },
				{ row: 6, code: 'ng-la', name: null, values: [99, 1] }
			],
			units,
			1
		);
		expect(join.matched.map((m) => [m.row, m.code, m.method])).toEqual([
			[2, 'NG-LA', 'code'],
			[3, 'NG-KN', 'name'],
			[4, 'NG-KT', 'spelling'],
			[6, 'NG-LA', 'code']
		]);
		expect(join.unmatched).toHaveLength(1);
		expect(join.unmatched[0]?.row).toBe(5);
		expect(join.unmatched[0]?.suggestions).toHaveLength(3);
		expect(join.duplicates).toEqual([{ code: 'NG-LA', rows: [2, 6] }]);
		expect(join.byUnit.get('NG-LA')).toEqual([14, 9800]);
		// Kano's cases cell is empty: it keeps the estimate (no 0).
		expect([...(join.cases ?? [])]).toEqual([
			['NG-LA', 9800],
			['NG-KT', 5100]
		]);
		expect(join.missing.map((u) => u.code)).toEqual(['NG-RI']);
	});

	it('has no cases without a cases column', () => {
		expect(
			joinAdmin1Figures([{ row: 2, code: 'NG-LA', name: null, values: [1] }], units, null).cases
		).toBeNull();
	});
});

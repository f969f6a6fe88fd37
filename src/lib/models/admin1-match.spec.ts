import { describe, expect, it } from 'vitest';
import { editDistance, foldName, matchAdmin1 } from './admin1-match';

const kenya = [
	{ code: 'KE-110', name: 'Nairobi' },
	{ code: 'KE-200', name: 'Central' },
	{ code: 'KE-300', name: 'Coast' },
	{ code: 'KE-400', name: 'Eastern' },
	{ code: 'KE-500', name: 'North Eastern' },
	{ code: 'KE-600', name: 'Nyanza' },
	{ code: 'KE-700', name: 'Rift Valley' },
	{ code: 'KE-800', name: 'Western' }
];
const nigeria = [
	{ code: 'NG-FC', name: 'Federal Capital Territory' },
	{ code: 'NG-AK', name: 'Akwa Ibom' },
	{ code: 'NG-CR', name: 'Cross River' },
	{ code: 'NG-NI', name: 'Niger' },
	{ code: 'NG-KN', name: 'Kano' },
	{ code: 'NG-KT', name: 'Katsina' }
];

describe('foldName', () => {
	it.each([
		['Région du Centre-Nord', 'centre nord'],
		['Rift Valley Province', 'rift valley'],
		['  KANO   state ', 'kano'],
		['Saint-Louis', 'st louis'],
		['Trinidad & Tobago', 'trinidad and tobago'],
		['Province', 'province'],
		["Côte d'Ivoire", 'cote d ivoire']
	])('%s → %s', (name, folded) => expect(foldName(name)).toBe(folded));
});

describe('editDistance', () => {
	it.each([
		['kano', 'kano', 0],
		['katsina', 'katsena', 1],
		['', 'abc', 3],
		['nyanza', 'nyansa', 1]
	])('%s / %s = %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe('matchAdmin1', () => {
	it('matches by ISO 3166-2 code whatever its case or separator', () => {
		const result = matchAdmin1(
			[{ code: 'ke-110' }, { code: 'KE 700', name: 'wrong name' }, { code: 'KE300' }],
			kenya
		);
		expect(result.matched).toEqual([
			{ row: 0, code: 'KE-110', method: 'code' },
			{ row: 1, code: 'KE-700', method: 'code' },
			{ row: 2, code: 'KE-300', method: 'code' }
		]);
	});

	it('matches by name with accents, case, punctuation and generic words', () => {
		const result = matchAdmin1(
			[{ name: 'RIFT VALLEY PROVINCE' }, { name: 'North-Eastern' }, { name: 'Akwa-Ibom State' }],
			[...kenya, ...nigeria]
		);
		expect(result.matched.map((m) => [m.code, m.method])).toEqual([
			['KE-700', 'name'],
			['KE-500', 'name'],
			['NG-AK', 'name']
		]);
	});

	it('accepts a close spelling variant when one unit is clearly nearest', () => {
		const result = matchAdmin1(
			[{ name: 'Katsena' }, { name: 'Nyansa' }, { name: 'Federal Capital Teritory' }],
			[...kenya, ...nigeria]
		);
		expect(result.matched.map((m) => [m.code, m.method])).toEqual([
			['NG-KT', 'spelling'],
			['KE-600', 'spelling'],
			['NG-FC', 'spelling']
		]);
	});

	it('lists unmatched rows with the closest units as suggestions', () => {
		const result = matchAdmin1([{ name: 'Lagos' }, { code: 'XX-1' }, {}], nigeria);
		expect(result.matched).toEqual([]);
		expect(result.unmatched[0]).toMatchObject({ row: 0, text: 'Lagos' });
		expect(result.unmatched[0]?.suggestions).toHaveLength(3);
		expect(result.unmatched[1]).toEqual({ row: 1, text: 'XX-1', suggestions: [] });
		expect(result.unmatched[2]).toEqual({ row: 2, text: '', suggestions: [] });
	});

	it('does not guess between two equally close units', () => {
		const result = matchAdmin1(
			[{ name: 'Kana' }],
			[
				{ code: 'A', name: 'Kano' },
				{ code: 'B', name: 'Kane' }
			]
		);
		expect(result.matched).toEqual([]);
		expect(result.unmatched[0]?.suggestions.map((s) => s.code)).toEqual(['B', 'A']);
	});

	it('reports units matched by more than one row', () => {
		const result = matchAdmin1([{ name: 'Kano' }, { code: 'NG-KN' }], nigeria);
		expect(result.duplicates).toEqual([{ code: 'NG-KN', rows: [0, 1] }]);
	});
});

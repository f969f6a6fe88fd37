import { describe, expect, it } from 'vitest';
import { conversionOf, ConversionTally } from './conversions';
import type { ColumnSpec } from './program-schema';

const column = (type: ColumnSpec['type'], extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
	name: 'x',
	type,
	description: '',
	required: false,
	examples: [null, null],
	...extra
});

describe('conversionOf', () => {
	it('names what was changed in a cell, and nothing for a cell kept as written', () => {
		expect(conversionOf('12', 12, column('integer'), false)).toBeNull();
		expect(conversionOf('-3.5', -3.5, column('number'), false)).toBeNull();
		expect(conversionOf(' 12 ', 12, column('integer'), false)).toBe('trimmed');
		expect(conversionOf('1 250,5', 1250.5, column('number'), true)).toBe('decimal_comma');
		expect(conversionOf('+3', 3, column('number'), false)).toBe('number_format');
		expect(conversionOf('1e3', 1000, column('number'), false)).toBe('number_format');
		expect(conversionOf('yes', true, column('boolean'), false)).toBe('boolean_word');
		expect(conversionOf('True', true, column('boolean'), false)).toBeNull();
		expect(conversionOf('2024-01-05T00:00Z', '2024-01-05', column('date'), false)).toBe('date_time');
		expect(conversionOf(new Date('2024-01-05'), '2024-01-05', column('date'), false)).toBe(
			'spreadsheet_date'
		);
		expect(conversionOf(12, '12', column('string'), false)).toBe('number_as_text');
		expect(conversionOf(12, 12, column('number'), false)).toBeNull();
		expect(conversionOf('Radiation Oncology', 'radiation_oncology', column('enum'), false)).toBe(
			'normalised'
		);
		expect(conversionOf('fr; EN', 'fr;en', column('list'), false)).toBe('normalised');
		expect(conversionOf('ken', 'KEN', column('string', { upper: true, pattern: '^[A-Z]{3}$' }), false)).toBe(
			'upper_case'
		);
		expect(conversionOf(' Nairobi', 'Nairobi', column('string'), false)).toBe('trimmed');
	});
});

describe('ConversionTally', () => {
	it('counts per column and kind, keeps the first example, and lists in column order', () => {
		const tally = new ConversionTally();
		tally.add('b', 'trimmed', 3, ' x', 'x');
		tally.add('a', 'normalised', 4, 'In-Country', 'in_country');
		tally.add('b', 'trimmed', 5, ' y', 'y');
		expect(tally.list(['a', 'b'])).toEqual([
			{ column: 'a', kind: 'normalised', count: 1, row: 4, from: 'In-Country', to: 'in_country' },
			{ column: 'b', kind: 'trimmed', count: 2, row: 3, from: ' x', to: 'x' }
		]);
	});
});

import { describe, expect, it } from 'vitest';
import { formatCompact, formatDecimal, formatInteger, formatPercent } from './format';

const en = { locale: 'en', missing: 'no data' };
const fr = { locale: 'fr', missing: 'pas de données' };

describe('formatters', () => {
	it.each([
		[formatInteger(124735, en), '124,735'],
		[formatInteger(124735, fr), '124\u202f735'],
		[formatPercent(0.456, en), '46%'],
		[formatPercent(0.456, fr), '46\u00a0%'],
		[formatDecimal(3.81, fr), '3,8'],
		[formatCompact(19_976_499, en), '20M']
	])('formats %s', (actual, expected) => expect(actual).toBe(expected));

	it('shows missing values as missing, never as zero', () => {
		expect(formatInteger(null, en)).toBe('no data');
		expect(formatPercent(Number.NaN, fr)).toBe('pas de données');
		expect(formatCompact(undefined, en)).toBe('no data');
	});

	it('keeps a real zero as zero', () => {
		expect(formatInteger(0, en)).toBe('0');
	});
});

import { describe, expect, it } from 'vitest';
import { formatCompact, formatDecimal, formatInteger, formatPercent } from './format';

const en = { locale: 'en', missing: 'no data' };
const fr = { locale: 'fr', missing: 'pas de données' };
const es = { locale: 'es', missing: 'sin datos' };
const pt = { locale: 'pt', missing: 'sem dados' };

describe('formatters', () => {
	it.each([
		[formatInteger(124735, en), '124,735'],
		[formatInteger(124735, fr), '124\u202f735'],
		[formatPercent(0.456, en), '46%'],
		[formatPercent(0.456, fr), '46\u00a0%'],
		[formatDecimal(3.81, fr), '3,8'],
		[formatCompact(19_976_499, en), '20M'],
		// Spanish and Portuguese: decimal comma, a point between thousands (Spanish groups from five digits: 4500).
		[formatInteger(124735, es), '124.735'],
		[formatInteger(4500, es), '4500'],
		[formatInteger(124735, pt), '124.735'],
		[formatDecimal(3.81, es), '3,8'],
		[formatDecimal(3.81, pt), '3,8'],
		[formatPercent(0.456, es), '46\u00a0%'],
		[formatPercent(0.456, pt), '46%'],
		[formatCompact(19_976_499, es), '20\u00a0M'],
		[formatCompact(19_976_499, pt), '20\u00a0mi']
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

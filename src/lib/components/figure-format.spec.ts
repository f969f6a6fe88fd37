import { describe, expect, it } from 'vitest';
import { formatHeadlineCount } from './figure-format';

const en = { locale: 'en', missing: 'no data' };
const fr = { locale: 'fr', missing: 'pas de données' };

describe('formatHeadlineCount', () => {
	it('writes whole numbers below a million and compact figures from a million', () => {
		expect(formatHeadlineCount(44_065, en)).toBe('44,065');
		expect(formatHeadlineCount(999_999, en)).toBe('999,999');
		expect(formatHeadlineCount(1_401_721, en)).toBe('1.4M');
		expect(formatHeadlineCount(18_741_966, en)).toBe('18.7M');
	});
	it('follows the language', () => {
		expect(formatHeadlineCount(44_065, fr)).toBe('44\u202f065');
		expect(formatHeadlineCount(18_741_966, fr)).toBe('18,7\u00a0M');
	});
	it('shows a missing value as missing, never 0', () => {
		expect(formatHeadlineCount(null, en)).toBe('no data');
		expect(formatHeadlineCount(undefined, en)).toBe('no data');
	});
});

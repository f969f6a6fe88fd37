import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula, objectsToCsv, toCsv } from './csv';

describe('csvCell', () => {
	it.each([
		['=HYPERLINK("http://x.invalid","y")', `"'=HYPERLINK(""http://x.invalid"",""y"")"`],
		['+SUM(A1:A2)', "'+SUM(A1:A2)"],
		['-Nairobi', "'-Nairobi"],
		['@cmd', "'@cmd"],
		['\tindent', "'\tindent"],
		['\rline', `"'\rline"`],
		['-12.5', '-12.5'],
		['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		[-12.5, '-12.5'],
		[-3, '-3'],
		[0, '0'],
		[Number.NaN, ''],
		[null, ''],
		[undefined, ''],
		[true, 'true'],
		[new Date(Date.UTC(2024, 1, 29)), '2024-02-29']
	])('writes %j as %s', (value, expected) => {
		expect(csvCell(value)).toBe(expected);
	});

	it('quotes the chosen delimiter', () => {
		expect(csvCell('fr;en', ';')).toBe('"fr;en"');
		expect(csvCell('fr;en')).toBe('fr;en');
		expect(neutraliseFormula('=1+1')).toBe("'=1+1");
	});
});

describe('toCsv', () => {
	it('writes a header, rows and a final newline, with an optional BOM', () => {
		expect(toCsv(['a', 'b'], [[1, '=x']])).toBe("a,b\n1,'=x\n");
		expect(toCsv(['a'], [], { bom: true, newline: '\r\n' })).toBe('\uFEFFa\r\n');
		expect(objectsToCsv(['n', 'v'], [{ n: 'x', v: -1 }])).toBe('n,v\nx,-1\n');
	});
});

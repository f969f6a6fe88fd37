import { describe, expect, it } from 'vitest';
import { csvDocument, sourcesDocument, sourcesFileName, wrapText } from './export';

const labels = { item: 'About', text: 'Text', dataFile: 'Data file', notice: 'Notice', source: 'Sources' };

describe('csvDocument', () => {
	it('starts with the header, so a spreadsheet reads no note as a data row, then a formula-safe table', () => {
		const text = csvDocument(
			['name', 'gap'],
			[
				['=HYPERLINK("x")', -3],
				['Kenya', 10.5]
			]
		);
		expect(text).toBe('\uFEFFname,gap\n"\'=HYPERLINK(""x"")",-3\nKenya,10.5\n');
		expect(text.replace(/^\uFEFF/, '').split('\n')[0]).toBe('name,gap');
	});
});

describe('sourcesDocument', () => {
	it('names the data file, then the notice and the sources, one row each, on one line each', () => {
		const text = sourcesDocument(
			'capacity.csv',
			{ notice: 'Illustrative data', source: 'Sources: IAEA DIRAC;\nWorld Bank' },
			labels
		);
		expect(text).toBe(
			'\uFEFFAbout,Text\nData file,capacity.csv\nNotice,Illustrative data\nSources,Sources: IAEA DIRAC; World Bank\n'
		);
	});

	it('keeps formulas in a source as text', () => {
		expect(sourcesDocument('x.csv', { source: '=cmd()' }, labels)).toContain("Sources,'=cmd()");
	});

	it('writes no file when there is nothing to say', () => {
		expect(sourcesDocument('x.csv', {}, labels)).toBeNull();
		expect(sourcesDocument('x.csv', { notice: '', source: '' }, labels)).toBeNull();
	});
});

describe('sourcesFileName', () => {
	it.each([
		['radiotherapy-capacity-by-country.csv', 'radiotherapy-capacity-by-country-sources.csv'],
		['peers-KEN.CSV', 'peers-KEN-sources.csv'],
		['query-result', 'query-result-sources.csv']
	])('%s → %s', (data, sources) => {
		expect(sourcesFileName(data)).toBe(sources);
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

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerKey, isCasesHeader, readAdmin1Figures } from './admin1-figures';

const fixture = (name: string) => {
	const b = readFileSync(`tests/fixtures/country/${name}`);
	return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

describe('headerKey and isCasesHeader', () => {
	it.each([
		['ISO 3166-2', 'iso_3166_2'],
		['Région', 'region'],
		[' New cancer cases ', 'new_cancer_cases']
	])('%s → %s', (header, key) => expect(headerKey(header)).toBe(key));
	it.each([
		['New cancer cases', true],
		['Nouveaux cas', true],
		['Casos novos', true],
		['Staff in post', false],
		['Cascade', false]
	])('%s is cases: %s', (header, cases) => expect(isCasesHeader(header)).toBe(cases));
});

describe('readAdmin1Figures', () => {
	it('reads the Nigeria CSV: unit columns, figure columns, bad cells named by row and column', async () => {
		const read = await readAdmin1Figures(fixture('nigeria-admin1.csv'), 'nigeria-admin1.csv');
		if (!read.ok) throw new Error(read.problem);
		const { figures } = read;
		expect(figures.nameColumn).toBe('State');
		expect(figures.codeColumn).toBe('ISO 3166-2');
		expect(figures.columns).toEqual([
			{ header: 'Radiation oncologists in post', cases: false },
			{ header: 'New cancer cases', cases: true }
		]);
		expect(figures.rows).toHaveLength(9);
		expect(figures.rows[0]).toEqual({ row: 2, code: 'NG-LA', name: 'Lagos', values: [14, 9800] });
		expect(figures.rows[5]).toMatchObject({ row: 7, name: 'Borno', values: [null, 4100] });
		const problems = figures.issues.map((i) => [i.kind, i.row, i.column, i.value]);
		expect(problems).toEqual([
			['unknown_column', 1, 'Notes', undefined],
			['type', 7, 'Radiation oncologists in post', 'n/a'],
			['range', 10, 'New cancer cases', '-20']
		]);
	});

	it('reads the Kenya workbook', async () => {
		const read = await readAdmin1Figures(fixture('kenya-admin1.xlsx'), 'kenya-admin1.xlsx');
		if (!read.ok) throw new Error(read.problem);
		expect(read.figures.rows.map((r) => r.name ?? r.code)).toEqual([
			'Nairobi Province',
			'Rift valley',
			'NYANZA',
			'North-Eastern',
			'Coast',
			'Westren',
			'Mombasa',
			'KE-400'
		]);
		expect(read.figures.columns.map((c) => c.header)).toEqual(['Medical physicists', 'Machines working']);
	});

	it.each([
		['notes.csv', 'Province;Notes\nNairobi;ok\n', 'no_figures'],
		['codes.csv', 'Equipe,Staff\n1,2\n', 'no_unit_column'],
		['header-only.csv', 'name,staff\n', 'empty'],
		['bad.xlsx', 'not a workbook', 'unreadable']
	])('refuses %s (%s)', async (file, text, problem) => {
		const data = file.endsWith('.xlsx') ? (new TextEncoder().encode(text).buffer as ArrayBuffer) : text;
		const read = await readAdmin1Figures(data, file);
		expect(read.ok ? null : read.problem).toBe(problem);
	});

	it('reads decimal commas in ";" files', async () => {
		const read = await readAdmin1Figures('nom;taux\nCentre;3,5\n', 'f.csv');
		expect(read.ok && read.figures.rows[0]?.values).toEqual([3.5]);
	});
});

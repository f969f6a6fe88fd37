import { describe, expect, it } from 'vitest';
import { nextSort, sortRows, type Column } from './table';

interface Row {
	name: string;
	gap: number | null;
}
const rows: Row[] = [
	{ name: 'Beta', gap: 3 },
	{ name: 'Alpha', gap: null },
	{ name: 'Gamma', gap: 10 },
	{ name: 'Delta', gap: 3 }
];
const columns: Column<Row>[] = [
	{ key: 'name', label: 'Country', text: (r) => r.name, sortValue: (r) => r.name },
	{ key: 'gap', label: 'Gap', text: (r) => String(r.gap), numeric: true, sortValue: (r) => r.gap },
	{ key: 'plain', label: 'Plain', text: () => '' }
];
const names = (sorted: Row[]) => sorted.map((r) => r.name);

describe('sortRows', () => {
	it('sorts numbers both ways with missing values last and ties stable', () => {
		expect(names(sortRows(rows, columns, { key: 'gap', direction: 'descending' }))).toEqual([
			'Gamma',
			'Beta',
			'Delta',
			'Alpha'
		]);
		expect(names(sortRows(rows, columns, { key: 'gap', direction: 'ascending' }))).toEqual([
			'Beta',
			'Delta',
			'Gamma',
			'Alpha'
		]);
	});
	it('sorts text by locale', () => {
		expect(names(sortRows(rows, columns, { key: 'name', direction: 'ascending' }))).toEqual([
			'Alpha',
			'Beta',
			'Delta',
			'Gamma'
		]);
	});
	it('keeps the input order without a sort or a sortable column', () => {
		expect(names(sortRows(rows, columns, null))).toEqual(names(rows));
		expect(names(sortRows(rows, columns, { key: 'plain', direction: 'ascending' }))).toEqual(names(rows));
	});
});

describe('nextSort', () => {
	it('starts numbers descending, text ascending, and flips on a second click', () => {
		const [name, gap] = columns as [Column<Row>, Column<Row>];
		expect(nextSort(null, gap)).toEqual({ key: 'gap', direction: 'descending' });
		expect(nextSort(null, name)).toEqual({ key: 'name', direction: 'ascending' });
		expect(nextSort({ key: 'gap', direction: 'descending' }, gap)).toEqual({
			key: 'gap',
			direction: 'ascending'
		});
	});
});

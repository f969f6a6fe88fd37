import { describe, expect, it } from 'vitest';
import {
	addEntry,
	composition,
	displacedBy,
	illustrativeTables,
	parseManifest,
	removeEntry,
	restoreOrder,
	type StoredFileEntry
} from './program-manifest';

const entry = (
	id: string,
	table: StoredFileEntry['table'],
	mode: StoredFileEntry['mode']
): StoredFileEntry => ({
	id,
	table,
	mode,
	name: `${id}.csv`,
	size: 10,
	rows: 2,
	loadedAt: '2026-01-01T00:00:00.000Z'
});

describe('program manifest', () => {
	it('starts with every table illustrative', () => {
		expect(illustrativeTables([])).toHaveLength(9);
		expect(composition([], 'centres')).toMatchObject({ origin: 'default', includesDefault: true, files: [] });
	});

	it('replacing a table drops its earlier files and its illustrative rows', () => {
		let m = addEntry([], entry('a', 'centres', 'append'));
		expect(composition(m, 'centres').origin).toBe('mixed');
		const replace = entry('b', 'centres', 'replace');
		expect(displacedBy(m, replace)).toEqual(['a']);
		m = addEntry(m, replace);
		m = addEntry(m, entry('c', 'centres', 'append'));
		expect(composition(m, 'centres')).toMatchObject({ origin: 'user', includesDefault: false });
		expect(m.map((e) => e.id)).toEqual(['b', 'c']);
		expect(illustrativeTables(m)).not.toContain('centres');
		expect(illustrativeTables(m)).toContain('hubs');
	});

	it('removing the replacing file brings the illustrative rows back under the added ones', () => {
		const m = removeEntry(
			addEntry(addEntry([], entry('b', 'centres', 'replace')), entry('c', 'centres', 'append')),
			'b'
		);
		expect(composition(m, 'centres').origin).toBe('mixed');
	});

	it('restores tables in dependency order, files in loading order', () => {
		const m = [
			entry('e', 'engagements', 'replace'),
			entry('c1', 'centres', 'replace'),
			entry('c2', 'centres', 'append')
		];
		expect(restoreOrder(m).map((e) => e.id)).toEqual(['c1', 'c2', 'e']);
	});

	it('trusts nothing malformed read back from storage', () => {
		expect(parseManifest(null)).toEqual([]);
		expect(parseManifest('{not json')).toEqual([]);
		const good = entry('a', 'hubs', 'replace');
		expect(parseManifest(JSON.stringify([good, { ...good, table: 'nope' }, { id: 1 }]))).toEqual([good]);
	});
});

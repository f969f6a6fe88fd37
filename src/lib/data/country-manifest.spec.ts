import { describe, expect, it } from 'vitest';
import {
	countryEntries,
	parseCountryManifest,
	withCountryFile,
	withoutCountryFile
} from './country-manifest';

const entry = (id: string, iso3: string, kind: 'figures' | 'boundaries') => ({
	id,
	iso3,
	kind,
	name: `${id}.csv`,
	size: 10,
	loadedAt: '2026-11-26T10:00:00.000Z'
});

describe('country manifest', () => {
	it('keeps one file per country and kind, and says which bytes can go', () => {
		const first = withCountryFile([], entry('a', 'NGA', 'figures'));
		const second = withCountryFile(first.manifest, entry('b', 'NGA', 'boundaries'));
		const third = withCountryFile(second.manifest, entry('c', 'NGA', 'figures'));
		const other = withCountryFile(third.manifest, entry('d', 'KEN', 'figures'));
		expect(third.displaced).toEqual(['a']);
		expect(other.displaced).toEqual([]);
		expect(countryEntries(other.manifest, 'NGA').map((e) => e.id)).toEqual(['b', 'c']);
		expect(withoutCountryFile(other.manifest, 'c').map((e) => e.id)).toEqual(['b', 'd']);
	});

	it('drops what it cannot trust when read back', () => {
		const stored = JSON.stringify([
			entry('a', 'NGA', 'figures'),
			{ id: 'x', iso3: 'nga' },
			{ ...entry('b', 'KEN', 'figures'), kind: 'other' }
		]);
		expect(parseCountryManifest(stored).map((e) => e.id)).toEqual(['a']);
		expect(parseCountryManifest('{not json')).toEqual([]);
		expect(parseCountryManifest(null)).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import {
	localeFromPath,
	localeFromSearch,
	localizedPath,
	overviewPath,
	pathWithoutLocale,
	withLocale
} from './url-locale';

describe('language in the address', () => {
	it.each([
		['lang=es', 'es'],
		['ind=rt_machines&lang=pt', 'pt'],
		['lang=xx', undefined],
		['lang=', undefined],
		['lang=ES', undefined],
		['ind=rt_machines', undefined]
	])('reads %s as %s', (query, expected) => {
		expect(localeFromSearch(new URLSearchParams(query))).toBe(expected);
	});

	it('names the language and keeps every other parameter, in order, and the fragment', () => {
		const url = withLocale(
			'https://atlas.example/gaps?ind=medical_physicists&norm=per_million&lang=fr#map',
			'es'
		);
		expect(url.href).toBe('https://atlas.example/gaps?ind=medical_physicists&norm=per_million&lang=es#map');
		expect(withLocale('https://atlas.example/', 'pt').href).toBe('https://atlas.example/?lang=pt');
	});

	it('does not change the URL it was given', () => {
		const original = new URL('https://atlas.example/roi?x=1');
		withLocale(original, 'fr');
		expect(original.search).toBe('?x=1');
	});
});

describe('the Overview address per language', () => {
	it.each([
		['/fr', 'fr'],
		['/es/', 'es'],
		['/pt', 'pt'],
		['/en', undefined],
		['/', undefined],
		['/fr/gaps', 'fr'],
		['/pt/country/KEN', 'pt'],
		['/gaps', undefined],
		['/fresh', undefined],
		['/xx', undefined],
		['/FR', undefined]
	])('reads %s as %s', (path, expected) => {
		expect(localeFromPath(path)).toBe(expected);
	});

	it('gives English the root and the others their prefix, which reads back as the same language', () => {
		expect(overviewPath('en')).toBe('/');
		for (const locale of ['fr', 'es', 'pt'] as const)
			expect(localeFromPath(overviewPath(locale))).toBe(locale);
	});

	it('puts a view under its language prefix and takes it off again', () => {
		expect(localizedPath('en', '/gaps')).toBe('/gaps');
		expect(localizedPath('fr', '/gaps')).toBe('/fr/gaps');
		expect(localizedPath('es', '/')).toBe('/es');
		for (const path of ['/', '/gaps', '/country/KEN'])
			for (const locale of ['en', 'fr', 'es', 'pt'] as const) {
				expect(pathWithoutLocale(localizedPath(locale, path))).toBe(path);
				expect(localeFromPath(localizedPath(locale, path))).toBe(locale === 'en' ? undefined : locale);
			}
		expect(pathWithoutLocale('/fresh')).toBe('/fresh');
	});
});

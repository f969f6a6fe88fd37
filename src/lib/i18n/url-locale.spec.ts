import { describe, expect, it } from 'vitest';
import { localeFromSearch, withLocale } from './url-locale';

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

import { describe, expect, it } from 'vitest';
import type { Issue } from '$lib/models/upload-report';
import { expectedText, issueText } from './issue-text';

const at = { severity: 'error', file: 'centres.csv', table: 'centres', row: 4 } as const;

describe('issueText', () => {
	it.each<[Issue, string, string]>([
		[
			{ ...at, kind: 'range', column: 'phase', value: '6', expected: { kind: 'integer', min: 1, max: 5 } },
			'Expected a whole number from 1 to 5.',
			'Attendu : un nombre entier de 1 à 5.'
		],
		[
			{ ...at, kind: 'date', column: 'phase_since', value: '31/12/2022', expected: { kind: 'date' } },
			'Expected a date as YYYY-MM-DD.',
			'Attendu : une date au format AAAA-MM-JJ.'
		],
		[
			{
				...at,
				kind: 'reference',
				column: 'iso3',
				value: 'ROM',
				expected: { kind: 'reference', table: 'countries', column: 'iso3' },
				suggestion: 'ROU'
			},
			'Expected an ISO 3166-1 alpha-3 country code (e.g. KEN); no such row is loaded. Did you mean ROU?',
			'Attendu : un code pays ISO 3166-1 alpha-3 (par ex. KEN) ; aucune ligne correspondante n’est chargée. Vouliez-vous dire ROU ?'
		],
		[
			{
				...at,
				kind: 'duplicate_key',
				column: 'centre_id',
				value: 'C001',
				expected: { kind: 'unique' },
				related: { row: 2 }
			},
			'Expected a value not used by any other row: row 2 already uses it.',
			'Attendu : une valeur qu’aucune autre ligne n’utilise ; la ligne 2 l’utilise déjà.'
		],
		[
			{ ...at, row: undefined, kind: 'too_many_issues', count: 1234 },
			'1,234 more problems not listed.',
			'1 234 autres problèmes non listés.'
		]
	])('says %# in English and French', (issue, en, fr) => {
		expect(issueText(issue, { locale: 'en' })).toBe(en);
		expect(issueText(issue, { locale: 'fr' }).replaceAll('\u202f', ' ')).toBe(fr);
	});

	it('names a missing required column and what was found instead', () => {
		const issue: Issue = {
			...at,
			row: 1,
			kind: 'missing_column',
			column: 'name',
			value: 'naem',
			suggestion: 'name'
		};
		expect(issueText(issue, { locale: 'en' })).toBe(
			'Required column name is missing. Found “naem” instead. Did you mean name?'
		);
	});

	it('describes lists of codes with their allowed values', () => {
		expect(expectedText({ kind: 'list', values: ['en', 'fr'] }, { locale: 'en' })).toBe(
			'codes separated by semicolons, each one of en, fr'
		);
	});
});

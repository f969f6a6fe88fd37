import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as m from '$lib/paraglide/messages';

/**
 * Messages with counts choose the singular or plural by the language's rule (French and Portuguese: 0 and 1 are
 * singular), from the raw number passed next to the formatted one.
 */
const root = new URL('../../../', import.meta.url);
const settings = JSON.parse(readFileSync(new URL('project.inlang/settings.json', root), 'utf8')) as {
	locales: string[];
	'plugin.inlang.messageFormat': { pathPattern: string[] };
};
type Variant = { declarations: string[]; selectors: string[]; match: Record<string, string> };
const read = (pattern: string, locale: string) =>
	JSON.parse(
		readFileSync(new URL(pattern.replace('{locale}', locale).replace(/^\.\//, ''), root), 'utf8')
	) as Record<string, unknown>;

describe('plural messages', () => {
	it.each([
		['en', '1 row read: 1 accepted, 0 rejected.', '3 rows read: 2 accepted, 1 rejected.'],
		['fr', '1 ligne lue : 0 acceptée, 1 rejetée.', '3 lignes lues : 1 acceptée, 2 rejetées.'],
		['es', '1 fila leída: 0 aceptadas, 1 rechazada.', '3 filas leídas: 1 aceptada, 2 rechazadas.'],
		['pt', '1 linha lida: 0 válida, 1 rejeitada.', '3 linhas lidas: 1 válida, 2 rejeitadas.']
	] as const)('%s: data_summary agrees each count', (locale, one, many) => {
		const summary = (read: number, accepted: number) =>
			m.data_summary(
				{
					read: String(read),
					accepted: String(accepted),
					rejected: String(read - accepted),
					readValue: read,
					acceptedValue: accepted,
					rejectedValue: read - accepted
				},
				{ locale }
			);
		expect(summary(1, locale === 'en' ? 1 : 0)).toBe(
			locale === 'en' ? '1 row read: 1 accepted, 0 rejected.' : one
		);
		expect(summary(3, locale === 'en' ? 2 : 1)).toBe(many);
	});

	it.each([
		['en', 'Load 1 row into hubs', 'Load 0 rows into hubs', 'Load 1,234 rows into hubs'],
		['fr', 'Charger 1 ligne dans hubs', 'Charger 0 ligne dans hubs', 'Charger 1 234 lignes dans hubs'],
		['es', 'Cargar 1 fila en hubs', 'Cargar 0 filas en hubs', 'Cargar 1234 filas en hubs'],
		['pt', 'Carregar 1 linha em hubs', 'Carregar 0 linha em hubs', 'Carregar 1234 linhas em hubs']
	] as const)(
		'%s: data_load_rows selects on the raw number, shows the formatted one',
		(locale, one, zero, many) => {
			const load = (count: string, countValue: number) =>
				m.data_load_rows({ count, countValue, table: 'hubs' }, { locale });
			expect(load('1', 1)).toBe(one);
			expect(load('0', 0)).toBe(zero);
			expect(load(many.match(/\d[\d\s,]*\d/)![0], 1234)).toBe(many);
		}
	);

	it('agrees two counts in one title', () => {
		expect(m.roi_centre_mentors_title({ experts: 1, specialties: 1 }, { locale: 'en' })).toBe(
			'1 expert in 1 specialty'
		);
		expect(m.roi_centre_mentors_title({ experts: 4, specialties: 1 }, { locale: 'fr' })).toBe(
			'4 experts dans 1 spécialité'
		);
		expect(m.mentorship_corps_title({ experts: 5, active: 1 }, { locale: 'es' })).toBe(
			'5 expertos, 1 activo en el período'
		);
		expect(m.country_search_count({ count: 1 }, { locale: 'pt' })).toBe('1 país');
		expect(m.show_all_rows({ count: 40 }, { locale: 'en' })).toBe('Show all 40 rows');
	});

	it('agrees facility, centre, hour and day counts (no "1 facilities", no "(1 of 1 centres)")', () => {
		const facilities = (n: number, locale: 'en' | 'fr') =>
			m.country_kpi_machines_note({ centres: String(n), centresValue: n, year: '2025' }, { locale });
		expect(facilities(1, 'en')).toBe('IAEA DIRAC: 1 facility, latest update 2025.');
		expect(facilities(10, 'en')).toBe('IAEA DIRAC: 10 facilities, latest update 2025.');
		expect(facilities(1, 'fr')).toBe('AIEA DIRAC : 1 établissement, dernière mise à jour 2025.');
		const basis = (compared: number, centres: number, locale: 'en' | 'es') =>
			m.roi_basis_country(
				{ change: '+5%', compared: String(compared), centres: String(centres), centresValue: centres },
				{ locale }
			);
		expect(basis(1, 1, 'en')).toBe('+5% (1 of 1 centre)');
		expect(basis(2, 3, 'en')).toBe('+5% (2 of 3 centres)');
		expect(basis(1, 1, 'es')).toBe('+5% (1 de 1 centro)');
		expect(m.report_hours_title({ centre: 'C', hours: '1', hoursValue: 1 }, { locale: 'pt' })).toBe(
			'C recebeu mais mentoria: 1 hora'
		);
		expect(
			m.mentorship_requests_title({ days: '0', daysValue: 0, centre: 'C', specialty: 'S' }, { locale: 'fr' })
		).toBe('L’attente la plus longue : 0 jour (C, S)');
	});

	const plural: { key: string; locale: string; variant: Variant }[] = [];
	for (const pattern of settings['plugin.inlang.messageFormat'].pathPattern)
		for (const locale of settings.locales)
			for (const [key, value] of Object.entries(read(pattern, locale)))
				if (Array.isArray(value)) plural.push({ key, locale, variant: value[0] as Variant });
	const pluralKeys = [...new Set(plural.map((p) => p.key))];

	it('finds the plural messages', () => {
		expect(pluralKeys.length).toBeGreaterThanOrEqual(24);
	});

	it.each(pluralKeys)('%s has a singular and a catch-all form in every language', (key) => {
		const forms = plural.filter((p) => p.key === key);
		expect(forms.map((p) => p.locale).sort()).toEqual([...settings.locales].sort());
		for (const { locale, variant } of forms) {
			const keys = Object.keys(variant.match);
			const plurals = variant.selectors.filter((s) =>
				variant.declarations.some((d) => new RegExp(`^local ${s} = \\w+: plural$`).test(d))
			);
			expect(plurals, `${key} ${locale}`).toEqual(variant.selectors);
			for (const s of variant.selectors) {
				expect(
					keys.some((k) => k.includes(`${s}=one`)),
					`${key} ${locale}: ${s}=one`
				).toBe(true);
			}
			expect(keys.at(-1), `${key} ${locale}: last form catches all`).toBe(
				variant.selectors.map((s) => `${s}=*`).join(', ')
			);
		}
	});
});

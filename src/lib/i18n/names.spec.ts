import { DuckDBInstance } from '@duckdb/node-api';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_TABLES } from '$lib/data/reference-tables';
import { TABLE_NAMES } from '$lib/data/program-schema';
import { overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { ISO2_BY_ISO3 } from './country-codes';
import {
	countryName,
	incomeName,
	regionName,
	SITE_CODES,
	siteName,
	tableDescription,
	tableTitle,
	WORLD_BANK_REGIONS
} from './names';

/** The names the reference tables hold in English, each checked against its translation in every language. */
const data = (file: string) => fileURLToPath(new URL(`../../../data/${file}`, import.meta.url));
let countries: { iso3: string; iso2: string; name: string; region: string | null }[] = [];
let sites: { site_code: number; site: string }[] = [];

async function query<T>(sql: string): Promise<T[]> {
	const conn = await (await DuckDBInstance.create(':memory:')).connect();
	const reader = await conn.runAndReadAll(sql);
	return reader.getRowObjectsJS() as T[];
}

beforeAll(async () => {
	countries = await query(
		`SELECT iso3, iso2, name, region FROM read_parquet('${data('countries.parquet')}')`
	);
	sites = (
		await query<{ site_code: number; site: string }>(
			`SELECT DISTINCT site_code, site FROM read_parquet('${data('cancer_burden.parquet')}') ORDER BY site_code`
		)
	).map((s) => ({ site_code: Number(s.site_code), site: s.site }));
});

let locale = 'en';
overwriteGetLocale(() => locale as 'en');
const inLocale = <T>(l: string, f: () => T): T => {
	locale = l;
	try {
		return f();
	} finally {
		locale = 'en';
	}
};

describe('country names', () => {
	it('knows the alpha-2 code of every country in the data, and the same one', () => {
		expect(countries.length).toBeGreaterThan(240);
		for (const c of countries) expect(ISO2_BY_ISO3[c.iso3], c.iso3).toBe(c.iso2);
		expect(Object.keys(ISO2_BY_ISO3).filter((k) => k !== 'XKX').length).toBe(countries.length);
	});

	it('gives in English exactly the names the tables hold', () => {
		const differ = countries.filter((c) => countryName(c.iso3, c.name, 'en') !== c.name);
		expect(differ.map((c) => `${c.iso3}: ${countryName(c.iso3, c.name, 'en')} ≠ ${c.name}`)).toEqual([]);
	});

	it.each(['fr', 'es', 'pt'])('names every country in %s, never by its code', (l) => {
		for (const c of countries) {
			const name = countryName(c.iso3, c.name, l);
			expect(name, c.iso3).not.toBe(c.iso2);
			expect(name.length, c.iso3).toBeGreaterThan(2);
		}
	});

	it.each([
		['KEN', 'fr', 'Kenya'],
		['KEN', 'es', 'Kenia'],
		['KEN', 'pt', 'Quénia'],
		['CHN', 'fr', 'Chine'],
		['USA', 'en', 'US'],
		['USA', 'fr', 'États-Unis'],
		['GBR', 'es', 'Reino Unido'],
		['BOL', 'fr', 'Bolivie'],
		['CIV', 'pt', 'Côte d’Ivoire (Costa do Marfim)'],
		['HKG', 'fr', 'Hong Kong'],
		['PSE', 'es', 'Palestina'],
		['FLK', 'es', 'Islas Malvinas'],
		['XKX', 'fr', 'Kosovo'],
		['xkx', 'pt', 'Kosovo']
	])('%s in %s is %s', (iso3, l, expected) => expect(countryName(iso3, null, l)).toBe(expected));

	it('keeps the given name, else the code, for a code it does not know', () => {
		expect(countryName('ZZZ', 'Atlantis', 'fr')).toBe('Atlantis');
		expect(countryName('ZZZ', null, 'fr')).toBe('ZZZ');
	});
});

describe('regions, income groups, cancer sites and tables', () => {
	it('translates every World Bank region of the data', () => {
		const regions = [...new Set(countries.map((c) => c.region).filter((r): r is string => r !== null))];
		expect([...regions].sort()).toEqual([...WORLD_BANK_REGIONS].sort());
		for (const l of ['fr', 'es', 'pt'])
			for (const r of regions)
				expect(
					inLocale(l, () => regionName(r)),
					`${r} ${l}`
				).not.toBe(r);
		expect(inLocale('fr', () => regionName('Sub-Saharan Africa'))).toBe('Afrique subsaharienne');
		expect(inLocale('fr', () => regionName(null))).toBe(inLocale('fr', () => incomeName(null)));
	});

	it('names income groups in words', () => {
		expect(inLocale('es', () => incomeName('LM'))).toBe('Ingreso mediano bajo');
		expect(inLocale('en', () => incomeName('H'))).toBe('High income');
	});

	it('translates every cancer site of the data, and says in English what the data says', () => {
		expect(sites.length).toBe(38);
		expect(sites.map((s) => s.site_code).sort((a, b) => a - b)).toEqual(
			[...SITE_CODES].sort((a, b) => a - b)
		);
		for (const s of sites)
			expect(
				inLocale('en', () => siteName(s.site_code, 'x')),
				s.site
			).toBe(s.site);
		expect(inLocale('fr', () => siteName(20, 'Breast'))).toBe('Sein');
		expect(inLocale('es', () => siteName(23, 'Cervix uteri'))).toBe('Cuello uterino');
		expect(inLocale('pt', () => siteName(15, 'x'))).toBe('Traqueia, brônquios e pulmão');
		expect(siteName(99, 'Unknown site')).toBe('Unknown site');
	});

	it('titles and describes every table, reference and program', () => {
		for (const t of REFERENCE_TABLES) {
			expect(
				inLocale('en', () => tableDescription(t.name, '')),
				t.name
			).toBe(t.description);
			expect(
				inLocale('fr', () => tableDescription(t.name, t.description)),
				t.name
			).not.toBe(t.description);
			expect(
				inLocale('es', () => tableTitle(t.name)),
				t.name
			).not.toBe(t.name);
		}
		for (const t of TABLE_NAMES) {
			expect(
				inLocale('pt', () => tableTitle(t)),
				t
			).not.toBe(inLocale('en', () => tableTitle(t)));
			expect(
				inLocale('fr', () => tableDescription(t, '')),
				t
			).not.toBe('');
		}
	});
});

describe('table documentation', () => {
	it('describes every column and processing step of every table in every language', async () => {
		const { dataDictionary } = await import('$lib/data/program-schema');
		const { columnDescription, processingNote } = await import('./names');
		const docs = [
			...dataDictionary().flatMap((t) => t.columns.map((c) => ({ table: t.table, ...c }))),
			...REFERENCE_TABLES.flatMap((t) => t.columns.map((c) => ({ table: t.name, ...c })))
		];
		expect(docs.length).toBeGreaterThan(150);
		for (const d of docs) {
			expect(
				inLocale('en', () => columnDescription(d.table, d.name, '')),
				d.name
			).toBe(d.description);
			expect(
				inLocale('es', () => columnDescription(d.table, d.name, '')),
				d.name
			).not.toBe('');
		}
		for (const t of REFERENCE_TABLES)
			t.processing.forEach((step, i) => {
				expect(inLocale('en', () => processingNote(t.name, i, ''))).toBe(step);
				expect(inLocale('pt', () => processingNote(t.name, i, step))).not.toBe(step);
			});
		expect(inLocale('fr', () => columnDescription('centres', 'city', 'x'))).toBe('Ville.');
	});
});

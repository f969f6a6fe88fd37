import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectCleanRun, gotoReady, watchPage } from './support/app';
import { REFERENCE_TABLES } from '../../src/lib/data/reference-tables';
import { referenceSql } from './support/reference';

/**
 * Every view and the report, in French, Spanish and Portuguese, show no English country, World Bank region, income
 * group or cancer site name, and no English interface text: Paraglide falls back to English silently when a message
 * is missing, so English message text on a French page is a missing or untranslated message.
 *
 * English names come from the data; a name is left out for a language when that language writes it the same way
 * ("Kenya" in French). Names the data holds as they are (a facility called "Cancer Care Kenya", a centre called
 * "Plateau Oncology Institute", a cited source's title) are taken out of the page text before it is read.
 */

type Locale = 'fr' | 'es' | 'pt';
type MessageValue = string | { match: Record<string, string> }[];

const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as {
	'plugin.inlang.messageFormat': { pathPattern: string[] };
};
const allowlist = JSON.parse(readFileSync('messages/identical-allowlist.json', 'utf8')) as Record<
	string,
	{ locales?: string[] }
>;

function messagesOf(locale: string): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const pattern of settings['plugin.inlang.messageFormat'].pathPattern) {
		const raw = JSON.parse(readFileSync(pattern.replace('{locale}', locale), 'utf8')) as Record<
			string,
			MessageValue
		>;
		for (const [key, value] of Object.entries(raw)) {
			if (key === '$schema') continue;
			out[key] = typeof value === 'string' ? [value] : value.flatMap((v) => Object.values(v.match));
		}
	}
	return out;
}

const english = messagesOf('en');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The name as a whole word: not inside another word, and "US" not the start of "US$". */
const wholeWord = (name: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}$])`, 'u');
const containsWord = (text: string, name: string) => wholeWord(name).test(text);

/** English message text long enough to be unmistakable: runs of three words or more between placeholders. */
function englishFragments(locale: Locale): { key: string; text: string }[] {
	const local = messagesOf(locale);
	const localText = Object.values(local).flat().join('\n');
	const out: { key: string; text: string }[] = [];
	for (const [key, variants] of Object.entries(english)) {
		if (allowlist[key]?.locales?.includes(locale)) continue;
		for (const variant of variants)
			for (const piece of variant.split(/\{[A-Za-z0-9_]+\}/)) {
				const text = piece.trim().replace(/^[\s,.;:–—()·]+|[\s,.;:–—()·]+$/g, '');
				if (text.split(/\s+/).length < 3 || text.length < 14 || !/\p{L}/u.test(text)) continue;
				if (localText.includes(text)) continue; // the same words in the translation (a source's title)
				out.push({ key, text });
			}
	}
	return out;
}

interface NameLists {
	countries: string[];
	regions: string[];
	incomes: string[];
	sites: string[];
	/** Names the data holds as they are (centres, hubs, cities, experts, radiotherapy facilities, cited sources), longest first. */
	dataNames: string[];
	iso2: string[];
}

async function nameLists(): Promise<NameLists> {
	const countries = await referenceSql<{ name: string; iso2: string }>(
		`SELECT name, iso2 FROM data/countries.parquet`
	);
	const regions = await referenceSql<{ region: string }>(
		`SELECT DISTINCT region FROM data/countries.parquet WHERE region IS NOT NULL`
	);
	const sites = await referenceSql<{ site: string }>(`SELECT DISTINCT site FROM data/cancer_burden.parquet`);
	const program = await referenceSql<{ text: string }>(`
		SELECT name || ' ' || city AS text FROM data/program/centres.csv
		UNION ALL SELECT name || ' ' || city FROM data/program/hubs.csv
		UNION ALL SELECT display_name FROM data/program/experts.csv
		UNION ALL SELECT name FROM data/program/centres.csv
		UNION ALL SELECT name FROM data/program/hubs.csv
		UNION ALL SELECT name FROM data/rt_centres.parquet
		UNION ALL SELECT city FROM data/rt_centres.parquet`);
	// Sources are cited by their own titles ("WHO Global Health Observatory (NHWA)"), as a bibliography does.
	const sources = REFERENCE_TABLES.flatMap((t) => t.sources.map((s) => `${s.publisher} ${s.title}`));
	return {
		countries: countries.map((c) => c.name),
		iso2: countries.map((c) => c.iso2),
		regions: regions.map((r) => r.region),
		incomes: ['L', 'LM', 'UM', 'H'].map((g) => english[`country_income_${g}`]![0]!),
		sites: sites.map((s) => s.site),
		dataNames: [...new Set([...program.map((p) => p.text), ...sources])].sort((a, b) => b.length - a.length)
	};
}

/** Every piece of text a reader can see or hear: text nodes (options and SVG labels included) and labels. */
async function pageText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const parts: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			// A bibliographic reference marked lang="en" (a paper's title and where in it) is English by design.
			if (parent?.closest('[lang]')?.getAttribute('lang') === 'en') continue;
			if (parent && !['SCRIPT', 'STYLE', 'CODE'].includes(parent.tagName)) parts.push(node.textContent ?? '');
		}
		for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]'))
			for (const a of ['aria-label', 'title', 'alt', 'placeholder'])
				if (el.hasAttribute(a)) parts.push(el.getAttribute(a) ?? '');
		return parts.join('\n');
	});
}

const centreId = 'C001';
const views = [
	'/',
	'/gaps',
	'/country/KEN',
	'/mentorship',
	'/roi',
	`/centre/${centreId}`,
	'/data',
	'/methods',
	'/report?scope=KEN'
];

for (const locale of ['fr', 'es', 'pt'] as const) {
	test(`every view and the Kenya report in ${locale} show no English name and no English message`, async ({
		page
	}) => {
		test.setTimeout(1_500_000); // nine views, the report among them, on a machine shared with other builds
		const lists = await nameLists();
		const local = messagesOf(locale);
		const localNames = Object.values(local).flat();
		// The language's own names of every country, as Chromium gives them, in both styles the app may use.
		await page.goto('/');
		const chromiumNames = await page.evaluate(
			({ codes, lang }) =>
				(['long', 'short'] as const).flatMap((style) => {
					const d = new Intl.DisplayNames([lang], { type: 'region', style, fallback: 'none' });
					return codes.map((c) => d.of(c) ?? '');
				}),
			{ codes: lists.iso2, lang: locale === 'pt' ? 'pt-PT' : locale }
		);
		const sameInLocale = [...chromiumNames, ...localNames].join('\n');
		const named = (kind: string, names: string[]) =>
			names.filter((n) => !containsWord(sameInLocale, n)).map((name) => ({ kind, name }));
		const forbidden = [
			...named('country', lists.countries),
			...named('region', lists.regions),
			...named('income group', lists.incomes),
			...named('cancer site', lists.sites)
		];
		// The list is not empty by accident: Germany, Sub-Saharan Africa, Low income and Breast are on it.
		expect(forbidden.map((f) => f.name)).toEqual(
			expect.arrayContaining(['Germany', 'Sub-Saharan Africa', 'Low income', 'Breast'])
		);
		const fragments = englishFragments(locale).filter(
			(f) => !lists.dataNames.some((n) => n.includes(f.text))
		);
		expect(fragments.length).toBeGreaterThan(500);

		const watch = watchPage(page);
		const found: string[] = [];
		for (const view of views) {
			await gotoReady(page, `${view}${view.includes('?') ? '&' : '?'}lang=${locale}`, 420_000);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			// The data's own names are shown as they are: a facility called "Cancer Care Kenya" is not English text.
			let text = await pageText(page);
			for (const name of lists.dataNames) if (name && text.includes(name)) text = text.replaceAll(name, '\n');
			expect(text.length, view).toBeGreaterThan(500);
			for (const { kind, name } of forbidden)
				if (containsWord(text, name)) found.push(`${view}: English ${kind} “${name}”`);
			for (const { key, text: fragment } of fragments)
				if (text.includes(fragment)) found.push(`${view}: English text of ${key} “${fragment}”`);
		}
		expect(found).toEqual([]);
		expectCleanRun(watch);
	});
}

test('the list of message files read here is the project’s own', () => {
	const areas = readdirSync('messages', { withFileTypes: true }).filter((d) => d.isDirectory());
	expect(settings['plugin.inlang.messageFormat'].pathPattern.length).toBe(areas.length + 1);
});

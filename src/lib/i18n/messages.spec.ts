import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Every language is complete: the same keys as English, the same placeholders, and no message left in English
 * unless messages/identical-allowlist.json names it for that language with a reason.
 */
const root = new URL('../../../', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

interface Settings {
	baseLocale: string;
	locales: string[];
	'plugin.inlang.messageFormat': { pathPattern: string[] };
}
interface AllowEntry {
	locales: string[];
	reason: string;
}

const settings = readJson('project.inlang/settings.json') as Settings;
const patterns = settings['plugin.inlang.messageFormat'].pathPattern;
const base = settings.baseLocale;
const translated = settings.locales.filter((l) => l !== base);
const allowlist = Object.fromEntries(
	Object.entries(readJson('messages/identical-allowlist.json') as Record<string, unknown>).filter(
		([key]) => !key.startsWith('$')
	)
) as Record<string, AllowEntry>;

const fileFor = (pattern: string, locale: string) => pattern.replace('{locale}', locale).replace(/^\.\//, '');

function messagesOf(path: string): Record<string, string> {
	if (!existsSync(new URL(path, root))) return {};
	const raw = readJson(path) as Record<string, unknown>;
	const out: Record<string, string> = {};
	for (const [key, value] of Object.entries(raw)) {
		if (key === '$schema') continue;
		out[key] = typeof value === 'string' ? value : JSON.stringify(value);
	}
	return out;
}

const placeholders = (text: string) => [...new Set(text.match(/\{[A-Za-z0-9_]+\}/g) ?? [])].sort();
/** Only placeholders, digits and punctuation ("{before} → {after}"): nothing to translate. */
const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\{[A-Za-z0-9_]+\}/g, ''));

const english = patterns.map((pattern) => ({ pattern, messages: messagesOf(fileFor(pattern, base)) }));
const allEnglishKeys = new Set(english.flatMap((e) => Object.keys(e.messages)));

describe('message files', () => {
	it('lists at least the shared file and every view, each with English messages', () => {
		expect(patterns.length).toBeGreaterThanOrEqual(7);
		for (const { pattern, messages } of english)
			expect(Object.keys(messages).length, pattern).toBeGreaterThan(0);
	});

	it('gives every key to one file only', () => {
		const counts = new Map<string, number>();
		for (const { messages } of english)
			for (const k of Object.keys(messages)) counts.set(k, (counts.get(k) ?? 0) + 1);
		expect([...counts].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
	});

	it('keeps the allowlist about real English keys, each entry with a reason and known languages', () => {
		for (const [key, entry] of Object.entries(allowlist)) {
			expect(allEnglishKeys.has(key), `${key} is not an English key`).toBe(true);
			expect(entry.reason.trim().length, `${key} has no reason`).toBeGreaterThan(10);
			for (const l of entry.locales) expect(translated, `${key}: unknown language ${l}`).toContain(l);
		}
	});
});

describe.each(translated)('%s', (locale) => {
	const files = english.map(({ pattern, messages }) => ({
		file: fileFor(pattern, locale),
		en: messages,
		local: messagesOf(fileFor(pattern, locale))
	}));

	it.each(files.map((f) => [f.file, f] as const))('%s has exactly the English keys', (_file, f) => {
		const missing = Object.keys(f.en).filter((k) => !(k in f.local));
		const extra = Object.keys(f.local).filter((k) => !(k in f.en));
		expect({ missing, extra }).toEqual({ missing: [], extra: [] });
	});

	it.each(files.map((f) => [f.file, f] as const))('%s keeps every placeholder', (_file, f) => {
		const wrong = Object.entries(f.local)
			.filter(([k, text]) => k in f.en && placeholders(text).join() !== placeholders(f.en[k] ?? '').join())
			.map(
				([k, text]) =>
					`${k}: ${placeholders(text).join(' ')} instead of ${placeholders(f.en[k] ?? '').join(' ')}`
			);
		expect(wrong).toEqual([]);
	});

	it.each(files.map((f) => [f.file, f] as const))('%s translates every message', (_file, f) => {
		const untranslated = Object.entries(f.local)
			.filter(([k, text]) => text.trim() === '' || (text === f.en[k] && hasWords(text)))
			.filter(([k, text]) => !(text !== '' && allowlist[k]?.locales.includes(locale)))
			.map(([k, text]) => `${k}: “${text}”`);
		expect(untranslated).toEqual([]);
	});

	it('needs every allowlist entry it has (no stale exceptions)', () => {
		const local = Object.assign({}, ...files.map((f) => f.local)) as Record<string, string>;
		const en = Object.assign({}, ...files.map((f) => f.en)) as Record<string, string>;
		const stale = Object.entries(allowlist)
			.filter(([k, entry]) => entry.locales.includes(locale) && k in local && local[k] !== en[k])
			.map(([k]) => k);
		expect(stale).toEqual([]);
	});
});

import { baseLocale, defineCustomClientStrategy, isLocale, type Locale } from '$lib/paraglide/runtime.js';

/** The query parameter that carries the interface language, so a shared link opens in the sender's language. */
export const langParam = 'lang';

/** The language named in the address, or `undefined` when there is none or it is not one of ours. */
export function localeFromSearch(search: URLSearchParams): Locale | undefined {
	const raw = search.get(langParam);
	return raw !== null && isLocale(raw) ? raw : undefined;
}

/**
 * The language of a prerendered address: `/fr`, `/fr/gaps` and `/es/methods` are a view in that language (src/hooks.ts
 * routes them to the view), so each language has its own HTML. English, the base language, has no prefix.
 */
export function localeFromPath(pathname: string): Locale | undefined {
	const first = /^\/([a-z]{2})(?:\/|$)/.exec(pathname)?.[1];
	return first !== undefined && first !== baseLocale && isLocale(first) ? first : undefined;
}

/** The address without its language prefix: `/fr/gaps` → `/gaps`, `/fr` → `/`; an address without one is kept. */
export function pathWithoutLocale(pathname: string): string {
	const locale = localeFromPath(pathname);
	return locale ? pathname.slice(locale.length + 1) || '/' : pathname;
}

/** A view's own address in `locale`, the one prerendered in that language: `localizedPath('fr', '/gaps')` → `/fr/gaps`. */
export function localizedPath(locale: Locale, path: string): string {
	if (locale === baseLocale) return path;
	return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/** The Overview's own address in `locale`, the one prerendered in that language. */
export function overviewPath(locale: Locale): string {
	return localizedPath(locale, '/');
}

/** A copy of `url` naming `locale`, every other parameter kept in its place. */
export function withLocale(url: URL | string, locale: Locale): URL {
	const next = new URL(url);
	next.searchParams.set(langParam, locale);
	return next;
}

/**
 * Paraglide strategy `custom-url`: `?lang=xx`, then an Overview address in a language (`/fr`), win over the stored
 * choice (see the `i18n` script's strategy order).
 * An unknown value is skipped, so `?lang=xx` falls back to the stored or browser language instead of failing.
 */
export function registerUrlLocaleStrategy(): void {
	defineCustomClientStrategy('custom-url', {
		getLocale: () => {
			if (typeof window === 'undefined') return undefined;
			const url = new URL(window.location.href);
			return localeFromSearch(url.searchParams) ?? localeFromPath(url.pathname);
		},
		setLocale: (locale) => {
			if (typeof window === 'undefined') return;
			const current = new URL(window.location.href);
			// Only an address that names another language is rewritten (so a reload shows the new one);
			// the language switch itself navigates through SvelteKit before calling setLocale.
			if (!isLocale(locale) || !current.searchParams.has(langParam)) return;
			if (current.searchParams.get(langParam) === locale) return;
			history.replaceState(history.state, '', withLocale(current, locale));
		}
	});
}

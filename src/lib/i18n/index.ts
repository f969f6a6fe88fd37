import { m } from '$lib/paraglide/messages.js';
import {
	baseLocale,
	extractLocaleFromNavigator,
	getLocale,
	locales,
	overwriteGetLocale,
	overwriteSetLocale,
	setLocale,
	type Locale
} from '$lib/paraglide/runtime.js';
import type { FormatOptions } from '$lib/format';
import { registerUrlLocaleStrategy } from './url-locale';

registerUrlLocaleStrategy();

export { m, getLocale, locales, setLocale, type Locale };
export {
	langParam,
	localeFromPath,
	localeFromSearch,
	localizedPath,
	overviewPath,
	pathWithoutLocale,
	withLocale
} from './url-locale';
export { localName, type LocalNames } from './local-name';
export {
	columnDescription,
	processingNote,
	countryName,
	incomeName,
	regionName,
	siteName,
	tableDescription,
	tableTitle,
	WORLD_BANK_REGIONS
} from './names';

// The language is kept in localStorage, which throws when the browser's storage is full or turned off; Paraglide
// then throws from getLocale() and no page renders. Without storage the language falls back to the browser's.
const storedGetLocale = getLocale;
const storedSetLocale = setLocale;
/** The language of the page being prerendered: set per request by the server hook, read only outside a browser. */
let renderLocale: Locale = baseLocale;

/** Sets the language the server renders in (prerendering renders one page at a time). */
export function setRenderLocale(locale: Locale): void {
	renderLocale = locale;
}

overwriteGetLocale(() => {
	if (typeof window === 'undefined') return renderLocale;
	try {
		return storedGetLocale();
	} catch {
		return (extractLocaleFromNavigator() as Locale | undefined) ?? baseLocale;
	}
});
overwriteSetLocale((locale, options) => {
	try {
		return storedSetLocale(locale, options);
	} catch {
		return undefined;
	}
});

/** Number-format options for the current language, with its word for a missing value. */
export function formats(missing: string = m.value_no_data()): FormatOptions {
	return { locale: getLocale(), missing };
}

export const languageNames: Record<Locale, () => string> = {
	en: m.language_en,
	fr: m.language_fr,
	es: m.language_es,
	pt: m.language_pt
};

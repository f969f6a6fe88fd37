import { m } from '$lib/paraglide/messages.js';
import { getLocale, locales, setLocale, type Locale } from '$lib/paraglide/runtime.js';
import type { FormatOptions } from '$lib/format';
import { registerUrlLocaleStrategy } from './url-locale';

registerUrlLocaleStrategy();

export { m, getLocale, locales, setLocale, type Locale };
export { langParam, localeFromSearch, withLocale } from './url-locale';
export { localName, type LocalNames } from './local-name';

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

import type { Handle } from '@sveltejs/kit';
import { setRenderLocale } from '$lib/i18n';
import { baseLocale } from '$lib/paraglide/runtime.js';
import { localeFromPath } from '$lib/i18n/url-locale';

/** Prerendering: the Overview at /fr is rendered in French, with the document's language to match. */
export const handle: Handle = ({ event, resolve }) => {
	const locale = localeFromPath(event.url.pathname) ?? baseLocale;
	setRenderLocale(locale);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('<html lang="en">', `<html lang="${locale}">`)
	});
};

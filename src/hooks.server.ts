import type { Handle } from '@sveltejs/kit';
import { setRenderLocale } from '$lib/i18n';
import { localeFromPath } from '$lib/i18n/url-locale';
import { baseLocale } from '$lib/paraglide/runtime.js';

const modulePreload = /<link\b[^>]*\brel="modulepreload"[^>]*>/g;
const mapLibreStylesheet = /<link\b[^>]*maplibre-gl[^>]*\.css"[^>]*>/g;

/**
 * The Overview paints from its HTML before any script runs: its module preloads move to the end of the body, so the
 * scripts download after the figures rather than alongside them, and maplibre's stylesheet (70 KB, needed only when
 * the map upgrades, and then added by the import that loads it) leaves the render-blocking head.
 */
function firstScreenFirst(html: string): string {
	const preloads = html.match(modulePreload) ?? [];
	return html
		.replace(modulePreload, '')
		.replace(mapLibreStylesheet, '')
		.replace('</body>', `${preloads.join('')}</body>`);
}

/** Prerendering: the Overview at /fr is rendered in French, with the document's language to match. */
export const handle: Handle = ({ event, resolve }) => {
	const locale = localeFromPath(event.url.pathname) ?? baseLocale;
	setRenderLocale(locale);
	const overview = event.route.id === '/';
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('<html lang="en">', `<html lang="${locale}">`);
			return overview ? firstScreenFirst(page) : page;
		}
	});
};

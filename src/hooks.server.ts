import type { Handle } from '@sveltejs/kit';
import { setRenderLocale } from '$lib/i18n';
import { languageRedirectScript, localizedViews } from '$lib/i18n/language-address.js';
import { localeFromPath } from '$lib/i18n/url-locale';
import { baseLocale } from '$lib/paraglide/runtime.js';

const modulePreload = /<link\b[^>]*\brel="modulepreload"[^>]*>/g;
const mapLibreStylesheet = /<link\b[^>]*maplibre-gl[^>]*\.css"[^>]*>/g;

const csp = /<meta http-equiv="content-security-policy"[^>]*>/;

/**
 * A prerendered view paints from its HTML before any script runs: its module preloads move to the end of the body, so
 * the scripts download after the frame (and the Overview's figures) rather than alongside them, and maplibre's
 * stylesheet (70 KB, needed only when a map upgrades, and then added by the import that loads it) leaves the
 * render-blocking head. The language start-up script goes first in the head, under the policy that allows it.
 */
function firstScreenFirst(html: string): string {
	const preloads = html.match(modulePreload) ?? [];
	return html
		.replace(csp, (tag) => `${tag}<script>${languageRedirectScript}</script>`)
		.replace(modulePreload, '')
		.replace(mapLibreStylesheet, '')
		.replace('</body>', `${preloads.join('')}</body>`);
}

/** Prerendering: /fr/gaps is rendered in French, with the document's language to match. */
export const handle: Handle = ({ event, resolve }) => {
	const locale = localeFromPath(event.url.pathname) ?? baseLocale;
	setRenderLocale(locale);
	const frame = event.route.id !== null && localizedViews.includes(event.route.id);
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('<html lang="en">', `<html lang="${locale}">`);
			return frame ? firstScreenFirst(page) : page;
		}
	});
};

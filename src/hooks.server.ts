import type { Handle } from '@sveltejs/kit';
import { createHash } from 'node:crypto';
import { setRenderLocale } from '$lib/i18n';
import { languageRedirectScript, localizedViews } from '$lib/i18n/language-address.js';
import { localeFromPath } from '$lib/i18n/url-locale';
import { baseLocale } from '$lib/paraglide/runtime.js';

const modulePreload = /<link\b[^>]*\brel="modulepreload"[^>]*>/g;
const hrefOf = (tag: string) => /\bhref="([^"]+)"/.exec(tag)?.[1];

const csp = /<meta http-equiv="content-security-policy"[^>]*>/;
const inlineScript = /<script>([\s\S]*?)<\/script>/g;
/** Waits for the first painted frame, then asks for the app's modules all at once (the preloads the head no longer has). */
const firstFrameThenPreload = (hrefs: string[]) =>
	`new Promise((r) => requestAnimationFrame(() => setTimeout(r))).then(() => ${JSON.stringify(hrefs)}.forEach((href) => {
						const link = document.createElement('link');
						link.rel = 'modulepreload';
						link.href = href;
						document.head.append(link);
					}))`;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * SvelteKit's start-up script imports the app and hydrates as soon as the modules arrive, which on a fast line is
 * before the browser's first frame: hydrating the Overview then held its first paint back to ×2.5 the bare page's.
 * It now waits for the first frame to be painted, then asks for the modules (see firstScreenFirst), and its hash in
 * the page's policy follows. A script of another shape is left as it is.
 */
function startAfterFirstPaint(html: string, preloads: string[]): string {
	const hashes: [string, string][] = [];
	const out = html.replace(inlineScript, (whole, body: string) => {
		const opening = '\n\t\t\t\t\tPromise.all([';
		const closing = '\n\t\t\t\t\t]).then(([kit, app]) => {';
		if (!body.includes(opening) || !body.includes(closing)) return whole;
		const after = body
			.replace(
				opening,
				`${opening.slice(0, -'Promise.all(['.length)}${firstFrameThenPreload(preloads)}.then(() => Promise.all([`
			)
			.replace(closing, closing.replace('])', ']))'));
		hashes.push([sha256(body), sha256(after)]);
		return `<script>${after}</script>`;
	});
	return hashes.reduce((page, [before, after]) => page.replace(before, after), out);
}

/**
 * A prerendered view paints from its HTML before any script runs: its module preloads leave the HTML and are asked for
 * by the start-up script once the first frame is painted, so on a slow line the scripts do not share the bandwidth
 * with the first screen (a preload anywhere in the document starts downloading while it is parsed). The language
 * start-up script goes first in the head, under the policy that allows it.
 */
function firstScreenFirst(html: string): string {
	const preloads = (html.match(modulePreload) ?? []).flatMap((tag) => hrefOf(tag) ?? []);
	return startAfterFirstPaint(html.replace(modulePreload, ''), preloads).replace(
		csp,
		(tag) => `${tag}<script>${languageRedirectScript}</script>`
	);
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

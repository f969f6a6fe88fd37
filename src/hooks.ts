import type { Reroute } from '@sveltejs/kit';
import { localeFromPath, pathWithoutLocale } from '$lib/i18n/url-locale';

/** `/fr`, `/es/gaps`, `/pt/methods` are a view in that language: one route, prerendered once per language. */
export const reroute: Reroute = ({ url }) =>
	localeFromPath(url.pathname) ? pathWithoutLocale(url.pathname) : undefined;

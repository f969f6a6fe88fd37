import type { Reroute } from '@sveltejs/kit';
import { localeFromPath } from '$lib/i18n/url-locale';

/** `/fr`, `/es` and `/pt` are the Overview in that language: one route, prerendered once per language. */
export const reroute: Reroute = ({ url }) => (localeFromPath(url.pathname) ? '/' : undefined);

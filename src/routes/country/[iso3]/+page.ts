import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import type { PageLoad } from './$types';

// One page per country code: rendered in the browser, served by the SPA fallback on a static host.
export const prerender = false;
// Served by the SPA fallback, which renders in the browser only; the development and preview servers likewise.
export const ssr = false;

/** `/country/ken` becomes `/country/KEN`, keeping the query (what-if, parameters). */
export const load: PageLoad = ({ params, url }) => {
	const code = params.iso3.trim().toUpperCase();
	if (code !== params.iso3 && /^[A-Z]{3}$/.test(code))
		redirect(307, `${resolve('/country/[iso3]', { iso3: code })}${url.search}`);
	return { code };
};

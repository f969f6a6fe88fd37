import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';

// The page the service worker answers offline for an address it has not kept (/country/KEN): rendered in the browser
// only, its HTML is the bare client, which routes by the address it is opened at. Opened at its own address, it goes
// to the Overview.
export const ssr = false;
export const prerender = true;

export const load = () => redirect(307, resolve('/'));

import type { PageLoad } from './$types';

// Centre ids come from the user's data: there is nothing to enumerate at build time.
export const prerender = false;
// Served by the SPA fallback, which renders in the browser only; the development and preview servers likewise.
export const ssr = false;

export const load: PageLoad = ({ params }) => ({ id: params.id });

import type { PageLoad } from './$types';

// Centre ids come from the user's data: there is nothing to enumerate at build time.
export const prerender = false;

export const load: PageLoad = ({ params }) => ({ id: params.id });

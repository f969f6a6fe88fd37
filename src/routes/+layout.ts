// Every view is prerendered with its frame (title, lede, controls, and what depends only on shipped data), once per
// language (src/hooks.ts); what DuckDB answers renders in the browser, behind a skeleton of fixed size.
export const ssr = true;
export const prerender = true;

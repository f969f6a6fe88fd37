// Views render in the browser (DuckDB and maplibre live there); the shell is prerendered for every static route.
export const ssr = false;
export const prerender = true;

// The URL of DuckDB-wasm's eh worker as this build serves it (scripts/duckdb-worker-plugin.ts).
declare module 'virtual:duckdb-eh-worker-url' {
	const url: string;
	export default url;
}

// The URL of the shipped DuckDB database (scripts/atlas-database-plugin.ts).
declare module 'virtual:atlas-database-url' {
	const url: string;
	export default url;
}

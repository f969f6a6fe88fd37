import databaseUrl from 'virtual:atlas-database-url';

/**
 * The DuckDB database shipped with the app (data/scripts/database.ts): the reference tables, written by the same
 * DuckDB version the browser runs and validated when built (data/scripts/database.spec.ts), so the browser neither
 * decodes nor checks them. It is fetched whole while the engine compiles (a few MB: one request beats DuckDB's many
 * range reads) and ATTACHed read-only before the configuration is locked.
 */
export const SHIPPED_CATALOG = 'shipped';
/** The name the file is registered under in DuckDB's virtual file system. */
export const SHIPPED_FILE = 'atlas-shipped.duckdb';

export const attachShippedStatement = `ATTACH '${SHIPPED_FILE}' AS ${SHIPPED_CATALOG} (READ_ONLY)`;

/** The shipped tables, listed in the attached file itself. */
export const shippedTablesStatement = `SELECT table_name FROM duckdb_tables() WHERE database_name = '${SHIPPED_CATALOG}' ORDER BY 1`;

/** A view in the app's own database over one shipped table, so queries name it as before, unqualified. */
export function shippedViewStatement(catalog: string, table: string): string {
	if (!/^[a-z0-9_]+$/.test(table)) throw new Error(`Not a shipped table name: ${table}`);
	return `CREATE OR REPLACE VIEW ${catalog}.main.${table} AS SELECT * FROM ${SHIPPED_CATALOG}.main.${table}`;
}

/** The file's bytes; starts the download at once. */
export async function fetchShippedDatabase(): Promise<Uint8Array> {
	const response = await fetch(databaseUrl);
	if (!response.ok) throw new Error(`Could not download the app's database (HTTP ${response.status})`);
	return new Uint8Array(await response.arrayBuffer());
}

/** Program rows loaded by the large-file path, which stay in DuckDB tables of their own (one per file). */
import { TABLE_NAMES, tableSpec, type TableName } from '../program-schema';
import { identifier, join, sql, type QueryFn } from '../sql';

/** Adds a file's accepted rows (already typed, in the table's column order) to its program table. */
export async function appendAcceptedRows(query: QueryFn, table: TableName, accepted: string): Promise<void> {
	await query(sql`INSERT INTO ${identifier(table)} SELECT * FROM ${identifier(accepted)}`);
}

export async function dropAcceptedRows(query: QueryFn, accepted: string): Promise<void> {
	await query(sql`DROP TABLE IF EXISTS ${identifier(accepted)}`);
}

/** The columns of `table` other files are checked against: its key, and the columns other tables refer to. */
export function checkedColumns(table: TableName): string[] {
	const referred = TABLE_NAMES.flatMap((t) =>
		tableSpec(t)
			.references.filter((r) => r.table === table)
			.map((r) => r.targetColumn)
	);
	return [...new Set([...tableSpec(table).primaryKey, ...referred])];
}

/** Those columns of a large file's accepted rows, for checking a small file against what is loaded. */
export async function loadedKeyRows(query: QueryFn, table: TableName, accepted: string): Promise<object[]> {
	const columns = checkedColumns(table).map((c) => identifier(c));
	return query(sql`SELECT ${join(columns, ', ')} FROM ${identifier(accepted)}`);
}

/** Program rows loaded by the large-file path, which stay in DuckDB tables of their own (one per file). */
import { dependentsOf, type OrphanedRows } from '../program-checks';
import { TABLE_NAMES, tableSpec, type TableName } from '../program-schema';
import { identifier, join, sql, type QueryFn } from '../sql';

/** Adds a file's accepted rows (already typed, in the table's column order) to its program table. */
export async function appendAcceptedRows(query: QueryFn, table: TableName, accepted: string): Promise<void> {
	await query(sql`INSERT INTO ${identifier(table)} SELECT * FROM ${identifier(accepted)}`);
	// Compressed at the checkpoint, not as written (see `checkStagedFile`).
	await query(sql`CHECKPOINT`);
}

export async function dropAcceptedRows(query: QueryFn, accepted: string): Promise<void> {
	await query(sql`DROP TABLE IF EXISTS ${identifier(accepted)}`);
}

/** The columns of `table` other files are checked against: its key, the columns other tables refer to, its references. */
export function checkedColumns(table: TableName): string[] {
	const referred = TABLE_NAMES.flatMap((t) =>
		tableSpec(t)
			.references.filter((r) => r.table === table)
			.map((r) => r.targetColumn)
	);
	const referring = tableSpec(table).references.map((r) => r.column);
	return [...new Set([...tableSpec(table).primaryKey, ...referred, ...referring])];
}

/**
 * Those columns of a large file's accepted rows, for checking a small file against what is loaded (its references to
 * them, and, when it replaces a table they refer to, the rows it would leave pointing at nothing).
 */
export async function loadedKeyRows(query: QueryFn, table: TableName, accepted: string): Promise<object[]> {
	const columns = checkedColumns(table).map((c) => identifier(c));
	return query(sql`SELECT ${join(columns, ', ')} FROM ${identifier(accepted)}`);
}

/** `orphanedByReplace` for a large file whose accepted rows wait in DuckDB, against the program tables loaded there. */
export async function orphanedByStagedReplace(
	query: QueryFn,
	table: TableName,
	accepted: string
): Promise<OrphanedRows[]> {
	const found: OrphanedRows[] = [];
	for (const { dependent, column, target } of dependentsOf(table)) {
		const [row] = await query<{ n: number; example: string | null }>(
			sql`SELECT count(*) AS n, min(CAST(${identifier(column)} AS VARCHAR)) AS example FROM ${identifier(dependent)}
			WHERE ${identifier(column)} IS NOT NULL AND ${identifier(column)} NOT IN (
				SELECT ${identifier(target)} FROM ${identifier(accepted)} WHERE ${identifier(target)} IS NOT NULL)`
		);
		if (row && Number(row.n) > 0)
			found.push({ dependent, column, count: Number(row.n), example: row.example ?? '' });
	}
	return found;
}

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

/** Whether `name` is a table, a view or nothing in the current database (DuckDB drops each by its own statement). */
async function relationKind(query: QueryFn, name: string): Promise<'table' | 'view' | null> {
	const [found] = await query<{ kind: 'table' | 'view' }>(sql`
		SELECT 'view' AS kind FROM duckdb_views()
		WHERE database_name = current_database() AND schema_name = 'main' AND view_name = ${name}
		UNION ALL SELECT 'table' FROM duckdb_tables()
		WHERE database_name = current_database() AND schema_name = 'main' AND table_name = ${name}`);
	return found?.kind ?? null;
}

/** Drops the table or view `name`, if there is one. */
export async function dropRelation(query: QueryFn, name: string): Promise<void> {
	const kind = await relationKind(query, name);
	if (kind === 'view') await query(sql`DROP VIEW ${identifier(name)}`);
	if (kind === 'table') await query(sql`DROP TABLE ${identifier(name)}`);
}

export interface ProgramTableParts {
	/** The attached catalog holding the illustrative rows, in a table of the same name. */
	shipped: string;
	/** False when the user replaced the illustrative rows. */
	includesDefault: boolean;
	/** Tables of the user's rows, in the order they were loaded. */
	user: readonly string[];
}

/**
 * Makes the program table the queries read a view over its parts: the shipped illustrative rows (not copied) and the
 * user's rows, in the schema's column order. With neither, the view is the shipped table's columns and no rows.
 */
export async function composeProgramTable(
	query: QueryFn,
	table: TableName,
	parts: ProgramTableParts
): Promise<void> {
	const columns = join(
		tableSpec(table).columns.map((c) => identifier(c.name)),
		', '
	);
	const shipped = sql`SELECT ${columns} FROM ${identifier(parts.shipped)}.main.${identifier(table)}`;
	const selects = parts.user.map((name) => sql`SELECT ${columns} FROM ${identifier(name)}`);
	if (parts.includesDefault) selects.unshift(shipped);
	else if (selects.length === 0) selects.push(sql`${shipped} WHERE false`);
	await dropRelation(query, table);
	await query(sql`CREATE VIEW ${identifier(table)} AS ${join(selects, ' UNION ALL ')}`);
}

/** A pre-aggregate read, unchanged, from the shipped database: the user's rows touch none of its sources. */
export async function useShippedRelation(query: QueryFn, name: string, shipped: string): Promise<void> {
	await dropRelation(query, name);
	await query(
		sql`CREATE VIEW ${identifier(name)} AS SELECT * FROM ${identifier(shipped)}.main.${identifier(name)}`
	);
}

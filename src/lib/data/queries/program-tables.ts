import { TABLE_NAMES, type TableName } from '../program-schema';
import { identifier, join, sql, type QueryFn } from '../sql';

/** Rows of each program table as the views read it now, in one statement. */
export async function programRowCounts(query: QueryFn): Promise<Record<TableName, number>> {
	const rows = await query<{ table_name: TableName; n: number }>(
		join(
			TABLE_NAMES.map((t) => sql`SELECT ${t} AS table_name, count(*) AS n FROM ${identifier(t)}`),
			' UNION ALL '
		)
	);
	const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as Record<TableName, number>;
	for (const row of rows) counts[row.table_name] = Number(row.n);
	return counts;
}

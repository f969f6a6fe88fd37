/**
 * The server engine: when the app is served by `npm run serve`, the views' query function runs on the shared server's
 * native DuckDB over HTTP instead of DuckDB-wasm. The client sends each statement's shape (its templates and bound
 * values), never SQL text; the answer comes back as Arrow IPC. The server marks the pages it serves with
 * `<meta name="atlas-engine">`; on a static host there is no mark, no request is made, and nothing changes.
 */
import { tableFromIPC, type Table } from 'apache-arrow';
import { post, ServerError } from './server-info';
import type { QueryFn, SqlQuery } from './sql';

export * from './server-info';

function rowsOf<T>(table: Table): T[] {
	return table.toArray().map((row) => row.toJSON() as T);
}

/** The same `QueryFn` the views use, answered by the server. */
export const remoteQuery: QueryFn = async <T extends object>(q: SqlQuery): Promise<T[]> => {
	if (q.shape === null) throw new ServerError(400, 'This statement cannot run on the server');
	const response = await post('/api/query', { shape: q.shape });
	return rowsOf<T>(tableFromIPC(new Uint8Array(await response.arrayBuffer())));
};

/** The console's statement, run by the server in a rolled-back transaction (admins only). */
export async function remoteRolledBack(
	text: string,
	options: { signal?: AbortSignal; maxRows: number }
): Promise<{ table: Table; truncated: boolean }> {
	const response = await post('/api/console', { text }, options.signal);
	const table = tableFromIPC(new Uint8Array(await response.arrayBuffer()));
	const truncated = response.headers.get('X-Truncated') === 'true' || table.numRows > options.maxRows;
	return { table: truncated ? table.slice(0, options.maxRows) : table, truncated };
}

/** The analysts' SQL console: one checked, read-only statement, its result as plain text cells. */
import { DataType, type Table } from 'apache-arrow';
import { checkStatement, type StatementCheck } from '../console-statement';
import { EngineRestartedError, queryRolledBack } from '../db';

export const CONSOLE_MAX_ROWS = 10_000;

/** The statement the console opens with: centres per country, a first query to run and edit. */
export const CONSOLE_EXAMPLE =
	'SELECT iso3, count(*) AS centres\nFROM centres\nGROUP BY iso3\nORDER BY centres DESC';

export interface ConsoleResult {
	columns: string[];
	/** Cells as the console shows them; null is a missing value. */
	rows: (string | number | boolean | null)[][];
	/** More rows exist than the console keeps. */
	truncated: boolean;
	elapsedMs: number;
}

export type ConsoleOutcome =
	| { kind: 'result'; result: ConsoleResult }
	| { kind: 'refused'; check: Exclude<StatementCheck, { ok: true }> }
	| { kind: 'cancelled' }
	| { kind: 'error'; message: string };

function cellValue(value: unknown, type: DataType): string | number | boolean | null {
	if (value === null || value === undefined) return null;
	if (DataType.isDate(type) || DataType.isTimestamp(type)) {
		const d = value instanceof Date ? value : new Date(Number(value));
		const iso = d.toISOString();
		return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
	}
	if (typeof value === 'bigint') return Number(value);
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
	return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
}

export function tableToConsoleRows(table: Table): Pick<ConsoleResult, 'columns' | 'rows'> {
	const fields = table.schema.fields;
	const columns = fields.map((f) => table.getChild(f.name));
	const rows: ConsoleResult['rows'] = [];
	for (let r = 0; r < table.numRows; r++)
		rows.push(fields.map((f, c) => cellValue(columns[c]?.get(r), f.type)));
	return { columns: fields.map((f) => f.name), rows };
}

/**
 * Runs a checked statement once `prepare` has the tables in place. An engine restarted under it (hung or crashed) is
 * prepared again, the user's tables rebuilt, and the statement run once more: it only reads, so running it twice is safe.
 */
export async function runConsoleStatement(
	text: string,
	signal?: AbortSignal,
	prepare: () => Promise<void> = async () => undefined
): Promise<ConsoleOutcome> {
	const check = checkStatement(text);
	if (!check.ok) return { kind: 'refused', check };
	const started = performance.now();
	const options = { signal, maxRows: CONSOLE_MAX_ROWS };
	try {
		await prepare();
		const { table, truncated } = await queryRolledBack(check.text, options).catch(async (error: unknown) => {
			if (!(error instanceof EngineRestartedError) || signal?.aborted) throw error;
			await prepare();
			return queryRolledBack(check.text, options);
		});
		return {
			kind: 'result',
			result: { ...tableToConsoleRows(table), truncated, elapsedMs: performance.now() - started }
		};
	} catch (error) {
		if (signal?.aborted) return { kind: 'cancelled' };
		return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
	}
}

/** The analysts' SQL console as views use it: the tables it can read, and one checked statement run on them. */
import { ensureTables } from '$lib/data/catalog';
import { ensureProgramTables } from '$lib/data/program-catalog';
import { runConsoleStatement, type ConsoleOutcome } from '$lib/data/queries/console';
import { TABLES } from '$lib/data/reference-tables';
import { TABLE_NAMES } from '$lib/models/program-schema';

export { CONSOLE_EXAMPLE, CONSOLE_MAX_ROWS, type ConsoleOutcome } from '$lib/data/queries/console';

/** Every table a statement may name: the program tables, then the reference tables. */
export const consoleTableNames: readonly string[] = [...TABLE_NAMES, ...Object.values(TABLES)];

/** Runs one statement; `signal` cancels it. */
export function runConsole(text: string, signal: AbortSignal): Promise<ConsoleOutcome> {
	// The engine first (a restarted one has scheduled the rebuild of the user's tables by then), then those tables.
	const prepare = async () => {
		await ensureTables(['countries', 'cancer_burden', 'rt_capacity', 'rt_centres']);
		await ensureProgramTables();
	};
	return runConsoleStatement(text, signal, prepare);
}

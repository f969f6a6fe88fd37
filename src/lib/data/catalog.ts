import { startDatabase } from './db';

export type ReferenceTable =
	'countries' | 'cancer_burden' | 'rt_capacity' | 'rt_centres' | 'admin1' | 'population_cells';

/**
 * Resolves when the named reference tables can be queried. They all come with the engine, in the shipped database it
 * attaches as it starts (shipped-database.ts): nothing is downloaded or decoded per table, and this only starts the
 * engine if it has not started yet. (The Parquet files in data/ stay the documented open downloads.)
 */
export function ensureTables(_tables: readonly ReferenceTable[]): Promise<void> {
	return startDatabase();
}

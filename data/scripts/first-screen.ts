import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
	countryCapacityRecords,
	diracUpdateRange,
	type CountryCapacityRecord,
	type DiracUpdateRange
} from '../../src/lib/data/queries/capacity';
import type { QueryFn, SqlQuery } from '../../src/lib/data/sql';
import { countryPaths, worldViewBox } from '../../src/lib/map/world-svg';
import { openDuck } from './duck';
import { outPath } from './paths';

/** What the Overview reads from DuckDB, precomputed: the same query functions, so the first screen equals the takeover. */
export interface FirstScreenSummary {
	records: CountryCapacityRecord[];
	dirac_years: DiracUpdateRange;
}

function queryOn(conn: DuckDBConnection): QueryFn {
	return async <T extends object>(q: SqlQuery): Promise<T[]> => {
		const reader = await conn.runAndReadAll(q.text, q.params as DuckDBValue[]);
		return reader.getRowObjectsJS().map((row) => {
			const plain: Record<string, unknown> = {};
			for (const [key, value] of Object.entries(row))
				plain[key] = typeof value === 'bigint' ? Number(value) : value;
			return plain as T;
		});
	};
}

/** Runs the Overview's own queries on a connection that holds the reference tables. */
export async function buildFirstScreen(conn: DuckDBConnection): Promise<FirstScreenSummary> {
	const query = queryOn(conn);
	return { records: await countryCapacityRecords(query), dirac_years: await diracUpdateRange(query) };
}

/**
 * The Overview's SVG world map, projected once here: the page imports it (a script chunk fetched after the first paint),
 * so the paths are in its HTML once, as SVG, and not a second time in the data the page hydrates from.
 */
export function writeWorldPaths(): number {
	const paths = countryPaths(worldViewBox.width, worldViewBox.height);
	writeFileSync(outPath('world-paths.json'), JSON.stringify(paths) + '\n');
	return paths.length;
}

/** Adds the Overview's first-screen rows to data/summary.json from the committed Parquet tables. */
async function main(): Promise<void> {
	const conn = await openDuck();
	for (const table of ['countries', 'cancer_burden', 'rt_capacity', 'rt_centres'])
		await conn.run(`CREATE VIEW ${table} AS SELECT * FROM read_parquet('${outPath(`${table}.parquet`)}')`);
	const file = outPath('summary.json');
	const summary = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
	summary.overview = await buildFirstScreen(conn);
	writeFileSync(file, JSON.stringify(summary) + '\n');
	console.log(`summary.json: ${(summary.overview as FirstScreenSummary).records.length} Overview rows`);
	console.log(`world-paths.json: ${writeWorldPaths()} countries`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	main().catch((e: unknown) => {
		console.error(e instanceof Error ? e.message : e);
		process.exit(1);
	});
}

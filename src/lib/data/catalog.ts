import { insertArrowTable } from './db';
import { parquetToArrow } from './parquet-arrow';
import { serverInfo } from './remote-engine';

/** The reference tables shipped with the app, by name; Vite fingerprints each file so it caches well. */
const referenceFiles = import.meta.glob('/data/*.parquet', {
	query: '?url',
	import: 'default',
	eager: true
}) as Record<string, string>;

export type ReferenceTable =
	'countries' | 'cancer_burden' | 'rt_capacity' | 'rt_centres' | 'admin1' | 'population_cells';

const loading = new Map<ReferenceTable, Promise<void>>();

export function referenceFileUrl(table: ReferenceTable): string {
	const url = referenceFiles[`/data/${table}.parquet`];
	if (!url)
		throw new Error(`The reference table "${table}" is missing from this build (data/${table}.parquet)`);
	return url;
}

async function loadReferenceTable(table: ReferenceTable): Promise<void> {
	// A server holds the tables itself: nothing to download.
	if (await serverInfo()) return;
	const response = await fetch(referenceFileUrl(table));
	if (!response.ok) throw new Error(`Could not download ${table}.parquet (HTTP ${response.status})`);
	await insertArrowTable(table, await parquetToArrow(await response.arrayBuffer(), `${table}.parquet`));
}

/** Loads each named reference table into DuckDB once; later calls share the same load. */
export function ensureTables(tables: readonly ReferenceTable[]): Promise<void> {
	return Promise.all(
		tables.map((table) => {
			let pending = loading.get(table);
			if (!pending) {
				pending = loadReferenceTable(table).catch((error: unknown) => {
					loading.delete(table);
					throw error;
				});
				loading.set(table, pending);
			}
			return pending;
		})
	).then(() => undefined);
}

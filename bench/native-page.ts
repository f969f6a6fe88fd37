/**
 * What the Mentorship page asks DuckDB when it opens over a stored sessions file, run in native DuckDB in Node (one
 * thread, like the browser's single-threaded wasm build) on the same file: the default program tables read in, the
 * file staged as text and checked in SQL, its accepted rows put in `sessions`, the pre-aggregate built, then the
 * page's queries for the filtered view. The wasm/native ratio compares the browser's cold load with this.
 */
import { countryCapacityRecords } from '../src/lib/data/queries/capacity';
import { sessionMonthRange, type MentorshipFilters } from '../src/lib/data/queries/mentorship';
import { nationalWorkforce } from '../src/lib/data/queries/mentorship-corps';
import { centreCountries, hubList } from '../src/lib/data/queries/mentorship-places';
import { appendAcceptedRows } from '../src/lib/data/queries/program-loaded';
import { checkStagedFile } from '../src/lib/data/queries/program-stage';
import { stageCsv } from '../src/lib/data/queries/program-stage-sql';
import { buildSessionMonths } from '../src/lib/data/queries/session-months';
import { TABLE_NAMES } from '../src/lib/data/program-schema';
import { sql } from '../src/lib/data/sql';
import { nodeProgramQuery } from '../tests/support/node-duckdb';
import { runInteraction, specialtyQueries } from './mentorship';

/** The filters of the page the browser opens: the default period (the record's last 12 months) and one specialty. */
export const pageFilters: MentorshipFilters = {
	specialty: 'radiation_oncology',
	iso3: null,
	hubId: null,
	from: '2025-01',
	to: '2025-12'
};

const REFERENCE = ['countries', 'cancer_burden', 'rt_capacity', 'rt_centres'];

/** One cold run, in a new in-memory database; milliseconds from creating it to the page's last answer. */
export async function nativePageLoad(file: string | null): Promise<{ ms: number; sessions: number }> {
	const t0 = performance.now();
	const query = await nodeProgramQuery(TABLE_NAMES, { reference: REFERENCE, compressed: true });
	try {
		if (file) {
			await query(stageCsv('stage', file, { columns: 5, delimiter: ',', encoding: 'utf-8' }));
			const checked = await checkStagedFile(query, {
				stage: 'stage',
				target: 'accepted',
				table: 'sessions',
				sources: ['c0', 'c1', 'c2', 'c3', 'c4'],
				decimalComma: false,
				mode: 'replace',
				countries: true,
				loadedTables: new Set(TABLE_NAMES),
				maxIssues: 500
			});
			if (checked.accepted === 0) throw new Error(`${file}: no row accepted`);
			await query(sql`DROP TABLE stage`);
			await query(sql`DELETE FROM sessions`);
			await appendAcceptedRows(query, 'sessions', 'accepted');
		}
		await buildSessionMonths(query);
		await Promise.all([
			sessionMonthRange(query),
			hubList(query),
			centreCountries(query),
			countryCapacityRecords(query),
			nationalWorkforce(query)
		]);
		await runInteraction(specialtyQueries, query, pageFilters);
		const ms = performance.now() - t0;
		const [{ n } = { n: 0 }] = await query<{ n: number }>(sql`SELECT count(*) AS n FROM sessions`);
		return { ms, sessions: n };
	} finally {
		query.close();
	}
}

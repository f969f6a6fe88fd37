/**
 * A large sessions table generated inside native DuckDB, straight into the server's database file: 100 M rows take
 * minutes in SQL where the streamed CSV of bench/files.ts would take hours. The rows follow the same law as that
 * generator (data/program/write.ts): each session falls on one day of one engagement's span, every day of every span
 * equally likely (so an engagement is drawn in proportion to its length and the date is uniform within it); a session of
 * an in-country engagement is in the country with chance 0.6, of a mixed one 0.1, of a telemedicine one never; in-country
 * sessions last 6 to 8 hours, remote ones 1, 1.5 or 2 (weights 3:2:1). Every column is a hash of the row number, so the
 * same count gives the same rows on every machine, and every engagement is one of the shipped default's.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { buildSessionMonths } from '../src/lib/data/queries/session-months';
import { connectionQuery } from '../server/database';

/** The generator's last day (data/program/network.ts): spans still open end here. */
const AS_OF = '2025-12-31';

/** Every (engagement, day) of the engagements' spans, numbered from 0: a session draws one of them. */
const SLOTS = `CREATE OR REPLACE TEMP TABLE bench_slots AS
	SELECT CAST(row_number() OVER (ORDER BY engagement_id, day) - 1 AS UBIGINT) AS slot, engagement_id, mode, day
	FROM (
		SELECT engagement_id, mode,
		       CAST(unnest(generate_series(CAST(start AS TIMESTAMP),
		            CAST(least(coalesce("end", DATE '${AS_OF}'), DATE '${AS_OF}') AS TIMESTAMP), INTERVAL 1 DAY)) AS DATE) AS day
		FROM engagements)`;

/** The INSERT of `count` sessions over the slots; `hash(i, k)` is the k-th independent draw of row i. */
export function insertSessionsSql(count: number, slots: number): string {
	const width = String(count).length;
	return `INSERT INTO sessions (session_id, engagement_id, date, hours, mode)
		SELECT 'S' || lpad(CAST(i + 1 AS VARCHAR), ${width}, '0'), engagement_id, day,
		       CASE WHEN in_country THEN 6 + CAST(hash(i, 3) % 3 AS DOUBLE)
		            ELSE [1, 1, 1, 1.5, 1.5, 2][1 + CAST(hash(i, 4) % 6 AS INTEGER)] END,
		       CASE WHEN in_country THEN 'in_country' ELSE 'telemedicine' END
		FROM (
			SELECT i, s.engagement_id, s.day,
			       s.mode <> 'telemedicine'
			       AND hash(i, 2) % 1000 < CASE WHEN s.mode = 'in_country' THEN 600 ELSE 100 END AS in_country
			FROM range(${count}) r(i)
			JOIN bench_slots s ON s.slot = hash(i, 1) % ${slots}
		)`;
}

/** Replaces the database's sessions with `count` generated ones and rebuilds `session_months` as the server does. */
export async function generateServerSessions(
	connection: DuckDBConnection,
	count: number
): Promise<{ insertMs: number; sessionMonthsMs: number }> {
	const t0 = performance.now();
	await connection.run(SLOTS);
	await connection.run('DELETE FROM sessions');
	// A constant, not a subquery, in the join condition: DuckDB then joins by hash instead of row by row.
	const slots = Number(
		(await connection.runAndReadAll('SELECT count(*) AS n FROM bench_slots')).getRowObjects()[0]?.n
	);
	await connection.run(insertSessionsSql(count, slots));
	await connection.run('DROP TABLE bench_slots');
	const t1 = performance.now();
	await buildSessionMonths(connectionQuery(connection));
	await connection.run('CHECKPOINT');
	return { insertMs: t1 - t0, sessionMonthsMs: performance.now() - t1 };
}

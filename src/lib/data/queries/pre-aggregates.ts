/**
 * Every pre-aggregate the views read, in one list: the build writes each into the shipped database
 * (data/scripts/program-database.ts), and the browser rebuilds one only when a table it is built from holds the user's
 * rows; otherwise it reads the shipped copy. A new pre-aggregate is added here, with its proof against the raw rows.
 */
import type { TableName } from '../program-schema';
import type { QueryFn } from '../sql';
import { buildSessionMonths, SESSION_MONTHS_SOURCES } from './session-months';

export interface PreAggregate {
	/** The table's name, as the queries read it. */
	name: string;
	/** The program tables it is built from: a change to any of them rebuilds it. */
	sources: readonly TableName[];
	/** Creates (or replaces) the table `name` from its sources, in the query function's current database. */
	build(query: QueryFn): Promise<void>;
}

/**
 * A per-view table coarser than `session_months` (e.g. the timeline's month × mode × specialty × country × hub) was
 * counted on the embedded data and kept 87 % of its rows, so it would save next to nothing: one table serves every
 * linked view of /mentorship (the spec keeps that count).
 */
export const PRE_AGGREGATES: readonly PreAggregate[] = [
	{ name: 'session_months', sources: SESSION_MONTHS_SOURCES, build: buildSessionMonths }
];

/** The pre-aggregates built from any of `tables`. */
export function preAggregatesOf(tables: Iterable<TableName>): PreAggregate[] {
	const changed = new Set(tables);
	return PRE_AGGREGATES.filter((p) => p.sources.some((s) => changed.has(s)));
}

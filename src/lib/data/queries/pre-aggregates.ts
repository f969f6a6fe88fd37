import type { QueryFn } from '../sql';
import { buildSessionMonths, SESSION_MONTHS_SOURCES } from './session-months';

/** A small table derived from the program tables, which the views' interactions read instead of raw rows. */
export interface PreAggregate {
	table: string;
	/** The tables it is built from: replacing or extending any of them rebuilds it. */
	sources: readonly string[];
	build(query: QueryFn): Promise<void>;
}

/**
 * Every pre-aggregate, in build order. Each has a spec proving that the queries reading it answer as the raw-row
 * queries they replace, across filter states (session-months.spec.ts is the model). A per-view table coarser than
 * `session_months` (e.g. the timeline's month × mode × specialty × country × hub) was counted on the embedded data
 * and kept 87 % of its rows, so it would save next to nothing: one table serves every linked view of /mentorship.
 */
export const PRE_AGGREGATES: readonly PreAggregate[] = [
	{ table: 'session_months', sources: SESSION_MONTHS_SOURCES, build: buildSessionMonths }
];

/** The pre-aggregates built from `table`. */
export function preAggregatesFrom(table: string): PreAggregate[] {
	return PRE_AGGREGATES.filter((p) => p.sources.includes(table));
}

/**
 * Builds (or rebuilds) the pre-aggregates: all of them, or only those built from `changed` — what the catalog calls
 * when the data is loaded, restored or changed.
 */
export async function buildPreAggregates(query: QueryFn, changed?: string): Promise<void> {
	for (const p of changed === undefined ? PRE_AGGREGATES : preAggregatesFrom(changed)) await p.build(query);
}

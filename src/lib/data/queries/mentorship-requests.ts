import { sql, type QueryFn } from '../sql';
import { monthStart, type MentorshipFilters } from './mentorship-filters';

export interface RequestTimingRow {
	request_id: string;
	status: 'open' | 'matched' | 'closed' | 'withdrawn';
	/** Days from opened to matched, when matched before the end of the period; `null` otherwise. */
	days_to_match: number | null;
	/**
	 * Days followed: to the match, else to the closing or withdrawal without a match, else to the last day of the
	 * period (a date from the data and the filters, never the clock). A match after the period is not yet seen.
	 */
	days_followed: number;
}

/**
 * Requests opened in the period (specialty and country filters), with the days each took to be matched by the end of
 * the period and the days it was followed, for a time-to-match estimate that counts waiting requests as waiting.
 */
export function requestTimings(query: QueryFn, filters: MentorshipFilters): Promise<RequestTimingRow[]> {
	const asOf = sql`CAST(${monthStart(filters.to)} AS DATE) + INTERVAL 1 MONTH`;
	const lastDay = sql`CAST(${asOf} AS DATE) - INTERVAL 1 DAY`;
	return query<RequestTimingRow>(sql`
		SELECT r.request_id, r.status,
		       CASE WHEN r.matched < ${asOf} THEN CAST(date_diff('day', r.opened, r.matched) AS INTEGER) END
		         AS days_to_match,
		       CAST(date_diff('day', r.opened, CASE
		         WHEN r.matched < ${asOf} THEN r.matched
		         WHEN r.matched IS NULL AND r.closed < ${asOf} THEN r.closed
		         ELSE CAST(${lastDay} AS DATE) END) AS INTEGER) AS days_followed
		FROM requests r JOIN centres c ON c.centre_id = r.centre_id
		WHERE r.opened >= CAST(${monthStart(filters.from)} AS DATE) AND r.opened < ${asOf}
		  AND ${filters.specialty ? sql`r.specialty = ${filters.specialty}` : sql`TRUE`}
		  AND ${filters.iso3 ? sql`c.iso3 = ${filters.iso3}` : sql`TRUE`}
		ORDER BY r.request_id`);
}

export interface WaitingRequestRow {
	request_id: string;
	centre_id: string;
	centre_name: string;
	iso3: string;
	specialty: string;
	kind: 'need' | 'opportunity';
	opened: string;
	/** Days from opening to the end of the period. */
	days_waiting: number;
	working_languages: string;
}

/** Requests still waiting for a match at the end of the period, longest wait first. */
export function waitingRequests(query: QueryFn, filters: MentorshipFilters): Promise<WaitingRequestRow[]> {
	const asOf = sql`CAST(${monthStart(filters.to)} AS DATE) + INTERVAL 1 MONTH`;
	return query<WaitingRequestRow>(sql`
		SELECT r.request_id, r.centre_id, c.name AS centre_name, c.iso3, r.specialty, r.kind,
		       strftime(r.opened, '%Y-%m-%d') AS opened,
		       CAST(date_diff('day', r.opened, CAST(${asOf} AS DATE) - INTERVAL 1 DAY) AS INTEGER) AS days_waiting,
		       c.working_languages
		FROM requests r JOIN centres c ON c.centre_id = r.centre_id
		WHERE r.opened < ${asOf} AND r.status <> 'withdrawn'
		  AND (r.matched IS NULL OR r.matched >= ${asOf}) AND (r.closed IS NULL OR r.closed >= ${asOf})
		  AND ${filters.specialty ? sql`r.specialty = ${filters.specialty}` : sql`TRUE`}
		  AND ${filters.iso3 ? sql`c.iso3 = ${filters.iso3}` : sql`TRUE`}
		ORDER BY days_waiting DESC, r.request_id`);
}

export interface ExpertLoadRow {
	expert_id: string;
	display_name: string;
	specialty: string;
	languages: string;
	hours_per_month: number;
	/** Average hours a month the expert gave over the three months before the end of the period. */
	hours_committed: number;
}

/** Every expert's availability and recent load, to find who could take a waiting request. */
export function expertLoad(query: QueryFn, filters: MentorshipFilters): Promise<ExpertLoadRow[]> {
	const asOf = sql`CAST(${monthStart(filters.to)} AS DATE) + INTERVAL 1 MONTH`;
	return query<ExpertLoadRow>(sql`
		WITH recent AS (
			SELECT a.expert_id, sum(a.hours) / 3 AS hours_committed
			FROM session_months a
			WHERE a.month >= ${asOf} - INTERVAL 3 MONTH AND a.month < ${asOf}
			GROUP BY ALL)
		SELECT x.expert_id, x.display_name, x.specialty, x.languages, x.hours_per_month,
		       coalesce(r.hours_committed, 0) AS hours_committed
		FROM experts x LEFT JOIN recent r ON r.expert_id = x.expert_id
		ORDER BY x.expert_id`);
}

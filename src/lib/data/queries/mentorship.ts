import { defaultCoverageParameters } from '../../models/coverage-parameters';
import { sql, type QueryFn } from '../sql';
import { monthSlice, monthStart, monthWhere, sliceWhere, type MentorshipFilters } from './mentorship-filters';
import type { CentreActivityRow } from '../../models/mentorship-rows';

export type { CentreActivityRow };

export type { MentorshipFilters } from './mentorship-filters';

export interface MonthRange {
	first: string | null;
	last: string | null;
}

/** The first and last month with a session (`YYYY-MM`). */
export async function sessionMonthRange(query: QueryFn): Promise<MonthRange> {
	const [row] = await query<MonthRange>(sql`
		SELECT strftime(min(month), '%Y-%m') AS first, strftime(max(month), '%Y-%m') AS last FROM session_months`);
	return row ?? { first: null, last: null };
}

export interface MonthlyActivity {
	month: string;
	mode: 'telemedicine' | 'in_country';
	sessions: number;
	hours: number;
}

/** Sessions and hours per month and mode over the whole record (the period is chosen on this timeline). */
export function monthlyActivity(query: QueryFn, filters: MentorshipFilters): Promise<MonthlyActivity[]> {
	return query<MonthlyActivity>(sql`
		SELECT strftime(a.month, '%Y-%m') AS month, a.mode,
		       CAST(sum(a.sessions) AS BIGINT) AS sessions, sum(a.hours) AS hours
		FROM session_months a
		WHERE ${monthSlice(filters)}
		GROUP BY ALL ORDER BY month, a.mode`);
}

export interface MonthlyEngagements {
	month: string;
	mode: 'telemedicine' | 'mixed' | 'in_country';
	started: number;
	ended: number;
}

/** Engagements started and ended per month and engagement mode. */
export function monthlyEngagements(
	query: QueryFn,
	filters: MentorshipFilters
): Promise<MonthlyEngagements[]> {
	return query<MonthlyEngagements>(sql`
		WITH picked AS (
			SELECT e.start, e."end", e.mode FROM engagements e
			JOIN centres c ON c.centre_id = e.centre_id JOIN experts x ON x.expert_id = e.expert_id
			WHERE ${sliceWhere(filters)}),
		events AS (
			SELECT strftime(start, '%Y-%m') AS month, mode, 1 AS started, 0 AS ended FROM picked
			UNION ALL SELECT strftime("end", '%Y-%m'), mode, 0, 1 FROM picked WHERE "end" IS NOT NULL)
		SELECT month, mode, sum(started) AS started, sum(ended) AS ended FROM events
		GROUP BY month, mode ORDER BY month, mode`);
}

export interface DepthRow {
	centre_id: string;
	centre_name: string;
	iso3: string;
	specialty: string;
	/** Distinct experts with a session at this centre in this specialty in the period. */
	active_experts: number;
	/** Of those, the experts with at least the minimum number of sessions there (`minSessions`). */
	qualified_experts: number;
	sessions: number;
	hours: number;
	/** Sessions of the busiest expert, and Σ sessions² over the experts: for the concentration measures. */
	top_expert_sessions: number;
	sessions_squared: number;
	/** Requests in this specialty open at the end of the period. */
	open_requests: number;
}

/**
 * Corps depth, from one pass over the pre-aggregate: per centre and specialty, the distinct experts with sessions in the period (all of them, and those
 * with at least `minSessions`), the busiest expert's sessions and the sum of squared sessions per expert, with the
 * open requests (need). A pair appears when it had a session, an engagement running in the period, or a request
 * waiting at its end, so pairs with no expert at all are listed too.
 */
export function centreSpecialtyDepth(
	query: QueryFn,
	filters: MentorshipFilters,
	minSessions: number = defaultCoverageParameters.depthSessions
): Promise<DepthRow[]> {
	const asOf = sql`CAST(${monthStart(filters.to)} AS DATE) + INTERVAL 1 MONTH`;
	return query<DepthRow>(sql`
		WITH per_expert AS (
			SELECT a.centre_id, a.specialty, a.expert_id, sum(a.sessions) AS sessions, sum(a.hours) AS hours
			FROM session_months a WHERE ${monthWhere(filters)} GROUP BY ALL),
		active AS (
			SELECT centre_id, specialty, count(DISTINCT expert_id) AS active_experts,
			       CAST(sum(sessions) AS BIGINT) AS sessions, sum(hours) AS hours,
			       count(*) FILTER (WHERE sessions >= ${minSessions}) AS qualified_experts,
			       CAST(max(sessions) AS BIGINT) AS top_expert_sessions,
			       CAST(sum(sessions * sessions) AS BIGINT) AS sessions_squared
			FROM per_expert GROUP BY ALL),
		engaged AS (
			SELECT DISTINCT e.centre_id, e.specialty FROM engagements e
			JOIN centres c ON c.centre_id = e.centre_id JOIN experts x ON x.expert_id = e.expert_id
			WHERE ${sliceWhere(filters)} AND e.start < ${asOf}
			  AND (e."end" IS NULL OR e."end" >= CAST(${monthStart(filters.from)} AS DATE))),
		need AS (
			SELECT r.centre_id, r.specialty, count(*) AS open_requests
			FROM requests r JOIN centres c ON c.centre_id = r.centre_id
			WHERE r.opened < ${asOf} AND r.status <> 'withdrawn'
			  AND (r.matched IS NULL OR r.matched >= ${asOf}) AND (r.closed IS NULL OR r.closed >= ${asOf})
			  AND ${filters.specialty ? sql`r.specialty = ${filters.specialty}` : sql`TRUE`}
			  AND ${filters.iso3 ? sql`c.iso3 = ${filters.iso3}` : sql`TRUE`}
			GROUP BY ALL),
		pairs AS (
			SELECT centre_id, specialty FROM active UNION SELECT centre_id, specialty FROM engaged
			UNION SELECT centre_id, specialty FROM need)
		SELECT p.centre_id, c.name AS centre_name, c.iso3, p.specialty,
		       coalesce(a.active_experts, 0) AS active_experts, coalesce(a.qualified_experts, 0) AS qualified_experts,
		       coalesce(a.sessions, 0) AS sessions, coalesce(a.hours, 0) AS hours,
		       coalesce(a.top_expert_sessions, 0) AS top_expert_sessions,
		       coalesce(a.sessions_squared, 0) AS sessions_squared, coalesce(n.open_requests, 0) AS open_requests
		FROM pairs p JOIN centres c ON c.centre_id = p.centre_id
		LEFT JOIN active a ON a.centre_id = p.centre_id AND a.specialty = p.specialty
		LEFT JOIN need n ON n.centre_id = p.centre_id AND n.specialty = p.specialty
		ORDER BY c.name, p.specialty`);
}

/** Every partner centre (in the country filter) with its sessions, hours and engaged months in the period. */
export function centreActivity(query: QueryFn, filters: MentorshipFilters): Promise<CentreActivityRow[]> {
	const from = sql`CAST(${monthStart(filters.from)} AS DATE)`;
	const to = sql`CAST(${monthStart(filters.to)} AS DATE)`;
	return query<CentreActivityRow>(sql`
		WITH done AS (
			SELECT a.centre_id, CAST(sum(a.sessions) AS BIGINT) AS sessions, sum(a.hours) AS hours,
			       count(DISTINCT a.expert_id) AS experts, count(DISTINCT a.month) AS months_with_session
			FROM session_months a WHERE ${monthWhere(filters)} GROUP BY ALL),
		spans AS (
			SELECT e.centre_id, greatest(date_trunc('month', e.start), ${from}) AS first,
			       least(date_trunc('month', coalesce(e."end", ${to})), ${to}) AS last
			FROM engagements e JOIN centres c ON c.centre_id = e.centre_id JOIN experts x ON x.expert_id = e.expert_id
			WHERE ${sliceWhere(filters)}),
		engaged AS (
			SELECT centre_id, count(DISTINCT month) AS months_engaged FROM (
				SELECT centre_id, unnest(generate_series(first, last, INTERVAL 1 MONTH)) AS month
				FROM spans WHERE first <= last)
			GROUP BY centre_id)
		SELECT c.centre_id, c.name, c.iso3, c.admin1_code, c.lat, c.lon, CAST(c.phase AS INTEGER) AS phase,
		       c.working_languages, coalesce(d.sessions, 0) AS sessions, coalesce(d.hours, 0) AS hours,
		       coalesce(d.experts, 0) AS experts, coalesce(d.months_with_session, 0) AS months_with_session,
		       coalesce(g.months_engaged, 0) AS months_engaged
		FROM centres c LEFT JOIN done d ON d.centre_id = c.centre_id LEFT JOIN engaged g ON g.centre_id = c.centre_id
		WHERE ${filters.iso3 ? sql`c.iso3 = ${filters.iso3}` : sql`TRUE`}
		ORDER BY c.name`);
}

export interface MentoringLink {
	hub_id: string | null;
	hub_lat: number | null;
	hub_lon: number | null;
	centre_id: string;
	centre_lat: number;
	centre_lon: number;
	hours: number;
	sessions: number;
}

/** Hours from each hub's experts to each centre in the period; independent experts have no hub (`hub_id` null). */
export function mentoringLinks(query: QueryFn, filters: MentorshipFilters): Promise<MentoringLink[]> {
	return query<MentoringLink>(sql`
		SELECT a.hub_id, h.lat AS hub_lat, h.lon AS hub_lon, c.centre_id, c.lat AS centre_lat, c.lon AS centre_lon,
		       sum(a.hours) AS hours, CAST(sum(a.sessions) AS BIGINT) AS sessions
		FROM session_months a JOIN centres c ON c.centre_id = a.centre_id LEFT JOIN hubs h ON h.hub_id = a.hub_id
		WHERE ${monthWhere(filters)}
		GROUP BY ALL ORDER BY hours DESC, c.centre_id`);
}

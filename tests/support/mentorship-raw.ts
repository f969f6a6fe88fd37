// The Mentorship interaction queries as they read raw session rows (one row per session, joined to its engagement,
// centre and expert). The app answers the same questions from the `session_months` pre-aggregate; these are the
// reference its answers are checked against (session-months.spec.ts) and the baseline bench/mentorship.ts times.
import type {
	CentreActivityRow,
	DepthRow,
	MentoringLink,
	MonthRange,
	MonthlyActivity
} from '../../src/lib/data/queries/mentorship';
import type { CorpsExpertRow, CorpsYear } from '../../src/lib/data/queries/mentorship-corps';
import {
	monthStart,
	sliceWhere,
	type MentorshipFilters
} from '../../src/lib/data/queries/mentorship-filters';
import type { ExpertLoadRow } from '../../src/lib/data/queries/mentorship-requests';
import { sql, type QueryFn, type SqlQuery } from '../../src/lib/data/sql';

/** Sessions with their engagement (e), centre (c) and expert (x). */
export const sessionsJoined = sql`sessions s
	JOIN engagements e ON e.engagement_id = s.engagement_id
	JOIN centres c ON c.centre_id = e.centre_id
	JOIN experts x ON x.expert_id = e.expert_id`;

/** `s.date` inside the period. */
export function inPeriod(filters: MentorshipFilters, column: SqlQuery = sql`s.date`): SqlQuery {
	return sql`${column} >= CAST(${monthStart(filters.from)} AS DATE)
		AND ${column} < CAST(${monthStart(filters.to)} AS DATE) + INTERVAL 1 MONTH`;
}

/** Every filter, the period included, over `sessionsJoined`. */
export function sessionWhere(filters: MentorshipFilters): SqlQuery {
	return sql`${inPeriod(filters)} AND ${sliceWhere(filters)}`;
}

export async function rawSessionMonthRange(query: QueryFn): Promise<MonthRange> {
	const [row] = await query<MonthRange>(sql`
		SELECT strftime(min(date), '%Y-%m') AS first, strftime(max(date), '%Y-%m') AS last FROM sessions`);
	return row ?? { first: null, last: null };
}

/** Sessions and hours per month and mode over the whole record (the period is chosen on this timeline). */
export function rawMonthlyActivity(query: QueryFn, filters: MentorshipFilters): Promise<MonthlyActivity[]> {
	return query<MonthlyActivity>(sql`
		SELECT strftime(date_trunc('month', s.date), '%Y-%m') AS month, s.mode,
		       count(*) AS sessions, sum(s.hours) AS hours
		FROM ${sessionsJoined}
		WHERE ${sliceWhere(filters)}
		GROUP BY ALL ORDER BY month, s.mode`);
}

/** Corps depth: experts per centre and specialty in the period (all, and with `minSessions` or more), with need. */
export function rawCentreSpecialtyDepth(
	query: QueryFn,
	filters: MentorshipFilters,
	minSessions = 3
): Promise<DepthRow[]> {
	const asOf = sql`CAST(${monthStart(filters.to)} AS DATE) + INTERVAL 1 MONTH`;
	return query<DepthRow>(sql`
		WITH active AS (
			SELECT e.centre_id, e.specialty, count(DISTINCT e.expert_id) AS active_experts,
			       count(*) AS sessions, sum(s.hours) AS hours
			FROM ${sessionsJoined} WHERE ${sessionWhere(filters)} GROUP BY ALL),
		per_expert AS (
			SELECT e.centre_id, e.specialty, e.expert_id, count(*) AS sessions
			FROM ${sessionsJoined} WHERE ${sessionWhere(filters)} GROUP BY ALL),
		spread AS (
			SELECT centre_id, specialty, count(*) FILTER (WHERE sessions >= ${minSessions}) AS qualified_experts,
			       max(sessions) AS top_expert_sessions, CAST(sum(sessions * sessions) AS BIGINT) AS sessions_squared
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
		       coalesce(a.active_experts, 0) AS active_experts, coalesce(s.qualified_experts, 0) AS qualified_experts,
		       coalesce(a.sessions, 0) AS sessions, coalesce(a.hours, 0) AS hours,
		       coalesce(s.top_expert_sessions, 0) AS top_expert_sessions,
		       coalesce(s.sessions_squared, 0) AS sessions_squared, coalesce(n.open_requests, 0) AS open_requests
		FROM pairs p JOIN centres c ON c.centre_id = p.centre_id
		LEFT JOIN active a ON a.centre_id = p.centre_id AND a.specialty = p.specialty
		LEFT JOIN spread s ON s.centre_id = p.centre_id AND s.specialty = p.specialty
		LEFT JOIN need n ON n.centre_id = p.centre_id AND n.specialty = p.specialty
		ORDER BY c.name, p.specialty`);
}

/** Every partner centre (in the country filter) with its sessions, hours and engaged months in the period. */
export function rawCentreActivity(query: QueryFn, filters: MentorshipFilters): Promise<CentreActivityRow[]> {
	const from = sql`CAST(${monthStart(filters.from)} AS DATE)`;
	const to = sql`CAST(${monthStart(filters.to)} AS DATE)`;
	return query<CentreActivityRow>(sql`
		WITH done AS (
			SELECT e.centre_id, count(*) AS sessions, sum(s.hours) AS hours, count(DISTINCT e.expert_id) AS experts,
			       count(DISTINCT date_trunc('month', s.date)) AS months_with_session
			FROM ${sessionsJoined} WHERE ${sessionWhere(filters)} GROUP BY ALL),
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

/** Hours from each hub's experts to each centre in the period; independent experts have no hub (`hub_id` null). */
export function rawMentoringLinks(query: QueryFn, filters: MentorshipFilters): Promise<MentoringLink[]> {
	return query<MentoringLink>(sql`
		SELECT x.hub_id, h.lat AS hub_lat, h.lon AS hub_lon, c.centre_id, c.lat AS centre_lat, c.lon AS centre_lon,
		       sum(s.hours) AS hours, count(*) AS sessions
		FROM ${sessionsJoined} LEFT JOIN hubs h ON h.hub_id = x.hub_id
		WHERE ${sessionWhere(filters)}
		GROUP BY ALL ORDER BY hours DESC, c.centre_id`);
}

/** The experts of the corps (specialty and hub filters) with what each gave in the period. */
export function rawCorpsExperts(query: QueryFn, filters: MentorshipFilters): Promise<CorpsExpertRow[]> {
	return query<CorpsExpertRow>(sql`
		WITH given AS (
			SELECT e.expert_id, count(*) AS sessions, sum(s.hours) AS hours, count(DISTINCT e.centre_id) AS centres
			FROM ${sessionsJoined} WHERE ${sessionWhere(filters)} GROUP BY ALL)
		SELECT x.expert_id, x.display_name, x.specialty, x.hub_id, h.name AS hub_name, x.track, x.hours_per_month,
		       strftime(x.joined, '%Y-%m-%d') AS joined, coalesce(g.sessions, 0) AS sessions,
		       coalesce(g.hours, 0) AS hours, coalesce(g.centres, 0) AS centres
		FROM experts x LEFT JOIN hubs h ON h.hub_id = x.hub_id LEFT JOIN given g ON g.expert_id = x.expert_id
		WHERE ${filters.specialty ? sql`x.specialty = ${filters.specialty}` : sql`TRUE`}
		  AND ${filters.hubId ? sql`x.hub_id = ${filters.hubId}` : sql`TRUE`}
		ORDER BY hours DESC, x.expert_id`);
}

/** How the corps grew: experts joining, and experts, centres, countries and hours active, each year. */
export function rawCorpsGrowth(query: QueryFn, filters: MentorshipFilters): Promise<CorpsYear[]> {
	return query<CorpsYear>(sql`
		WITH active AS (
			SELECT CAST(year(s.date) AS INTEGER) AS year, count(DISTINCT e.expert_id) AS active_experts,
			       count(DISTINCT e.centre_id) AS centres, count(DISTINCT c.iso3) AS countries,
			       count(*) AS sessions, sum(s.hours) AS hours
			FROM ${sessionsJoined} WHERE ${sliceWhere(filters)} GROUP BY ALL),
		joined AS (
			SELECT CAST(year(x.joined) AS INTEGER) AS year, count(*) AS experts_joined FROM experts x
			WHERE ${filters.specialty ? sql`x.specialty = ${filters.specialty}` : sql`TRUE`}
			  AND ${filters.hubId ? sql`x.hub_id = ${filters.hubId}` : sql`TRUE`}
			GROUP BY ALL)
		SELECT coalesce(a.year, j.year) AS year, coalesce(j.experts_joined, 0) AS experts_joined,
		       coalesce(a.active_experts, 0) AS active_experts, coalesce(a.centres, 0) AS centres,
		       coalesce(a.countries, 0) AS countries, coalesce(a.sessions, 0) AS sessions, coalesce(a.hours, 0) AS hours
		FROM active a FULL JOIN joined j ON j.year = a.year ORDER BY year`);
}

/** Every expert's availability and recent load, to find who could take a waiting request. */
export function rawExpertLoad(query: QueryFn, filters: MentorshipFilters): Promise<ExpertLoadRow[]> {
	const asOf = sql`CAST(${monthStart(filters.to)} AS DATE) + INTERVAL 1 MONTH`;
	return query<ExpertLoadRow>(sql`
		WITH recent AS (
			SELECT e.expert_id, sum(s.hours) / 3 AS hours_committed
			FROM sessions s JOIN engagements e ON e.engagement_id = s.engagement_id
			WHERE s.date >= ${asOf} - INTERVAL 3 MONTH AND s.date < ${asOf}
			GROUP BY ALL)
		SELECT x.expert_id, x.display_name, x.specialty, x.languages, x.hours_per_month,
		       coalesce(r.hours_committed, 0) AS hours_committed
		FROM experts x LEFT JOIN recent r ON r.expert_id = x.expert_id
		ORDER BY x.expert_id`);
}

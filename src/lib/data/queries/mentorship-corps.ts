import { sql, type QueryFn } from '../sql';
import { monthSlice, monthWhere, type MentorshipFilters } from './mentorship-filters';
import type { CorpsExpertRow, CorpsYear, PhaseRecordRow } from '../../models/corps-rows';

export type { CorpsExpertRow, CorpsYear, PhaseRecordRow };

/** The experts of the corps (specialty and hub filters) with what each gave in the period. */
export function corpsExperts(query: QueryFn, filters: MentorshipFilters): Promise<CorpsExpertRow[]> {
	return query<CorpsExpertRow>(sql`
		WITH given AS (
			SELECT a.expert_id, CAST(sum(a.sessions) AS BIGINT) AS sessions, sum(a.hours) AS hours,
			       count(DISTINCT a.centre_id) AS centres
			FROM session_months a WHERE ${monthWhere(filters)} GROUP BY ALL)
		SELECT x.expert_id, x.display_name, x.specialty, x.hub_id, h.name AS hub_name, x.track, x.hours_per_month,
		       strftime(x.joined, '%Y-%m-%d') AS joined, coalesce(g.sessions, 0) AS sessions,
		       coalesce(g.hours, 0) AS hours, coalesce(g.centres, 0) AS centres
		FROM experts x LEFT JOIN hubs h ON h.hub_id = x.hub_id LEFT JOIN given g ON g.expert_id = x.expert_id
		WHERE ${filters.specialty ? sql`x.specialty = ${filters.specialty}` : sql`TRUE`}
		  AND ${filters.hubId ? sql`x.hub_id = ${filters.hubId}` : sql`TRUE`}
		ORDER BY hours DESC, x.expert_id`);
}

/** How the corps grew: experts joining, and experts, centres, countries and hours active, each year. */
export function corpsGrowth(query: QueryFn, filters: MentorshipFilters): Promise<CorpsYear[]> {
	return query<CorpsYear>(sql`
		WITH active AS (
			SELECT CAST(year(a.month) AS INTEGER) AS year, count(DISTINCT a.expert_id) AS active_experts,
			       count(DISTINCT a.centre_id) AS centres, count(DISTINCT a.iso3) AS countries,
			       CAST(sum(a.sessions) AS BIGINT) AS sessions, sum(a.hours) AS hours
			FROM session_months a WHERE ${monthSlice(filters)} GROUP BY ALL),
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

/** Each centre's phase at year end (from `outcomes`), for the centres in the country filter. */
export function phaseRecords(query: QueryFn, filters: MentorshipFilters): Promise<PhaseRecordRow[]> {
	return query<PhaseRecordRow>(sql`
		SELECT o.centre_id, c.name AS centre_name, CAST(o.year AS INTEGER) AS year, CAST(o.phase AS INTEGER) AS phase
		FROM outcomes o JOIN centres c ON c.centre_id = o.centre_id
		WHERE o.phase IS NOT NULL AND ${filters.iso3 ? sql`c.iso3 = ${filters.iso3}` : sql`TRUE`}
		ORDER BY o.centre_id, o.year`);
}

export interface WorkforceRow {
	iso3: string;
	role: string;
	year: number;
	staff_in_post: number;
}

/** National staff in post by role, the latest year each country reported. */
export function nationalWorkforce(query: QueryFn): Promise<WorkforceRow[]> {
	return query<WorkforceRow>(sql`
		SELECT iso3, role, CAST(year AS INTEGER) AS year, staff_in_post FROM workforce
		WHERE admin1_code IS NULL
		QUALIFY year = max(year) OVER (PARTITION BY iso3, role)
		ORDER BY iso3, role`);
}

import type { TableName } from '../program-schema';
import { sql, type QueryFn } from '../sql';

/** The program tables `session_months` is built from: replacing or extending any of them rebuilds it. */
export const SESSION_MONTHS_SOURCES: readonly TableName[] = ['sessions', 'engagements', 'centres', 'experts'];

/**
 * Builds (or rebuilds) `session_months`: sessions pre-aggregated by centre × expert × specialty × month × mode, with
 * the centre's country and the expert's hub, the session count and the hours. A million session rows fold into a few
 * tens of thousands, so every cross-filter of the Mentorship view reads this table instead of the raw rows.
 *
 * Joins are LEFT so that no session is lost: `linked` is true when the session's engagement, centre and expert all
 * exist (what an inner join over the four tables keeps); the queries that inner-join filter on it.
 */
export async function buildSessionMonths(query: QueryFn): Promise<void> {
	await query(sql`
		CREATE OR REPLACE TABLE session_months AS
		SELECT e.centre_id, e.expert_id, e.specialty, c.iso3, x.hub_id,
		       CAST(date_trunc('month', s.date) AS DATE) AS month, s.mode,
		       (e.engagement_id IS NOT NULL AND c.centre_id IS NOT NULL AND x.expert_id IS NOT NULL) AS linked,
		       CAST(count(*) AS INTEGER) AS sessions, sum(s.hours) AS hours
		FROM sessions s
		LEFT JOIN engagements e ON e.engagement_id = s.engagement_id
		LEFT JOIN centres c ON c.centre_id = e.centre_id
		LEFT JOIN experts x ON x.expert_id = e.expert_id
		GROUP BY ALL
		ORDER BY month, e.centre_id, e.expert_id`);
}

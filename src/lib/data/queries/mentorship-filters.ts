import { join, sql, type SqlQuery } from '../sql';

/** What the Mentorship view is filtered by; months are `YYYY-MM`, inclusive. */
export interface MentorshipFilters {
	specialty: string | null;
	/** Country of the partner centre. */
	iso3: string | null;
	/** Home hub of the expert. */
	hubId: string | null;
	from: string;
	to: string;
}

/** The first day of a `YYYY-MM` month, as an ISO date. */
export function monthStart(month: string): string {
	if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
		throw new Error(`Not a month (YYYY-MM): ${JSON.stringify(month)}`);
	return `${month}-01`;
}

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

/** The specialty (on e), country (on c) and hub (on x) conditions that apply; `TRUE` when none does. */
export function sliceWhere(
	filters: MentorshipFilters,
	apply: { specialty?: boolean; iso3?: boolean; hub?: boolean } = {}
): SqlQuery {
	const { specialty = true, iso3 = true, hub = true } = apply;
	const parts = [sql`TRUE`];
	if (specialty && filters.specialty) parts.push(sql`e.specialty = ${filters.specialty}`);
	if (iso3 && filters.iso3) parts.push(sql`c.iso3 = ${filters.iso3}`);
	if (hub && filters.hubId) parts.push(sql`x.hub_id = ${filters.hubId}`);
	return join(parts, ' AND ');
}

/** Every filter, the period included, over `sessionsJoined`. */
export function sessionWhere(filters: MentorshipFilters): SqlQuery {
	return sql`${inPeriod(filters)} AND ${sliceWhere(filters)}`;
}

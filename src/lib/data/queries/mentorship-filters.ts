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

/** `session_months a` rows inside the period (months are whole, so this equals the date test on raw sessions). */
export function monthInPeriod(filters: MentorshipFilters): SqlQuery {
	return sql`a.month >= CAST(${monthStart(filters.from)} AS DATE) AND a.month <= CAST(${monthStart(filters.to)} AS DATE)`;
}

/** The specialty, country and hub conditions on `session_months a`, for its linked rows (the inner join's). */
export function monthSlice(filters: MentorshipFilters): SqlQuery {
	const parts = [sql`a.linked`];
	if (filters.specialty) parts.push(sql`a.specialty = ${filters.specialty}`);
	if (filters.iso3) parts.push(sql`a.iso3 = ${filters.iso3}`);
	if (filters.hubId) parts.push(sql`a.hub_id = ${filters.hubId}`);
	return join(parts, ' AND ');
}

/** Every filter, the period included, over `session_months a`. */
export function monthWhere(filters: MentorshipFilters): SqlQuery {
	return sql`${monthInPeriod(filters)} AND ${monthSlice(filters)}`;
}

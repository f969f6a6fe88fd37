import { sql, type QueryFn } from '../sql';
import type { MoneyInRow, OutcomeRecord, CentreEngagementRow, SessionYearRow } from '../../models/roi-rows';

export type { MoneyInRow, OutcomeRecord, CentreEngagementRow, SessionYearRow };

/** Money in by year, source and category; one centre when `centreId` is given. */
export function moneyIn(query: QueryFn, centreId: string | null = null): Promise<MoneyInRow[]> {
	return query<MoneyInRow>(sql`
		SELECT year::INTEGER AS year, source, category, sum(amount_usd)::DOUBLE AS amount_usd
		FROM investments
		WHERE ${centreId}::VARCHAR IS NULL OR centre_id = ${centreId}
		GROUP BY ALL ORDER BY year, source, category`);
}

/** Money in per centre and year, all sources: the cost side of the return. */
export interface CentreInvestmentRow {
	centre_id: string;
	year: number;
	amount_usd: number;
}

export function investmentsByCentreYear(query: QueryFn): Promise<CentreInvestmentRow[]> {
	return query<CentreInvestmentRow>(sql`
		SELECT centre_id, year::INTEGER AS year, sum(amount_usd)::DOUBLE AS amount_usd
		FROM investments GROUP BY ALL ORDER BY centre_id, year`);
}

/** Hours experts gave one centre in sessions in one year: the in-kind side of the return's costs. */
export interface CentreHoursRow {
	centre_id: string;
	year: number;
	hours: number;
}

/** Session hours per centre and year, all engagements (twinnings included: an hour given is an hour given). */
export function expertHoursByCentreYear(query: QueryFn): Promise<CentreHoursRow[]> {
	return query<CentreHoursRow>(sql`
		SELECT e.centre_id, year(s.date)::INTEGER AS year, sum(s.hours)::DOUBLE AS hours
		FROM sessions s JOIN engagements e ON e.engagement_id = s.engagement_id
		GROUP BY ALL ORDER BY e.centre_id, year`);
}

/** A centre with what its return is computed from: country, GDP per capita and the year mentorship started. */
export interface CentreRecord {
	centre_id: string;
	name: string;
	iso3: string;
	country: string | null;
	region: string | null;
	setting: string;
	phase: number;
	mv_machines: number;
	gdp_per_capita_usd: number | null;
	gdp_year: number | null;
	/** Year of the centre's first mentorship engagement (twinnings excluded); `null` when none. */
	mentorship_start: number | null;
	invested_usd: number;
}

/** Every centre with its country figures, first mentorship year and total money in. Needs `countries`. */
export function centreRecords(query: QueryFn): Promise<CentreRecord[]> {
	return query<CentreRecord>(sql`
		SELECT c.centre_id, c.name, c.iso3, k.name AS country, k.region, c.setting,
		       c.phase::INTEGER AS phase, c.mv_machines::INTEGER AS mv_machines,
		       k.gdp_per_capita_usd::DOUBLE AS gdp_per_capita_usd, k.gdp_year::INTEGER AS gdp_year,
		       (SELECT min(year(e.start))::INTEGER FROM engagements e
		        WHERE e.centre_id = c.centre_id AND e.kind = 'mentorship') AS mentorship_start,
		       coalesce((SELECT sum(i.amount_usd) FROM investments i WHERE i.centre_id = c.centre_id), 0)::DOUBLE
		         AS invested_usd
		FROM centres c LEFT JOIN countries k ON k.iso3 = c.iso3
		ORDER BY c.centre_id`);
}

/** Outcomes by centre and year; one centre when `centreId` is given. */
export function outcomeRecords(query: QueryFn, centreId: string | null = null): Promise<OutcomeRecord[]> {
	return query<OutcomeRecord>(sql`
		SELECT centre_id, year::INTEGER AS year,
		       new_patients::DOUBLE AS new_patients, treated_radiotherapy::DOUBLE AS treated_radiotherapy,
		       treated_chemotherapy::DOUBLE AS treated_chemotherapy, treated_surgery::DOUBLE AS treated_surgery,
		       staff_trained::DOUBLE AS staff_trained, machines_working::DOUBLE AS machines_working,
		       quality_milestones::DOUBLE AS quality_milestones, phase::INTEGER AS phase
		FROM outcomes
		WHERE ${centreId}::VARCHAR IS NULL OR centre_id = ${centreId}
		ORDER BY centre_id, year`);
}

export function centreEngagements(query: QueryFn, centreId: string): Promise<CentreEngagementRow[]> {
	return query<CentreEngagementRow>(sql`
		SELECT e.engagement_id, x.display_name AS expert, e.specialty, e.kind, e.mode,
		       strftime(e.start, '%Y-%m-%d') AS start, strftime(e."end", '%Y-%m-%d') AS "end",
		       count(s.session_id)::INTEGER AS sessions, coalesce(sum(s.hours), 0)::DOUBLE AS hours
		FROM engagements e
		JOIN experts x ON x.expert_id = e.expert_id
		LEFT JOIN sessions s ON s.engagement_id = e.engagement_id
		WHERE e.centre_id = ${centreId}
		GROUP BY ALL ORDER BY 6, 1`);
}

export function centreSessionsByYear(query: QueryFn, centreId: string): Promise<SessionYearRow[]> {
	return query<SessionYearRow>(sql`
		SELECT year(s.date)::INTEGER AS year, count(*)::INTEGER AS sessions, sum(s.hours)::DOUBLE AS hours
		FROM sessions s JOIN engagements e ON e.engagement_id = s.engagement_id
		WHERE e.centre_id = ${centreId}
		GROUP BY ALL ORDER BY year`);
}

/** GDP per capita, region and income group of each country: what the scenario and market read beside capacity. */
export interface CountryEconomicsRow {
	iso3: string;
	gdp_per_capita_usd: number | null;
	gdp_year: number | null;
}

export function countryEconomics(query: QueryFn): Promise<CountryEconomicsRow[]> {
	return query<CountryEconomicsRow>(sql`
		SELECT iso3, gdp_per_capita_usd::DOUBLE AS gdp_per_capita_usd, gdp_year::INTEGER AS gdp_year
		FROM countries ORDER BY iso3`);
}

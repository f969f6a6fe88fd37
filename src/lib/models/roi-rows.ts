/** What the ROI and centre views read: money in, sessions, outcomes and engagements per centre. */

/** Money in, summed by year, source and category (all centres, or one). */
export interface MoneyInRow {
	year: number;
	source: 'local_community' | 'government' | 'industry' | 'philanthropy';
	category: 'building' | 'equipment' | 'training' | 'operations' | 'other';
	amount_usd: number;
}

/** One year of a centre's outcomes, as recorded (`null` = not reported). */
export interface OutcomeRecord {
	centre_id: string;
	year: number;
	new_patients: number | null;
	treated_radiotherapy: number | null;
	treated_chemotherapy: number | null;
	treated_surgery: number | null;
	staff_trained: number | null;
	machines_working: number | null;
	quality_milestones: number | null;
	phase: number | null;
}

/** A centre's engagements with their experts and the sessions held. */
export interface CentreEngagementRow {
	engagement_id: string;
	expert: string;
	specialty: string;
	kind: 'mentorship' | 'twinning';
	mode: string;
	start: string;
	end: string | null;
	sessions: number;
	hours: number;
}

/** Mentoring sessions and hours a year at one centre. */
export interface SessionYearRow {
	year: number;
	sessions: number;
	hours: number;
}

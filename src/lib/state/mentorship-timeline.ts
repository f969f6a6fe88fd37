import type { MonthlyActivity, MonthlyEngagements } from '$lib/data/queries/mentorship';
import { monthsBetween } from './mentorship-url';

/** Engagement modes in the order the timeline stacks them. */
export const ENGAGEMENT_MODES = ['telemedicine', 'mixed', 'in_country'] as const;

export interface TimelineMonth {
	month: string;
	telemedicine: number;
	inCountry: number;
	hours: number;
	started: number;
	ended: number;
	/** Engagements started and ended, by mode in `ENGAGEMENT_MODES` order. */
	startedBy: number[];
	endedBy: number[];
}

/** One row per month of the record (months without activity as zeros), sessions by mode and engagement marks. */
export function timelineMonths(
	range: { first: string; last: string },
	monthly: readonly MonthlyActivity[],
	engagements: readonly MonthlyEngagements[]
): TimelineMonth[] {
	const byMonth = new Map(
		monthsBetween(range.first, range.last).map((month): [string, TimelineMonth] => [
			month,
			{
				month,
				telemedicine: 0,
				inCountry: 0,
				hours: 0,
				started: 0,
				ended: 0,
				startedBy: ENGAGEMENT_MODES.map(() => 0),
				endedBy: ENGAGEMENT_MODES.map(() => 0)
			}
		])
	);
	for (const a of monthly) {
		const row = byMonth.get(a.month);
		if (!row) continue;
		if (a.mode === 'telemedicine') row.telemedicine += a.sessions;
		else row.inCountry += a.sessions;
		row.hours += a.hours;
	}
	for (const e of engagements) {
		const row = byMonth.get(e.month);
		const i = ENGAGEMENT_MODES.indexOf(e.mode);
		if (!row || i < 0) continue;
		row.started += e.started;
		row.ended += e.ended;
		row.startedBy[i] = (row.startedBy[i] ?? 0) + e.started;
		row.endedBy[i] = (row.endedBy[i] ?? 0) + e.ended;
	}
	return [...byMonth.values()];
}

import { survivalMedian } from './statistics';

/** Requests raised by centres: how many wait, how fast the corps matches them, and who could take one. */

export interface RequestTiming {
	status: 'open' | 'matched' | 'closed' | 'withdrawn';
	/** Days from opened to matched, when matched by the end of the follow-up; `null` otherwise. */
	daysToMatch: number | null;
	/**
	 * Days the request was followed: to its match, else to its withdrawal or closing without a match, else to the end
	 * of the follow-up (the period's end, a date from the data, never today's clock).
	 */
	daysFollowed: number;
}

export interface RequestSummary {
	/** Requests followed (opened in the period). */
	requests: number;
	/** Requests opened in the period whose status in the file is `open`. */
	open: number;
	/** Requests matched by the end of the follow-up. */
	matched: number;
	/** Requests not matched by the end of the follow-up (still waiting, withdrawn or closed unmatched): censored. */
	censored: number;
	/** Kaplan–Meier median days from request to match; `null` when not reached (fewer than half matched). */
	medianDaysToMatch: number | null;
	/** Its 95 % interval (Brookmeyer–Crowley, log(−log)); each `null` where not estimable. */
	lower: number | null;
	upper: number | null;
}

/** The median of a list of numbers; `null` for an empty list. */
export function median(values: readonly number[]): number | null {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return null;
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? (sorted[middle] as number)
		: ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Time from request to match as a survival estimate (Kaplan & Meier 1958): a request matched in the follow-up is an
 * event at its days to match; one still waiting, withdrawn or closed without a match is censored at its days followed,
 * so waiting requests count as still waiting instead of dropping out. The median is the first day the share still
 * waiting falls to one half or below; with fewer than half matched it is not reached.
 *
 * @example summariseRequests([{ daysToMatch: 10, daysFollowed: 10 }, { daysToMatch: null, daysFollowed: 40 },
 *   { daysToMatch: 30, daysFollowed: 30 }]) // median 30: 2 of 3 still wait after day 10, 1 of 3 after day 30
 */
export function summariseRequests(requests: readonly RequestTiming[]): RequestSummary {
	const observations = requests.map((r) =>
		r.daysToMatch === null ? { time: r.daysFollowed, event: false } : { time: r.daysToMatch, event: true }
	);
	const estimate = survivalMedian(observations);
	return {
		requests: estimate.subjects,
		open: requests.filter((r) => r.status === 'open').length,
		matched: estimate.events,
		censored: estimate.subjects - estimate.events,
		medianDaysToMatch: estimate.median,
		lower: estimate.lower,
		upper: estimate.upper
	};
}

export interface CandidateExpert {
	expertId: string;
	specialty: string;
	languages: readonly string[];
	hoursPerMonth: number;
	/** Hours a month the expert already gives (recent average). */
	hoursCommitted: number;
}

export type RankedCandidate<T extends CandidateExpert = CandidateExpert> = T & {
	spareHours: number;
	sharedLanguages: string[];
};

/** Splits a semicolon-separated code list ("fr;en") into codes. */
export function codeList(value: string | null | undefined): string[] {
	return (value ?? '')
		.split(';')
		.map((code) => code.trim().toLowerCase())
		.filter(Boolean);
}

/**
 * Experts who could take a request: the same specialty, spare hours (`hoursPerMonth − hoursCommitted > 0`) and at
 * least one working language shared with the centre; ranked by spare hours, then by shared languages, then id.
 *
 * @example rankCandidates('pathology', ['fr'], experts) // pathologists who speak French and have time, most time first
 */
export function rankCandidates<T extends CandidateExpert>(
	specialty: string,
	centreLanguages: readonly string[],
	experts: readonly T[],
	limit = 3
): RankedCandidate<T>[] {
	const wanted = new Set(centreLanguages);
	return experts
		.filter((e) => e.specialty === specialty)
		.map((e) => ({
			...e,
			spareHours: e.hoursPerMonth - e.hoursCommitted,
			sharedLanguages: e.languages.filter((l) => wanted.has(l))
		}))
		.filter((e) => e.spareHours > 0 && e.sharedLanguages.length > 0)
		.sort(
			(a, b) =>
				b.spareHours - a.spareHours ||
				b.sharedLanguages.length - a.sharedLanguages.length ||
				a.expertId.localeCompare(b.expertId)
		)
		.slice(0, limit);
}

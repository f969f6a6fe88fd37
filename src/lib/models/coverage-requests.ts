/** Requests raised by centres: how many wait, how fast the corps matches them, and who could take one. */

export interface RequestTiming {
	status: 'open' | 'matched' | 'closed' | 'withdrawn';
	/** Days from opened to matched; `null` when not matched. */
	daysToMatch: number | null;
}

export interface RequestSummary {
	open: number;
	matched: number;
	/** Median days from request to match over matched requests; `null` when none was matched. */
	medianDaysToMatch: number | null;
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
 * Open requests, requests ever matched (status matched or closed after a match), and the median days to match.
 *
 * @example summariseRequests([{ status: 'open', daysToMatch: null }, { status: 'closed', daysToMatch: 30 },
 *   { status: 'matched', daysToMatch: 10 }]) // { open: 1, matched: 2, medianDaysToMatch: 20 }
 */
export function summariseRequests(requests: readonly RequestTiming[]): RequestSummary {
	const days = requests.flatMap((r) => (r.daysToMatch === null ? [] : [r.daysToMatch]));
	return {
		open: requests.filter((r) => r.status === 'open').length,
		matched: days.length,
		medianDaysToMatch: median(days)
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

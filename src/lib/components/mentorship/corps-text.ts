import { formatInteger, type FormatOptions } from '$lib/format';
import { m } from '$lib/i18n';
import type { RequestSummary } from '$lib/models/coverage-requests';

/**
 * The time-to-match sentence: the Kaplan–Meier median with its interval, "not reached" when fewer than half were
 * matched by the period's end, and an open interval end as "not estimable" (never a number it is not).
 */
export function timeToMatchText(requests: RequestSummary, f: FormatOptions): string {
	if (requests.requests === 0) return m.corps_match_no_requests();
	const counts = {
		requests: formatInteger(requests.requests, f),
		requestsValue: requests.requests,
		matched: formatInteger(requests.matched, f),
		censored: formatInteger(requests.censored, f),
		censoredValue: requests.censored
	};
	if (requests.medianDaysToMatch === null) return m.corps_match_not_reached(counts);
	const end = (days: number | null) => (days === null ? m.corps_not_estimable() : formatInteger(days, f));
	return m.corps_match_median({
		...counts,
		days: formatInteger(requests.medianDaysToMatch, f),
		lower: end(requests.lower),
		upper: end(requests.upper)
	});
}

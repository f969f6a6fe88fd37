import {
	clampPeriod,
	isReportLanguage,
	lastTwelveMonths,
	parseScope,
	reportKeys,
	type MonthPeriod,
	type ReportLanguage,
	type ReportScope
} from './report-options';
import { resolveScope, type ResolvedScope, type ScopeCatalog, type ScopeProblem } from './report-scope';

/** The report's state as read from its URL, with anything it could not use. */
export interface ReportState {
	/** The scope as written in the URL (`world` when absent). */
	rawScope: string;
	scope: ReportScope | null;
	resolved: ResolvedScope | null;
	/** The scope is malformed (`resolved` null, `problem` null) or names nothing the data holds. */
	problem: ScopeProblem | null;
	period: MonthPeriod;
	/** The period in the URL was malformed or outside the record, and the default was used. */
	periodIgnored: boolean;
	lang: ReportLanguage | null;
}

/**
 * Reads scope, period and language from the report URL. Without `data` only the language is read (the page applies it
 * before the data arrives). A period outside the record falls back to the last twelve months and says so.
 */
export function readReportState(
	search: URLSearchParams,
	data: { catalog: ScopeCatalog; range: { first: string; last: string } } | null
): ReportState {
	const rawLang = search.get(reportKeys.lang);
	const lang = isReportLanguage(rawLang) ? rawLang : null;
	const rawScope = search.get(reportKeys.scope) ?? 'world';
	const scope = parseScope(rawScope);
	const range = data?.range ?? { first: '0000-01', last: '9999-12' };
	const fallback = lastTwelveMonths(range);
	const from = search.get(reportKeys.from);
	const to = search.get(reportKeys.to);
	const month = /^\d{4}-(0[1-9]|1[0-2])$/;
	let period = fallback;
	let periodIgnored = false;
	if (from !== null || to !== null) {
		const asked =
			from && to && month.test(from) && month.test(to)
				? clampPeriod(from <= to ? { from, to } : { from: to, to: from }, range)
				: null;
		if (asked) period = asked;
		else periodIgnored = true;
	}
	const result = data && scope ? resolveScope(scope, data.catalog) : null;
	return {
		rawScope,
		scope,
		resolved: result?.ok ? result.value : null,
		problem: result && !result.ok ? result.problem : null,
		period,
		periodIgnored,
		lang
	};
}

/**
 * The report's options as text, shared by the Report page (URL) and the command line (`npm run report`): scope,
 * period and language. Pure and free of `$lib` imports so the Node script can load it directly.
 */

/** What a report covers. */
export type ReportScope =
	| { kind: 'world' }
	| { kind: 'region'; region: string }
	| { kind: 'income'; income: 'L' | 'LM' | 'UM' | 'H' }
	| { kind: 'country'; iso3: string }
	| { kind: 'centre'; centreId: string };

export type ScopeKind = ReportScope['kind'];
export const scopeKinds: readonly ScopeKind[] = ['world', 'region', 'income', 'country', 'centre'];
export const reportIncomeGroups = ['L', 'LM', 'UM', 'H'] as const;
export const reportLanguages = ['en', 'fr', 'es', 'pt'] as const;
export type ReportLanguage = (typeof reportLanguages)[number];

/** The URL keys of the report; model parameters keep their own keys (`rtu`, `surv`, …) beside these. */
export const reportKeys = { scope: 'scope', from: 'from', to: 'to', lang: 'lang' } as const;

const iso3 = /^[A-Z]{3}$/;
const month = /^\d{4}-(0[1-9]|1[0-2])$/;
const year = /^\d{4}$/;

/**
 * Reads a scope written as `world`, `KEN` (ISO3, any case), `region:<World Bank region>`, `income:<L|LM|UM|H>` or
 * `centre:<centre id>`. Only the form is checked here; whether the region, country or centre exists is the data's call.
 *
 * @example parseScope('ken') // { kind: 'country', iso3: 'KEN' }
 * @example parseScope('income:lm') // { kind: 'income', income: 'LM' }
 */
export function parseScope(raw: string): ReportScope | null {
	const text = raw.trim();
	if (text.toLowerCase() === 'world' || text === '') return { kind: 'world' };
	const colon = text.indexOf(':');
	if (colon === -1)
		return iso3.test(text.toUpperCase()) ? { kind: 'country', iso3: text.toUpperCase() } : null;
	const prefix = text.slice(0, colon).toLowerCase();
	const rest = text.slice(colon + 1).trim();
	if (!rest) return null;
	if (prefix === 'region') return { kind: 'region', region: rest };
	if (prefix === 'income') {
		const income = reportIncomeGroups.find((g) => g === rest.toUpperCase());
		return income ? { kind: 'income', income } : null;
	}
	if (prefix === 'centre' || prefix === 'center') return { kind: 'centre', centreId: rest };
	if (prefix === 'country')
		return iso3.test(rest.toUpperCase()) ? { kind: 'country', iso3: rest.toUpperCase() } : null;
	return null;
}

/** The scope as the URL and the command line write it; `parseScope(scopeText(s))` gives `s` back. */
export function scopeText(scope: ReportScope): string {
	switch (scope.kind) {
		case 'world':
			return 'world';
		case 'region':
			return `region:${scope.region}`;
		case 'income':
			return `income:${scope.income}`;
		case 'country':
			return scope.iso3;
		case 'centre':
			return `centre:${scope.centreId}`;
	}
}

/** A period of whole months, `YYYY-MM`, inclusive at both ends. */
export interface MonthPeriod {
	from: string;
	to: string;
}

/**
 * Reads a period written as a year (`2025`), a month (`2025-03`) or a range of either (`2024-07..2025-06`,
 * `2024..2025`); ends in the wrong order are swapped.
 *
 * @example parsePeriod('2025') // { from: '2025-01', to: '2025-12' }
 */
export function parsePeriod(raw: string): MonthPeriod | null {
	const [first = '', second, ...extra] = raw.trim().split('..');
	if (extra.length > 0) return null;
	const start = periodEnd(first, 'start');
	const end = periodEnd(second ?? first, 'end');
	if (!start || !end) return null;
	return start <= end ? { from: start, to: end } : { from: end, to: start };
}

function periodEnd(text: string, end: 'start' | 'end'): string | null {
	const t = text.trim();
	if (month.test(t)) return t;
	if (year.test(t)) return `${t}-${end === 'start' ? '01' : '12'}`;
	return null;
}

/**
 * Fits a period inside the record's first and last month; `null` when it does not overlap the record at all.
 *
 * @example clampPeriod({ from: '2010-01', to: '2030-12' }, { first: '2016-01', last: '2026-06' }) // whole record
 */
export function clampPeriod(period: MonthPeriod, range: { first: string; last: string }): MonthPeriod | null {
	if (period.to < range.first || period.from > range.last) return null;
	return {
		from: period.from < range.first ? range.first : period.from,
		to: period.to > range.last ? range.last : period.to
	};
}

/** The last twelve months of the record (the whole record when shorter): the report's default period. */
export function lastTwelveMonths(range: { first: string; last: string }): MonthPeriod {
	const [y = 0, m = 1] = range.last.split('-').map(Number);
	const start = new Date(Date.UTC(y, m - 12, 1)).toISOString().slice(0, 7);
	return { from: start < range.first ? range.first : start, to: range.last };
}

/** Number of months in a period, both ends counted. */
export function monthsIn(period: MonthPeriod): number {
	const [fy = 0, fm = 1] = period.from.split('-').map(Number);
	const [ty = 0, tm = 1] = period.to.split('-').map(Number);
	return (ty - fy) * 12 + (tm - fm) + 1;
}

export function isReportLanguage(value: string | null): value is ReportLanguage {
	return value !== null && (reportLanguages as readonly string[]).includes(value);
}

/** The query string of a report: scope, then the period and language when given, then any other keys kept. */
export function reportSearch(
	options: { scope: ReportScope; period?: MonthPeriod | null; lang?: ReportLanguage | null },
	keep: URLSearchParams = new URLSearchParams()
): URLSearchParams {
	const next = new URLSearchParams(keep);
	next.set(reportKeys.scope, scopeText(options.scope));
	for (const key of [reportKeys.from, reportKeys.to, reportKeys.lang]) next.delete(key);
	if (options.period) {
		next.set(reportKeys.from, options.period.from);
		next.set(reportKeys.to, options.period.to);
	}
	if (options.lang) next.set(reportKeys.lang, options.lang);
	return next;
}

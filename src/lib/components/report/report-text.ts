import { countryName, getLocale, m } from '$lib/i18n';
import type { CountryName } from '$lib/models/country-rows';
import type { ReportScope } from '$lib/state/report-options';
import { incomeLabel } from '../country/labels';
import { regionLabel } from '../gaps/labels';

/** A country's name in the interface language (Intl.DisplayNames); the data's English name for an unknown code. */
export function countryLabel(iso3: string, names: ReadonlyMap<string, CountryName>): string {
	return countryName(iso3, names.get(iso3)?.name);
}

/** What the report covers, in words: "Kenya", "Sub-Saharan Africa", "Low income", a centre and its country. */
export function scopeLabel(
	scope: ReportScope,
	names: ReadonlyMap<string, CountryName>,
	centres: ReadonlyMap<string, { name: string; iso3: string }>
): string {
	switch (scope.kind) {
		case 'world':
			return m.report_scope_world();
		case 'region':
			return regionLabel(scope.region);
		case 'income':
			return incomeLabel(scope.income);
		case 'country':
			return countryLabel(scope.iso3, names);
		case 'centre': {
			const centre = centres.get(scope.centreId);
			return centre
				? m.report_scope_centre_in({ centre: centre.name, country: countryLabel(centre.iso3, names) })
				: scope.centreId;
		}
	}
}

/** A `YYYY-MM` month as the interface language writes it: "mars 2025". */
export function monthLabel(month: string): string {
	const [y = 0, mo = 1] = month.split('-').map(Number);
	return new Intl.DateTimeFormat(getLocale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		new Date(Date.UTC(y, mo - 1, 1))
	);
}

/** The period in words: "January 2025 – December 2025". */
export function periodLabel(period: { from: string; to: string }): string {
	return m.report_period_value({ from: monthLabel(period.from), to: monthLabel(period.to) });
}

/** Every month from `first` to `last` (`YYYY-MM`), both included. */
export function monthsBetween(first: string, last: string): string[] {
	const [fy = 0, fm = 1] = first.split('-').map(Number);
	const list: string[] = [];
	for (let i = 0; ; i++) {
		const month = new Date(Date.UTC(fy, fm - 1 + i, 1)).toISOString().slice(0, 7);
		if (month > last || i > 1200) return list;
		list.push(month);
	}
}

import type { ReportScope } from './report-options';

/** What a scope is checked against: the countries and ICEC centres the data holds. */
export interface ScopeCatalog {
	countries: readonly { iso3: string; region: string | null; incomeGroup: string | null }[];
	centres: readonly { centreId: string; iso3: string }[];
}

/** A scope the data holds: the countries it covers, and the centres when it is narrower than its countries. */
export interface ResolvedScope {
	scope: ReportScope;
	/** ISO3 of every country in scope. */
	iso3: ReadonlySet<string>;
	/** The one country of a country or centre scope; `null` for world, region and income group. */
	country: string | null;
	/** ICEC centres in scope. */
	centreIds: ReadonlySet<string>;
}

/** Why a scope cannot be reported: nothing in the data has that name. */
export interface ScopeProblem {
	scope: ReportScope;
	/** The values that would work, for the message (regions, ISO3 codes or centre ids). */
	known: string[];
}

/**
 * Checks a scope against the data and lists what it covers. A region, country or centre the data does not hold is a
 * problem listing the known ones, never an empty report.
 *
 * @example resolveScope({ kind: 'country', iso3: 'KEN' }, catalog) // { ok: true, value: { country: 'KEN', … } }
 */
export function resolveScope(
	scope: ReportScope,
	catalog: ScopeCatalog
): { ok: true; value: ResolvedScope } | { ok: false; problem: ScopeProblem } {
	const centresIn = (countries: ReadonlySet<string>) =>
		new Set(catalog.centres.filter((c) => countries.has(c.iso3)).map((c) => c.centreId));
	const found = (iso3: Set<string>, country: string | null = null, centreIds = centresIn(iso3)) => ({
		ok: true as const,
		value: { scope, iso3, country, centreIds }
	});
	const problem = (known: string[]) => ({ ok: false as const, problem: { scope, known } });
	switch (scope.kind) {
		case 'world':
			return found(new Set(catalog.countries.map((c) => c.iso3)));
		case 'region': {
			const members = catalog.countries.filter((c) => c.region === scope.region);
			if (members.length > 0) return found(new Set(members.map((c) => c.iso3)));
			return problem(distinct(catalog.countries.map((c) => c.region)));
		}
		case 'income': {
			const members = catalog.countries.filter((c) => c.incomeGroup === scope.income);
			if (members.length > 0) return found(new Set(members.map((c) => c.iso3)));
			return problem(distinct(catalog.countries.map((c) => c.incomeGroup)));
		}
		case 'country':
			if (catalog.countries.some((c) => c.iso3 === scope.iso3))
				return found(new Set([scope.iso3]), scope.iso3);
			return problem(catalog.countries.map((c) => c.iso3).sort());
		case 'centre': {
			const centre = catalog.centres.find((c) => c.centreId === scope.centreId);
			if (centre) return found(new Set([centre.iso3]), centre.iso3, new Set([centre.centreId]));
			return problem(catalog.centres.map((c) => c.centreId).sort());
		}
	}
}

function distinct(values: readonly (string | null)[]): string[] {
	return [...new Set(values.filter((v): v is string => v !== null))].sort();
}

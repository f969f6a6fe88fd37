import { ensureTables } from '$lib/data/catalog';
import { query } from '$lib/data/db';
import { ensureProgramTables } from '$lib/data/program-catalog';
import {
	countryCapacityRecords,
	diracUpdateRange,
	type CountryCapacityRecord,
	type DiracUpdateRange
} from '$lib/data/queries/capacity';
import {
	admin1Units,
	countryNames,
	countryRtCentres,
	topCancerSites,
	type Admin1Record,
	type CancerSite,
	type CountryName,
	type RtCentre
} from '$lib/data/queries/country';
import {
	centreActivity,
	centreSpecialtyDepth,
	sessionMonthRange,
	type CentreActivityRow,
	type DepthRow
} from '$lib/data/queries/mentorship';
import { summariseCapacity, type CapacityAggregate } from '$lib/models/aggregate';
import { firstInvestmentYear } from '$lib/models/centre-return';
import type { CountryWhatIf } from '$lib/models/country-what-if';
import type { CountryCapacity } from '$lib/models/gap';
import type { ModelParameters } from '$lib/models/parameters';
import { defaultBenefitMode, type BenefitMode, type ReturnParameters } from '$lib/models/return-parameters';
import { loadCountryReach } from './country';
import { countryFigures } from './country-figures';
import { toCountryCapacity } from './overview';
import type { MonthPeriod } from './report-options';
import type { ResolvedScope, ScopeCatalog } from './report-scope';
import { readProgramReturn, type ProgramReturnData } from './roi';
import { programReturns, type ProgramReturns } from './roi-view';

/** What does not depend on the scope: the catalogue a scope is checked against, and the data every report reads. */
export interface ReportBase {
	records: CountryCapacityRecord[];
	names: Map<string, CountryName>;
	regions: string[];
	catalog: ScopeCatalog;
	/** First and last month with a session (`YYYY-MM`). */
	range: { first: string; last: string };
	diracYears: DiracUpdateRange;
	program: ProgramReturnData;
	numericToIso3: Map<string, string>;
}

let base: Promise<ReportBase> | null = null;

/** Loads the reference and program tables and what every report reads, once per page life. */
export function loadReportBase(): Promise<ReportBase> {
	base ??= (async () => {
		await Promise.all([
			ensureTables(['countries', 'cancer_burden', 'rt_capacity', 'rt_centres', 'admin1']),
			ensureProgramTables()
		]);
		const [records, names, range, diracYears, program] = await Promise.all([
			countryCapacityRecords(query),
			countryNames(query),
			sessionMonthRange(query),
			diracUpdateRange(query),
			readProgramReturn(query)
		]);
		if (!range.first || !range.last) throw new Error('The sessions table has no dated session to report.');
		return {
			records,
			names: new Map(names.map((n) => [n.iso3, n])),
			regions: [...new Set(records.map((r) => r.region).filter((r): r is string => r !== null))].sort(),
			catalog: {
				countries: records.map((r) => ({ iso3: r.iso3, region: r.region, incomeGroup: r.income_group })),
				centres: program.cases.map((c) => ({ centreId: c.record.centre_id, iso3: c.record.iso3 }))
			},
			range: { first: range.first, last: range.last },
			diracYears,
			program,
			numericToIso3: new Map(
				records.filter((r) => r.iso_numeric !== null).map((r) => [r.iso_numeric as string, r.iso3])
			)
		};
	})().catch((error: unknown) => {
		base = null;
		throw error;
	});
	return base;
}

/** The figures of one country or centre scope that a wider scope does not show. */
export interface CountryDetail {
	iso3: string;
	sites: CancerSite[];
	units: Admin1Record[];
	rtCentres: RtCentre[];
	/** The country page's own figures (same function, rows and parameters); null when the country has no capacity row. */
	figures: CountryWhatIf | null;
}

export interface ReportData {
	resolved: ResolvedScope;
	period: MonthPeriod;
	/** Every country (for the map), and those in scope. */
	countries: CountryCapacity[];
	inScope: CountryCapacity[];
	summary: CapacityAggregate;
	detail: CountryDetail | null;
	coverage: { centres: CentreActivityRow[]; depth: DepthRow[] };
	returns: ProgramReturns;
	/** How benefits are counted (the `benefit` URL key of /roi). */
	returnMode: BenefitMode;
}

/** Everything one report shows, through the same queries and models as the views it summarises. */
export async function loadReport(
	b: ReportBase,
	resolved: ResolvedScope,
	period: MonthPeriod,
	params: ModelParameters,
	returnParams: ReturnParameters,
	returnMode: BenefitMode = defaultBenefitMode
): Promise<ReportData> {
	const countries = b.records.map((r) => toCountryCapacity(r, params));
	const inScope = countries.filter((c) => resolved.iso3.has(c.iso3));
	const kind = resolved.scope.kind;
	const summary = summariseCapacity(
		inScope,
		kind === 'region' ? 'region' : kind === 'income' ? 'income' : 'world',
		kind === 'region' ? resolved.scope.region : kind === 'income' ? resolved.scope.income : 'world'
	);
	const filters = { specialty: null, iso3: resolved.country, hubId: null, ...period };
	const [detail, centres, depth] = await Promise.all([
		resolved.country
			? loadDetail(
					resolved.country,
					countries.find((c) => c.iso3 === resolved.country),
					params
				)
			: Promise.resolve(null),
		centreActivity(query, filters),
		centreSpecialtyDepth(query, filters)
	]);
	const cases = b.program.cases;
	const baseYear = firstInvestmentYear(cases.map((c) => c.input)) ?? 2016;
	return {
		resolved,
		period,
		countries,
		inScope,
		summary,
		detail,
		coverage: {
			centres: centres.filter((c) => resolved.centreIds.has(c.centre_id)),
			depth: depth.filter((d) => resolved.centreIds.has(d.centre_id))
		},
		returns: programReturns(
			cases.filter((c) => resolved.centreIds.has(c.record.centre_id)),
			returnParams,
			returnMode,
			baseYear
		),
		returnMode
	};
}

async function loadDetail(
	iso3: string,
	national: CountryCapacity | undefined,
	params: ModelParameters
): Promise<CountryDetail> {
	const [sites, units, rtCentres, reach] = await Promise.all([
		topCancerSites(query, iso3),
		admin1Units(query, iso3),
		countryRtCentres(query, iso3),
		loadCountryReach(iso3)
	]);
	const figures = national ? countryFigures(national, units, reach, params) : null;
	return { iso3, sites, units, rtCentres, figures };
}

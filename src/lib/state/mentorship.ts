import { countryName } from '$lib/i18n/names';
import { ensureTables } from '$lib/data/catalog';
import { query } from '$lib/data/db';
import { ensureProgramTables, onProgramTablesChange } from '$lib/data/program-catalog';
import { countryCapacityRecords } from '$lib/data/queries/capacity';
import {
	centreActivity,
	centreSpecialtyDepth,
	mentoringLinks,
	monthlyActivity,
	monthlyEngagements,
	sessionMonthRange,
	type CentreActivityRow,
	type DepthRow,
	type MentoringLink,
	type MentorshipFilters,
	type MonthlyActivity,
	type MonthlyEngagements
} from '$lib/data/queries/mentorship';
import {
	corpsExperts,
	corpsGrowth,
	nationalWorkforce,
	phaseRecords,
	type CorpsExpertRow,
	type CorpsYear,
	type PhaseRecordRow,
	type WorkforceRow
} from '$lib/data/queries/mentorship-corps';
import {
	centreCountries,
	hubList,
	type CentreCountryRow,
	type HubRow
} from '$lib/data/queries/mentorship-places';
import {
	expertLoad,
	requestTimings,
	waitingRequests,
	type ExpertLoadRow,
	type RequestTimingRow,
	type WaitingRequestRow
} from '$lib/data/queries/mentorship-requests';
import type { QueryFn } from '$lib/data/sql';
import type { CountryCapacity } from '$lib/models/gap';
import { defaultParameters } from '$lib/models/parameters';
import { KeptAnswers, LatestInteraction } from './interactions';
import { toCountryCapacity } from './overview';

/** What does not change with the filters: the record's span, places, and the capacity-gap backdrop. */
export interface MentorshipBase {
	range: { first: string; last: string };
	hubs: HubRow[];
	countries: CentreCountryRow[];
	capacity: CountryCapacity[];
	numericToIso3: Map<string, string>;
	workforce: WorkforceRow[];
}

export async function loadMentorshipBase(): Promise<MentorshipBase> {
	await Promise.all([ensureProgramTables(), ensureTables(['countries', 'cancer_burden', 'rt_capacity'])]);
	const [range, hubs, countries, records, workforce] = await Promise.all([
		sessionMonthRange(query),
		hubList(query),
		centreCountries(query),
		countryCapacityRecords(query),
		nationalWorkforce(query)
	]);
	if (!range.first || !range.last) throw new Error('The sessions table has no dated session to show.');
	return {
		range: { first: range.first, last: range.last },
		hubs,
		countries: countries
			.map((c) => ({ ...c, name: countryName(c.iso3, c.name) }))
			.sort((a, b) => a.name.localeCompare(b.name)),
		capacity: records.map((r) => toCountryCapacity(r, defaultParameters)),
		numericToIso3: new Map(
			records.filter((r) => r.iso_numeric !== null).map((r) => [r.iso_numeric as string, r.iso3])
		),
		workforce
	};
}

/** What the specialty, country and hub change, whatever the period: the timeline and the growth over the years. */
export interface MentorshipHistory {
	monthly: MonthlyActivity[];
	engagements: MonthlyEngagements[];
	growth: CorpsYear[];
	phases: PhaseRecordRow[];
}

/** The queries that do not depend on the period, so brushing the timeline does not rerun them. */
export async function loadMentorshipHistory(
	filters: MentorshipFilters,
	q: QueryFn = query
): Promise<MentorshipHistory> {
	const [monthly, engagements, growth, phases] = await Promise.all([
		monthlyActivity(q, filters),
		monthlyEngagements(q, filters),
		corpsGrowth(q, filters),
		phaseRecords(q, filters)
	]);
	return { monthly, engagements, growth, phases };
}

/** Everything the period changes too; each piece is one DuckDB query, aggregating `sessions` where it applies. */
export interface MentorshipPeriod {
	filters: MentorshipFilters;
	depth: DepthRow[];
	centres: CentreActivityRow[];
	links: MentoringLink[];
	experts: CorpsExpertRow[];
	timings: RequestTimingRow[];
	waiting: WaitingRequestRow[];
	load: ExpertLoadRow[];
}

export async function loadMentorshipPeriod(
	filters: MentorshipFilters,
	q: QueryFn = query
): Promise<MentorshipPeriod> {
	const [depth, centres, links, experts, timings, waiting, load] = await Promise.all([
		centreSpecialtyDepth(q, filters),
		centreActivity(q, filters),
		mentoringLinks(q, filters),
		corpsExperts(q, filters),
		requestTimings(q, filters),
		waitingRequests(q, filters),
		expertLoad(q, filters)
	]);
	return { filters, depth, centres, links, experts, timings, waiting, load };
}

/** The filters the timeline and the growth depend on, as a key: the period left out. */
export function historyKey(filters: MentorshipFilters): string {
	return JSON.stringify({ ...filters, from: '', to: '' });
}

/**
 * Everything one interaction changes, as one answer: the panels change together, in one frame, and never show a mix
 * of old and new. The timeline's part comes from `histories` when only the period moved (a brush reruns no timeline
 * query); otherwise its queries go first in the same batch.
 */
export async function loadMentorshipSlice(
	filters: MentorshipFilters,
	q: QueryFn,
	histories: KeptAnswers<MentorshipHistory>
): Promise<MentorshipSlice> {
	const key = historyKey(filters);
	const kept = histories.get(key);
	const [history, period] = await Promise.all([
		kept ??
			loadMentorshipHistory(filters, q).then((loaded) => {
				histories.set(key, loaded);
				return loaded;
			}),
		loadMentorshipPeriod(filters, q)
	]);
	return { ...history, ...period };
}

/**
 * The view's stream of interactions, keyed by the filter state as JSON: one batch per change, a superseded batch's
 * unsent queries dropped, recent answers kept; new program data clears them.
 */
export function mentorshipInteractions() {
	const histories = new KeptAnswers<MentorshipHistory>(16);
	const slices = new LatestInteraction(
		(key, q) => loadMentorshipSlice(JSON.parse(key) as MentorshipFilters, q, histories),
		query
	);
	const dispose = onProgramTablesChange(() => {
		histories.clear();
		slices.clear();
	});
	return { slices, dispose };
}

/** Every query of one cross-filter interaction. */
export type MentorshipSlice = MentorshipHistory & MentorshipPeriod;

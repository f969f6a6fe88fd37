import type { CentreActivityRow, DepthRow } from '$lib/data/queries/mentorship';
import type { CorpsExpertRow, WorkforceRow } from '$lib/data/queries/mentorship-corps';
import type { ExpertLoadRow, WaitingRequestRow } from '$lib/data/queries/mentorship-requests';
import {
	centresMeetingBenchmark,
	contactIntensity,
	continuity,
	depthStatus,
	gapShareOfCountriesWithMentoredCentre,
	inKindValue,
	mentoredCentreShare,
	menteesPerExpert,
	sessionConcentration,
	type BenchmarkShare,
	type Concentration,
	type ContactIntensity,
	type DepthStatus,
	type MentoredShare
} from '$lib/models/coverage';
import type { CoverageParameters } from '$lib/models/coverage-parameters';
import {
	codeList,
	rankCandidates,
	summariseRequests,
	type CandidateExpert,
	type RankedCandidate,
	type RequestSummary
} from '$lib/models/coverage-requests';
import type { CountryCapacity } from '$lib/models/gap';
import { defaultParameters } from '$lib/models/parameters';
import { countryStaff, type StaffInPost, type StaffRole } from '$lib/models/staff';
import type { MentorshipSlice } from './mentorship';

const workforceRoles: Record<string, StaffRole> = {
	radiation_oncologist: 'radiationOncologists',
	medical_physicist: 'medicalPhysicists',
	radiation_therapist: 'radiationTherapists',
	medical_oncologist: 'medicalOncologists',
	pathologist: 'pathologists'
};

/** The modelled staff gap (people, summed over the roles a country reported) of each country with a workforce return. */
export function staffGaps(capacity: readonly CountryCapacity[], workforce: readonly WorkforceRow[]) {
	const inPost = new Map<string, StaffInPost>();
	for (const row of workforce) {
		const role = workforceRoles[row.role];
		if (!role) continue;
		inPost.set(row.iso3, { ...inPost.get(row.iso3), [role]: row.staff_in_post });
	}
	return capacity
		.filter((c) => inPost.has(c.iso3))
		.map((c) => {
			const staff = countryStaff(
				{ ...c, mvMachines: c.machinesInstalled },
				defaultParameters,
				inPost.get(c.iso3)
			);
			const gaps = Object.values(staff.roles).flatMap((r) => (r.gap === null ? [] : [r.gap]));
			return { iso3: c.iso3, gap: gaps.length ? gaps.reduce((a, b) => a + b, 0) : null };
		});
}

/**
 * The headline counts of a set of partner centres over one period, by one definition for the Overview's corps at a
 * glance, the Mentorship view and the report: a centre is mentored when it had at least one session in the period,
 * and a country counts when one of its centres was mentored.
 */
export interface CentreHeadline {
	/** Partner centres in the slice, mentored or not. */
	centres: number;
	mentoredCentres: number;
	/** `mentoredCentres / centres`; `null` with no partner centre. */
	mentoredShare: number | null;
	mentoredCountries: number;
	sessions: number;
	hours: number;
}

export function centreHeadline(
	centres: readonly Pick<CentreActivityRow, 'iso3' | 'sessions' | 'hours'>[]
): CentreHeadline {
	const mentored = centres.filter((c) => c.sessions > 0);
	return {
		centres: centres.length,
		mentoredCentres: mentored.length,
		mentoredShare: centres.length > 0 ? mentored.length / centres.length : null,
		mentoredCountries: new Set(mentored.map((c) => c.iso3)).size,
		sessions: centres.reduce((a, c) => a + c.sessions, 0),
		hours: centres.reduce((a, c) => a + c.hours, 0)
	};
}

/**
 * The corps' headline over one slice: the centres' counts, the experts active (at least one session in the period)
 * and the requests still unmatched at the end of the period. The roster (every expert, active or not) is another
 * figure, and is named so wherever it appears.
 */
export interface CorpsHeadline extends CentreHeadline {
	activeExperts: number;
	requestsWaiting: number;
}

export function corpsHeadline(slice: {
	centres: readonly Pick<CentreActivityRow, 'iso3' | 'sessions' | 'hours'>[];
	experts: readonly Pick<CorpsExpertRow, 'sessions'>[];
	waiting: readonly unknown[];
}): CorpsHeadline {
	return {
		...centreHeadline(slice.centres),
		activeExperts: slice.experts.filter((e) => e.sessions > 0).length,
		requestsWaiting: slice.waiting.length
	};
}

export interface DepthCellView extends DepthRow, Concentration {
	/** From the experts with the minimum of sessions (`qualified_experts`). */
	status: DepthStatus;
}

/** Each pair's depth status and concentration. */
export function depthCells(depth: readonly DepthRow[], minimum: number): DepthCellView[] {
	return depth.map((d) => ({
		...d,
		...sessionConcentration(d.sessions, d.top_expert_sessions, d.sessions_squared),
		status: depthStatus(d.qualified_experts, minimum)
	}));
}

/** Pairs resting on fewer experts than the minimum, none first, then by name. */
export function flaggedDepth(cells: readonly DepthCellView[]): DepthCellView[] {
	return cells
		.filter((c) => c.status !== 'deep')
		.sort(
			(a, b) =>
				a.qualified_experts - b.qualified_experts ||
				a.centre_name.localeCompare(b.centre_name) ||
				a.specialty.localeCompare(b.specialty)
		);
}

export type Candidate = RankedCandidate<CandidateExpert & { displayName: string }>;

export interface WaitingWithCandidates extends WaitingRequestRow {
	candidates: Candidate[];
}

export interface CoverageSummary {
	headline: CorpsHeadline;
	byCountry: MentoredShare[];
	byAdmin1: MentoredShare[];
	/** Share of the national staff gap held by countries with a mentored centre (whole countries, see the model). */
	gapShare: number | null;
	menteesPerExpert: number | null;
	/** Pooled over every centre-month. */
	intensity: ContactIntensity;
	/** Each centre judged on its own sessions per engaged month. */
	benchmark: BenchmarkShare;
	continuity: number | null;
	inKind: number | null;
	requests: RequestSummary;
	cells: DepthCellView[];
	/** Pairs with experts, but fewer than the minimum. */
	thin: DepthCellView[];
	/** Pairs engaged or asking in the period with no expert reaching the minimum of sessions. */
	noExpert: DepthCellView[];
	/** Both: every pair resting on fewer experts than the minimum. */
	flagged: DepthCellView[];
	waiting: WaitingWithCandidates[];
}

function candidatesFor(request: WaitingRequestRow, load: readonly ExpertLoadRow[]): Candidate[] {
	return rankCandidates(
		request.specialty,
		codeList(request.working_languages),
		load.map((e) => ({
			expertId: e.expert_id,
			displayName: e.display_name,
			specialty: e.specialty,
			languages: codeList(e.languages),
			hoursPerMonth: e.hours_per_month,
			hoursCommitted: e.hours_committed
		}))
	);
}

/** The coverage figures of one slice, from the coverage models. */
export function summariseCoverage(
	slice: MentorshipSlice,
	gaps: readonly { iso3: string; gap: number | null }[],
	params: CoverageParameters
): CoverageSummary {
	const mentored = (c: CentreActivityRow) => c.sessions > 0;
	const rows = slice.centres.map((c) => ({
		centreId: c.centre_id,
		iso3: c.iso3,
		admin1Code: c.admin1_code,
		mentored: mentored(c)
	}));
	const active = slice.experts.filter((e) => e.sessions > 0);
	const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
	const cells = depthCells(slice.depth, params.depth);
	const flagged = flaggedDepth(cells);
	const headline = corpsHeadline(slice);
	return {
		headline,
		byCountry: mentoredCentreShare(rows, 'iso3'),
		byAdmin1: mentoredCentreShare(rows, 'admin1'),
		gapShare: gapShareOfCountriesWithMentoredCentre(
			gaps,
			new Set(rows.filter((r) => r.mentored).map((r) => r.iso3))
		),
		menteesPerExpert: menteesPerExpert(sum(active.map((e) => e.centres)), active.length),
		intensity: contactIntensity(
			headline.sessions,
			sum(slice.centres.map((c) => c.months_engaged)),
			params.weekly
		),
		benchmark: centresMeetingBenchmark(
			slice.centres.map((c) => ({
				centreId: c.centre_id,
				sessions: c.sessions,
				centreMonths: c.months_engaged
			})),
			params.weekly
		),
		continuity: continuity(
			sum(slice.centres.map((c) => c.months_with_session)),
			sum(slice.centres.map((c) => c.months_engaged))
		),
		inKind: inKindValue(headline.hours, params.rate),
		requests: summariseRequests(
			slice.timings.map((t) => ({
				status: t.status,
				daysToMatch: t.days_to_match,
				daysFollowed: t.days_followed
			}))
		),
		cells,
		thin: flagged.filter((c) => c.status === 'thin'),
		noExpert: flagged.filter((c) => c.status === 'none'),
		flagged,
		waiting: slice.waiting.map((w) => ({ ...w, candidates: candidatesFor(w, slice.load) }))
	};
}

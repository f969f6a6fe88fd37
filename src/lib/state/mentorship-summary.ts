import type { CentreActivityRow, DepthRow } from '$lib/data/queries/mentorship';
import type { WorkforceRow } from '$lib/data/queries/mentorship-corps';
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
	activeExperts: number;
	centres: number;
	mentoredCentres: number;
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
	hours: number;
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
	const hours = sum(slice.centres.map((c) => c.hours));
	return {
		activeExperts: active.length,
		centres: rows.length,
		mentoredCentres: rows.filter((r) => r.mentored).length,
		byCountry: mentoredCentreShare(rows, 'iso3'),
		byAdmin1: mentoredCentreShare(rows, 'admin1'),
		gapShare: gapShareOfCountriesWithMentoredCentre(
			gaps,
			new Set(rows.filter((r) => r.mentored).map((r) => r.iso3))
		),
		menteesPerExpert: menteesPerExpert(sum(active.map((e) => e.centres)), active.length),
		intensity: contactIntensity(
			sum(slice.centres.map((c) => c.sessions)),
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
		hours,
		inKind: inKindValue(hours, params.rate),
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

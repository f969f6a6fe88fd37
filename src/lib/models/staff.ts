import { count, countryCapacity, positive, type CountryRow } from './gap';
import type { ModelParameters } from './parameters';

/** Staff roles the models size. `surgicalWorkforce` = surgical, anaesthetic and obstetric physicians. */
export type StaffRole =
	| 'radiationOncologists'
	| 'medicalPhysicists'
	| 'radiationTherapists'
	| 'medicalOncologists'
	| 'surgicalWorkforce'
	| 'pathologists';

export const staffRoles: readonly StaffRole[] = [
	'radiationOncologists',
	'medicalPhysicists',
	'radiationTherapists',
	'medicalOncologists',
	'surgicalWorkforce',
	'pathologists'
];

/** Staff in post by role, from a user's `workforce` file. A missing role means "not supplied", never zero. */
export type StaffInPost = Partial<Record<StaffRole, number | null>>;

/** Why a staff gap is `null`: the need cannot be modelled, or no in-post figure was supplied. */
export type StaffGapReason = 'need-unknown' | 'no-in-post-figure';

export interface StaffEstimate {
	role: StaffRole;
	/** Modelled need, people (fractional). */
	needed: number | null;
	/** Observed staff in post (user data only; the public data has none). */
	inPost: number | null;
	/** `max(0, needed − inPost)`, people. */
	gap: number | null;
	gapReason: StaffGapReason | null;
}

export interface CountryStaff {
	iso3: string;
	/** Machines the physicist and therapist needs are sized on: `max(machines needed, installed)`. */
	staffedMachines: number | null;
	/** Patients a year needing surgery (cases basis). A patient count, not a headcount: no per-surgeon load is cited. */
	surgicalPatients: number | null;
	roles: Record<StaffRole, StaffEstimate>;
}

/**
 * Radiation oncologists needed: `N_RT / patients per oncologist`.
 * Source: 200–250 patients a year each (ESTRO-QUARTS, Slotman et al. 2005).
 *
 * @example radiationOncologistsNeeded(4_500, 250) // 18; radiationOncologistsNeeded(4_500, 200) // 22.5
 */
export function radiationOncologistsNeeded(
	rtNeed: number | null,
	patientsPerOncologist: number
): number | null {
	return rtNeed === null || !(patientsPerOncologist > 0) ? null : rtNeed / patientsPerOncologist;
}

/**
 * Machines to staff: `max(machines needed, installed)`. Every machine that should be in service needs staff,
 * and so does every machine already installed beyond the need. No record counts as none installed here.
 *
 * @example staffedMachines(10, 4) // 10; staffedMachines(10, 12) // 12
 */
export function staffedMachines(machinesNeeded: number | null, installed: number | null): number | null {
	return machinesNeeded === null ? null : Math.max(machinesNeeded, count(installed) ?? 0);
}

/**
 * Medical physicists needed: `max(N_RT / patients per physicist, minimum per machine × staffed machines)`,
 * staffed machines = `max(machines needed, installed)`.
 * Source: 1 physicist per 400 patients, or per machine (IAEA Human Health Campus, Medical physics staffing in
 * radiotherapy: "1 FTE medical physicist per 400 patients", "1.7 FTE medical physicists per linear accelerator";
 * the Atlas's floor of 1 per machine is the lower, ESTRO-QUARTS-level minimum, Slotman et al. 2005).
 *
 * @example medicalPhysicistsNeeded(4_000, 10, 400, 1) // 10; medicalPhysicistsNeeded(4_000, 12, 400, 1) // 12
 */
export function medicalPhysicistsNeeded(
	rtNeed: number | null,
	machines: number | null,
	patientsPerPhysicist: number,
	perMachine: number
): number | null {
	if (rtNeed === null || machines === null || !(patientsPerPhysicist > 0)) return null;
	return Math.max(rtNeed / patientsPerPhysicist, perMachine * machines);
}

/** The courses one machine delivers on a standard (single-shift) working day (ESTRO-QUARTS, Slotman et al. 2005). */
export const standardDayCourses = 450;

/**
 * Shifts a machine works a day at a given throughput: `courses per machine-year / 450`. A machine run for 1,000
 * courses a year (a 12-hour day or two shifts) needs 2.2 shifts of therapists, so fewer machines do not mean fewer
 * therapists.
 *
 * @example shiftsPerDay(450) // 1; shiftsPerDay(1_000) // 2.22
 */
export function shiftsPerDay(courses: number): number {
	return courses > 0 ? courses / standardDayCourses : 1;
}

/**
 * Radiation therapists needed: `therapists per machine per shift × staffed machines × shifts a day`.
 * Source: the IAEA basic centre (Setting up a radiotherapy programme, IAEA 2008, STI/PUB/1296: two megavoltage
 * machines, up to 1,000 patients a year, 7–8 radiation therapists), i.e. 7.5 per 1,000 patients; at 450 patients a
 * machine on one shift, 3.4 per machine per shift (inferred). ESTRO-QUARTS (Slotman et al. 2005) reports national
 * guidelines in the same unit, therapists per machine per shift.
 *
 * @example radiationTherapistsNeeded(10, 3.4) // 34; radiationTherapistsNeeded(4.5, 3.4, 2.22) // ≈ 34: the 1,000-course day
 */
export function radiationTherapistsNeeded(
	machines: number | null,
	perMachinePerShift: number,
	shifts = 1
): number | null {
	return machines === null ? null : machines * perMachinePerShift * shifts;
}

/**
 * Medical oncologists needed: `new cases × first-course chemotherapy share / patients per oncologist`.
 * Source: 150 patients per physician-year (Wilson et al. 2019); share 0.58 inferred from Wilson et al.'s 9.8 M
 * first-course chemotherapy patients in 2018 over GLOBOCAN 2018's 17.0 M new cases excluding non-melanoma skin
 * cancer (Bray et al. 2018), the same base as the Atlas's new cases (GLOBOCAN code 40).
 *
 * @example medicalOncologistsNeeded(17_000_000, 9.8 / 17.0, 150) // ≈ 65,333 (Wilson et al.: ≈ 65,000)
 */
export function medicalOncologistsNeeded(
	newCases: number | null,
	chemoShare: number,
	patientsPerOncologist: number
): number | null {
	const cases = positive(newCases);
	return cases === null || !(patientsPerOncologist > 0) ? null : (cases * chemoShare) / patientsPerOncologist;
}

/**
 * Patients a year needing cancer surgery: `new cases × surgical share`. Source: 80 % (Sullivan et al. 2015).
 *
 * @example surgicalPatients(10_000, 0.8) // 8,000 patients
 */
export function surgicalPatients(newCases: number | null, surgicalShare: number): number | null {
	const cases = positive(newCases);
	return cases === null ? null : cases * surgicalShare;
}

/**
 * Surgical, anaesthetic and obstetric physicians needed: `population / 100,000 × density`.
 * Source: 20 per 100,000 (Meara et al. 2015); the whole surgical workforce, not cancer surgery alone.
 *
 * @example surgicalWorkforceNeeded(5_000_000, 20) // 1,000 physicians
 */
export function surgicalWorkforceNeeded(population: number | null, per100k: number): number | null {
	const people = positive(population);
	return people === null ? null : (people * per100k) / 1e5;
}

/**
 * Pathologists needed: `population / 1e6 × target per million` (a user-set target).
 *
 * @example pathologistsNeeded(5_000_000, 14) // 70 pathologists
 */
export function pathologistsNeeded(population: number | null, perMillion: number): number | null {
	const people = positive(population);
	return people === null ? null : (people * perMillion) / 1e6;
}

/**
 * Staff gap: `max(0, needed − in post)`, with the reason when it cannot be computed.
 *
 * @example staffGap(18, 5) // { gap: 13, gapReason: null }; staffGap(18, undefined) // { gap: null, gapReason: 'no-in-post-figure' }
 */
export function staffGap(
	needed: number | null,
	inPost: number | null | undefined
): { gap: number | null; gapReason: StaffGapReason | null } {
	if (needed === null) return { gap: null, gapReason: 'need-unknown' };
	const have = count(inPost);
	if (have === null) return { gap: null, gapReason: 'no-in-post-figure' };
	return { gap: Math.max(0, needed - have), gapReason: null };
}

/**
 * Modelled staff need, in post and gap for every role in one country.
 *
 * @example countryStaff(row, defaultParameters, { radiationOncologists: 5 }).roles.radiationOncologists
 * // with 9,000 new cases: { needed: 18, inPost: 5, gap: 13, gapReason: null }
 */
export function countryStaff(
	row: CountryRow,
	params: ModelParameters,
	inPost: StaffInPost = {}
): CountryStaff {
	const capacity = countryCapacity(row, params);
	const machines = staffedMachines(capacity.machinesNeeded, capacity.machinesInstalled);
	const needs: Record<StaffRole, number | null> = {
		radiationOncologists: radiationOncologistsNeeded(capacity.rtNeed, params.ro),
		medicalPhysicists: medicalPhysicistsNeeded(capacity.rtNeed, machines, params.mp, params.mpmach),
		radiationTherapists: radiationTherapistsNeeded(machines, params.rtt, shiftsPerDay(params.courses)),
		medicalOncologists: medicalOncologistsNeeded(row.newCases, params.chemo, params.mo),
		surgicalWorkforce: surgicalWorkforceNeeded(row.population, params.sao),
		pathologists: pathologistsNeeded(row.population, params.path)
	};
	const roles = Object.fromEntries(
		staffRoles.map((role) => {
			const have = count(inPost[role]);
			return [role, { role, needed: needs[role], inPost: have, ...staffGap(needs[role], have) }];
		})
	) as Record<StaffRole, StaffEstimate>;
	return {
		iso3: row.iso3,
		staffedMachines: machines,
		surgicalPatients: surgicalPatients(row.newCases, params.surg),
		roles
	};
}

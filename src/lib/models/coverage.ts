/**
 * Coverage of the corps: where it mentors, how deep and how continuous. ICEC publishes no formula for these; the
 * definitions are ours, documented here and on the Methods page (`coverageParameterDefinitions`).
 */

/** `part / whole`, or `null` when the whole is zero or unknown: no centres is "no data", never 0 %. */
export function share(part: number, whole: number | null | undefined): number | null {
	return whole === null || whole === undefined || !(whole > 0) ? null : part / whole;
}

export interface CentreCoverageRow {
	centreId: string;
	iso3: string;
	admin1Code: string | null;
	/** At least one mentoring session in the period. */
	mentored: boolean;
}

export interface MentoredShare {
	key: string;
	centres: number;
	mentored: number;
	/** `mentored / centres`; `null` without centres. */
	share: number | null;
}

/**
 * Mentored-centre share: partner centres with at least one session in the period ÷ partner centres, by country
 * (`by = 'iso3'`) or admin-1 unit (`by = 'admin1'`; centres without an admin-1 code are left out).
 *
 * @example mentoredCentreShare([{ iso3: 'KEN', mentored: true, … }, { iso3: 'KEN', mentored: false, … }], 'iso3')
 * // [{ key: 'KEN', centres: 2, mentored: 1, share: 0.5 }]
 */
export function mentoredCentreShare(
	rows: readonly CentreCoverageRow[],
	by: 'iso3' | 'admin1'
): MentoredShare[] {
	const groups = new Map<string, { centres: number; mentored: number }>();
	for (const row of rows) {
		const key = by === 'iso3' ? row.iso3 : row.admin1Code;
		if (!key) continue;
		const group = groups.get(key) ?? { centres: 0, mentored: 0 };
		group.centres += 1;
		if (row.mentored) group.mentored += 1;
		groups.set(key, group);
	}
	return [...groups]
		.map(([key, g]) => ({ key, ...g, share: share(g.mentored, g.centres) }))
		.sort((a, b) => a.key.localeCompare(b.key));
}

export interface CountryStaffGap {
	iso3: string;
	/** Modelled staff gap in people; `null` when it cannot be computed (no in-post figure). */
	gap: number | null;
}

/**
 * Mentored share of the modelled staff gap: the gap (people) in countries with a mentored centre ÷ the gap in all
 * countries where it is known. Countries whose gap is unknown count in neither.
 *
 * @example mentoredGapShare([{ iso3: 'KEN', gap: 30 }, { iso3: 'UGA', gap: 10 }], new Set(['KEN'])) // 0.75
 */
export function mentoredGapShare(
	gaps: readonly CountryStaffGap[],
	mentoredIso3: ReadonlySet<string>
): number | null {
	let total = 0;
	let mentored = 0;
	for (const { iso3, gap } of gaps) {
		if (gap === null || !Number.isFinite(gap)) continue;
		total += gap;
		if (mentoredIso3.has(iso3)) mentored += gap;
	}
	return share(mentored, total);
}

/**
 * Mentees per expert: distinct (expert, centre) mentoring pairs ÷ distinct active experts. A mentee is a partner
 * centre's team, the unit the program records.
 *
 * @example menteesPerExpert(12, 8) // 1.5
 */
export function menteesPerExpert(expertCentrePairs: number, activeExperts: number): number | null {
	return share(expertCentrePairs, activeExperts);
}

export interface ContactIntensity {
	/** Sessions per centre-month. */
	perCentreMonth: number | null;
	/** `perCentreMonth / benchmark`: 1 means the weekly benchmark is met. */
	ofBenchmark: number | null;
	meetsBenchmark: boolean | null;
}

/**
 * Sessions per centre-month against the weekly benchmark (Balogun et al. 2018; 52 / 12 ≈ 4.33 a month).
 * Centre-months are the months in which each centre was engaged.
 *
 * @example contactIntensity(26, 6, 52 / 12) // { perCentreMonth: 4.33, ofBenchmark: 1, meetsBenchmark: true }
 */
export function contactIntensity(
	sessions: number,
	centreMonths: number,
	benchmark: number
): ContactIntensity {
	const perCentreMonth = share(sessions, centreMonths);
	const ofBenchmark = perCentreMonth === null ? null : share(perCentreMonth, benchmark);
	return {
		perCentreMonth,
		ofBenchmark,
		meetsBenchmark: ofBenchmark === null ? null : ofBenchmark >= 1 - 1e-9
	};
}

/**
 * Continuity: months with at least one session ÷ months engaged (capped at 1).
 *
 * @example continuity(9, 12) // 0.75
 */
export function continuity(monthsWithSession: number, monthsEngaged: number): number | null {
	const value = share(monthsWithSession, monthsEngaged);
	return value === null ? null : Math.min(1, value);
}

/**
 * In-kind value of volunteer time: hours × hourly rate (US$). ICEC valued the first quarter of 2016 at about
 * US$82,000 with the NIH full-time rate; at the default US$89 an hour that is about 921 hours.
 *
 * @example inKindValue(921, 89) // 81,969
 */
export function inKindValue(hours: number | null, ratePerHour: number): number | null {
	return hours === null || !Number.isFinite(hours) || !(ratePerHour >= 0) ? null : hours * ratePerHour;
}

export interface DepthCell {
	centreId: string;
	specialty: string;
	/** Distinct experts with at least one session at this centre in this specialty in the period. */
	activeExperts: number;
}

export type DepthStatus = 'none' | 'thin' | 'deep';

/**
 * Corps depth: a centre and specialty with active experts but fewer than `minimum` (default 3) is `thin` — the
 * corps' principle is that no effort depends on one or two people; with none it is `none`.
 *
 * @example depthStatus(2, 3) // 'thin'; depthStatus(3, 3) // 'deep'; depthStatus(0, 3) // 'none'
 */
export function depthStatus(activeExperts: number, minimum: number): DepthStatus {
	if (activeExperts <= 0) return 'none';
	return activeExperts < minimum ? 'thin' : 'deep';
}

/** The centre–specialty pairs that rest on fewer than `minimum` experts, fewest first. */
export function thinCells<T extends DepthCell>(cells: readonly T[], minimum: number): T[] {
	return cells
		.filter((c) => depthStatus(c.activeExperts, minimum) === 'thin')
		.sort(
			(a, b) =>
				a.activeExperts - b.activeExperts ||
				a.centreId.localeCompare(b.centreId) ||
				a.specialty.localeCompare(b.specialty)
		);
}

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
 * Share of the modelled national staff gap held by countries with at least one mentored centre: the gap (people) of
 * every country where one partner centre or more had a session ÷ the gap of all countries where it is known. A
 * country counts whole once one of its centres is mentored, so this is the reach of the corps across national gaps,
 * not the gap the mentored centres themselves close. Countries whose gap is unknown count in neither.
 *
 * @example gapShareOfCountriesWithMentoredCentre([{ iso3: 'KEN', gap: 30 }, { iso3: 'UGA', gap: 10 }], new Set(['KEN']))
 * // 0.75
 */
export function gapShareOfCountriesWithMentoredCentre(
	gaps: readonly CountryStaffGap[],
	countriesWithMentoredCentre: ReadonlySet<string>
): number | null {
	let total = 0;
	let covered = 0;
	for (const { iso3, gap } of gaps) {
		if (gap === null || !Number.isFinite(gap)) continue;
		total += gap;
		if (countriesWithMentoredCentre.has(iso3)) covered += gap;
	}
	return share(covered, total);
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

export interface CentreContact {
	centreId: string;
	sessions: number;
	/** Months in the period in which the centre was engaged. */
	centreMonths: number;
}

export interface BenchmarkShare {
	/** Centres with at least one engaged month: the ones the benchmark can be judged on. */
	centres: number;
	/** Of those, centres whose own sessions per engaged month reach the benchmark. */
	meeting: number;
	/** `meeting / centres`; `null` without an engaged centre. */
	share: number | null;
	/** The ids of the centres that meet it. */
	meetingIds: string[];
}

/**
 * Share of centres meeting the weekly contact benchmark, each judged on its own sessions per engaged month. The pooled
 * figure (`contactIntensity` over all centres) can meet the benchmark while most centres fall short, because a few
 * busy centres carry it; this one cannot. Centres without an engaged month are left out, never counted as failing.
 *
 * @example centresMeetingBenchmark([{ sessions: 60, centreMonths: 12 }, { sessions: 12, centreMonths: 12 },
 *   { sessions: 3, centreMonths: 0 }], 52 / 12) // { centres: 2, meeting: 1, share: 0.5 } (5 a month meets 4.33)
 */
export function centresMeetingBenchmark(
	centres: readonly CentreContact[],
	benchmark: number
): BenchmarkShare {
	const judged = centres.filter((c) => c.centreMonths > 0);
	const meetingIds = judged
		.filter((c) => contactIntensity(c.sessions, c.centreMonths, benchmark).meetsBenchmark === true)
		.map((c) => c.centreId);
	return {
		centres: judged.length,
		meeting: meetingIds.length,
		share: share(meetingIds.length, judged.length),
		meetingIds
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

export type DepthStatus = 'none' | 'thin' | 'deep';

/**
 * Corps depth, from the distinct experts with at least the minimum of sessions (`depthSessions`) at a centre in a
 * specialty in the period: a pair with such experts but fewer than `minimum` (default 3) is `thin` — the corps'
 * principle is that no effort depends on one or two people; with none it is `none`, flagged too: a centre that asked
 * for a specialty, or was engaged in it, and has no expert at all is the thinnest effort of all.
 *
 * @example depthStatus(2, 3) // 'thin'; depthStatus(3, 3) // 'deep'; depthStatus(0, 3) // 'none'
 */
export function depthStatus(activeExperts: number, minimum: number): DepthStatus {
	if (activeExperts <= 0) return 'none';
	return activeExperts < minimum ? 'thin' : 'deep';
}

export interface Concentration {
	/** Share of the pair's sessions given by its busiest expert (0–1). */
	topShare: number | null;
	/**
	 * Herfindahl–Hirschman index of the experts' shares of sessions, Σ sᵢ² (1/n for n experts sharing equally, 1 for
	 * one expert); `null` without a session.
	 */
	hhi: number | null;
	/** 1 / HHI: the number of equally busy experts that would give the same concentration. */
	effectiveExperts: number | null;
}

/**
 * How much a centre–specialty effort rests on its busiest expert, from the session counts per expert (summed in SQL:
 * the total, the largest, and the sum of squares). Three experts on the books with one giving nearly every session is
 * one expert in practice; the share of the top expert and the HHI say so.
 *
 * @example sessionConcentration(10, 6, 6 * 6 + 2 * 2 + 2 * 2) // { topShare: 0.6, hhi: 0.44, effectiveExperts: 2.27 }
 */
export function sessionConcentration(
	sessions: number,
	topExpertSessions: number,
	sumOfSquaredSessions: number
): Concentration {
	if (!(sessions > 0)) return { topShare: null, hhi: null, effectiveExperts: null };
	const hhi = sumOfSquaredSessions / (sessions * sessions);
	return { topShare: topExpertSessions / sessions, hhi, effectiveExperts: hhi > 0 ? 1 / hhi : null };
}

import { median } from './coverage-requests';

/** The corps' five-phase phase-in of a centre (1 = first contact … 5 = self-sustaining, mentoring others). */

export interface PhaseRecord {
	centreId: string;
	year: number;
	phase: number;
}

/**
 * A centre's phase in a year: the last phase recorded at or before that year; `null` before its first record.
 *
 * @example phaseInYear([{ year: 2019, phase: 1 }, { year: 2022, phase: 3 }], 2021) // 1
 */
export function phaseInYear(
	history: readonly Pick<PhaseRecord, 'year' | 'phase'>[],
	year: number
): number | null {
	let best: { year: number; phase: number } | null = null;
	for (const record of history) {
		if (record.year <= year && (best === null || record.year > best.year)) best = record;
	}
	return best?.phase ?? null;
}

export interface PhaseYearCount {
	year: number;
	/** Centres in phase 1 … 5 (index 0 … 4). */
	byPhase: [number, number, number, number, number];
}

/** Centres by phase in each year from `fromYear` to `toYear`, carrying each centre's last known phase forward. */
export function centresByPhase(
	records: readonly PhaseRecord[],
	fromYear: number,
	toYear: number
): PhaseYearCount[] {
	const byCentre = groupByCentre(records);
	const years: PhaseYearCount[] = [];
	for (let year = fromYear; year <= toYear; year++) {
		const byPhase: [number, number, number, number, number] = [0, 0, 0, 0, 0];
		for (const history of byCentre.values()) {
			const phase = phaseInYear(history, year);
			if (phase !== null && phase >= 1 && phase <= 5) byPhase[phase - 1] = (byPhase[phase - 1] ?? 0) + 1;
		}
		years.push({ year, byPhase });
	}
	return years;
}

export interface PhaseStep {
	/** The phase left: the step is `from → from + 1`. */
	from: number;
	/** Centres that made the step. */
	centres: number;
	/** Median years between first reaching `from` and first reaching `from + 1`. */
	medianYears: number | null;
}

/**
 * Time from one phase to the next: for each centre, the first year at each phase; a step counts when both the phase
 * and the next are recorded and the next comes later.
 *
 * @example phaseSteps([{ C1: 2018 → 1, 2020 → 2 }]) // [{ from: 1, centres: 1, medianYears: 2 }, …]
 */
export function phaseSteps(records: readonly PhaseRecord[]): PhaseStep[] {
	const gaps: number[][] = [[], [], [], []];
	for (const history of groupByCentre(records).values()) {
		const first = new Map<number, number>();
		for (const { year, phase } of history) {
			const seen = first.get(phase);
			if (seen === undefined || year < seen) first.set(phase, year);
		}
		for (let from = 1; from <= 4; from++) {
			const start = first.get(from);
			const end = first.get(from + 1);
			if (start !== undefined && end !== undefined && end > start) gaps[from - 1]?.push(end - start);
		}
	}
	return gaps.map((years, i) => ({ from: i + 1, centres: years.length, medianYears: median(years) }));
}

export interface SkippedPhases {
	centreId: string;
	/** Phases never recorded between a lower phase recorded earlier and a higher one recorded later. */
	skipped: number[];
}

/**
 * Centres that skipped a phase: a phase never recorded although a lower one was recorded before it and a higher one
 * after. `phaseSteps` cannot time these steps (the phase has no first year), so they are counted here instead of
 * silently dropping out. A centre first recorded above phase 1 has not skipped: it joined the program further along.
 *
 * @example skippedPhases([{ centreId: 'C9', year: 2024, phase: 1 }, { centreId: 'C9', year: 2025, phase: 3 }])
 * // [{ centreId: 'C9', skipped: [2] }]
 */
export function skippedPhases(records: readonly PhaseRecord[]): SkippedPhases[] {
	const out: SkippedPhases[] = [];
	for (const [centreId, history] of groupByCentre(records)) {
		const ordered = [...history].sort((a, b) => a.year - b.year);
		const seen = new Set(ordered.map((r) => r.phase));
		const skipped = new Set<number>();
		let highest = 0;
		for (const { phase } of ordered) {
			if (highest > 0) for (let p = highest + 1; p < phase; p++) if (!seen.has(p)) skipped.add(p);
			highest = Math.max(highest, phase);
		}
		if (skipped.size > 0) out.push({ centreId, skipped: [...skipped].sort((a, b) => a - b) });
	}
	return out.sort((a, b) => a.centreId.localeCompare(b.centreId));
}

function groupByCentre(records: readonly PhaseRecord[]): Map<string, PhaseRecord[]> {
	const byCentre = new Map<string, PhaseRecord[]>();
	for (const record of records) {
		const list = byCentre.get(record.centreId) ?? [];
		list.push(record);
		byCentre.set(record.centreId, list);
	}
	return byCentre;
}

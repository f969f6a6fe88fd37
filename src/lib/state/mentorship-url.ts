import type { MentorshipFilters } from '$lib/data/queries/mentorship';
import { SPECIALTIES } from '$lib/data/program-schema';
import { coverageParameterDefinitions } from '$lib/models/coverage-parameters';

/** The view's state as the URL carries it: filters, the period and the hourly rate. */
export interface MentorshipState extends MentorshipFilters {
	rate: number;
}

export const mentorshipKeys = {
	specialty: 'specialty',
	iso3: 'country',
	hubId: 'hub',
	from: 'from',
	to: 'to',
	rate: 'rate'
} as const;

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The last 12 months of the record (or the whole record when shorter). */
export function defaultPeriod(first: string, last: string): { from: string; to: string } {
	const [year = 0, month = 1] = last.split('-').map(Number);
	const start = new Date(Date.UTC(year, month - 12, 1)).toISOString().slice(0, 7);
	return { from: start < first ? first : start, to: last };
}

/**
 * Reads the view's state from the URL; anything unknown, malformed or out of the record's range falls back to the
 * default, and its key is listed in `ignored` so the view can say so.
 */
export function readMentorshipState(
	search: URLSearchParams,
	range: { first: string; last: string },
	known: { iso3: ReadonlySet<string>; hubIds: ReadonlySet<string> }
): { state: MentorshipState; ignored: string[] } {
	const ignored: string[] = [];
	const pick = <T>(key: string, ok: (v: string) => boolean, convert: (v: string) => T, fallback: T): T => {
		const raw = search.get(key);
		if (raw === null || raw === '') return fallback;
		if (ok(raw)) return convert(raw);
		ignored.push(key);
		return fallback;
	};
	const period = defaultPeriod(range.first, range.last);
	const inRange = (v: string) => monthPattern.test(v) && v >= range.first && v <= range.last;
	const specialties: readonly string[] = SPECIALTIES;
	const rateSpec = coverageParameterDefinitions.rate;
	let from = pick(mentorshipKeys.from, inRange, String, period.from);
	let to = pick(mentorshipKeys.to, inRange, String, period.to);
	if (from > to) [from, to] = [to, from];
	const state: MentorshipState = {
		specialty: pick(mentorshipKeys.specialty, (v) => specialties.includes(v), String, null),
		iso3: pick(mentorshipKeys.iso3, (v) => known.iso3.has(v), String, null),
		hubId: pick(mentorshipKeys.hubId, (v) => known.hubIds.has(v), String, null),
		from,
		to,
		rate: pick(
			mentorshipKeys.rate,
			(v) => Number.isFinite(Number(v)) && Number(v) >= rateSpec.min && Number(v) <= rateSpec.max,
			Number,
			rateSpec.default
		)
	};
	return { state, ignored };
}

/** Writes the state into a copy of `search`, leaving out values equal to their defaults so links stay short. */
export function writeMentorshipState(
	search: URLSearchParams,
	state: MentorshipState,
	range: { first: string; last: string }
): URLSearchParams {
	const next = new URLSearchParams(search);
	const period = defaultPeriod(range.first, range.last);
	const set = (key: string, value: string | null, fallback: string | null) => {
		if (value === null || value === fallback) next.delete(key);
		else next.set(key, value);
	};
	set(mentorshipKeys.specialty, state.specialty, null);
	set(mentorshipKeys.iso3, state.iso3, null);
	set(mentorshipKeys.hubId, state.hubId, null);
	set(mentorshipKeys.from, state.from, period.from);
	set(mentorshipKeys.to, state.to, period.to);
	set(mentorshipKeys.rate, String(state.rate), String(coverageParameterDefinitions.rate.default));
	return next;
}

/** Every month from `first` to `last`, inclusive (`YYYY-MM`). */
export function monthsBetween(first: string, last: string): string[] {
	const months: string[] = [];
	let [year = 0, month = 1] = first.split('-').map(Number);
	for (let guard = 0; guard < 1200; guard++) {
		const text = `${year}-${String(month).padStart(2, '0')}`;
		if (text > last) break;
		months.push(text);
		month += 1;
		if (month > 12) [year, month] = [year + 1, 1];
	}
	return months;
}

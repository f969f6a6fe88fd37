/** Engagements (with the experts they draw on), weekly sessions and in-country visits, and requests. */
import type {
	EngagementRow,
	ExpertRow,
	RequestRow,
	SessionRow,
	Specialty
} from '../../src/lib/data/program-schema';
import { AS_OF, type CentrePlan } from './network';
import { dayOf, isoOf, yearOf, type Rng } from './prng';

interface Plan {
	centre: CentrePlan;
	specialty: Specialty;
	kind: 'mentorship' | 'twinning';
	start: number;
	end: number | null;
	expert: ExpertRow;
	mode: EngagementRow['mode'];
}

/** A team is one centre and one specialty: its engagements share one weekly telemedicine slot. */
export interface Team {
	centre: string;
	specialty: Specialty;
	twinning: boolean;
	engagements: { id: string; start: number; end: number | null; mode: EngagementRow['mode'] }[];
}

const EXTRA: Specialty[] = [
	'pathology',
	'oncology_nursing',
	'palliative_care',
	'surgical_oncology',
	'radiology'
];

function teamSpecialties(c: CentrePlan, rng: Rng): Specialty[] {
	const core: Specialty[] =
		c.row.mv_machines > 0 || rng.chance(0.5)
			? ['radiation_oncology', 'medical_physics', 'radiation_therapy']
			: [];
	const extra = rng.shuffle([...EXTRA]).slice(0, rng.int(1, 2));
	return [...core, 'medical_oncology', ...extra];
}

export function makeEngagements(
	centres: CentrePlan[],
	experts: ExpertRow[],
	rng: Rng
): { engagements: EngagementRow[]; teams: Team[] } {
	const busy = new Map<string, [number, number][]>();
	const activeAt = (e: ExpertRow, t: number) =>
		(busy.get(e.expert_id) ?? []).filter(([s, end]) => s <= t && t <= end).length;
	const sharesLanguage = (e: ExpertRow, c: CentrePlan) =>
		e.languages.split(';').some((l) => c.languages.includes(l));
	const choose = (spec: Specialty, c: CentrePlan, t: number, taken: Set<string>) => {
		let best: ExpertRow | null = null;
		let bestScore = -Infinity;
		for (const e of experts) {
			if (e.specialty !== spec || dayOf(e.joined) > t || taken.has(e.expert_id)) continue;
			const load = activeAt(e, t);
			const score =
				(sharesLanguage(e, c) ? 3 : 0) +
				(e.hub_id === c.row.hub_id ? 1 : 0) -
				1.5 * load -
				(load >= 3 ? 10 : 0) +
				2 * rng.next();
			if (score > bestScore) [best, bestScore] = [e, score];
		}
		return best;
	};
	const mode = (): EngagementRow['mode'] =>
		rng.weighted(['telemedicine', 'mixed', 'in_country'] as const, (m) =>
			m === 'telemedicine' ? 62 : m === 'mixed' ? 32 : 6
		);
	const plans: Plan[] = [];
	const add = (p: Plan) => {
		plans.push(p);
		const list = busy.get(p.expert.expert_id) ?? [];
		list.push([p.start, p.end ?? AS_OF]);
		busy.set(p.expert.expert_id, list);
	};
	for (const c of centres) {
		const twinStart = c.join + rng.int(30, 150);
		const twinLead = choose('program_management', c, twinStart, new Set());
		if (twinLead && twinStart <= AS_OF) {
			const end = twinStart + rng.int(3 * 365, 6 * 365);
			add({
				centre: c,
				specialty: 'program_management',
				kind: 'twinning',
				start: twinStart,
				end: end >= AS_OF ? null : end,
				expert: twinLead,
				mode: 'mixed'
			});
		}
		const mentorStart = c.phases[1];
		if (mentorStart === undefined) continue;
		for (const spec of teamSpecialties(c, rng)) {
			const depth = rng.chance(0.22) ? rng.int(1, 2) : rng.int(3, 4);
			for (let k = 0; k < depth; k++) {
				let t = mentorStart + rng.int(0, 120) + k * rng.int(30, 200);
				for (let guard = 0; t < AS_OF && guard < 20; guard++) {
					const taken = new Set(
						plans
							.filter((p) => p.centre === c && p.specialty === spec && p.start <= t && (p.end ?? AS_OF) >= t)
							.map((p) => p.expert.expert_id)
					);
					const expert = choose(spec, c, t, taken);
					if (!expert) {
						t += 90;
						continue;
					}
					const end = t + rng.int(300, 1460);
					add({
						centre: c,
						specialty: spec,
						kind: 'mentorship',
						start: t,
						end: end >= AS_OF ? null : end,
						expert,
						mode: mode()
					});
					t = end + rng.int(7, 90);
				}
			}
		}
	}
	// Some partner centres let their mentoring lapse (a champion leaves, funding stops): a quarter are drawn, and each
	// lapses one to three years before the record ends, at least eighteen months after it joined; centres too new for
	// that are spared. Nothing runs past the lapse, so the centre shows as not mentored in the latest year.
	const lapses = rng.fork('lapses');
	for (const c of centres) {
		const [lapsed, drawn] = [lapses.chance(0.25), AS_OF - lapses.int(380, 1100)];
		const at = Math.max(drawn, c.join + 540);
		if (!lapsed || at > AS_OF - 380) continue;
		for (let i = plans.length - 1; i >= 0; i--) {
			const p = plans[i];
			if (!p || p.centre !== c) continue;
			if (p.start >= at) plans.splice(i, 1);
			else if ((p.end ?? AS_OF) > at) p.end = at;
		}
	}
	plans.sort(
		(a, b) =>
			a.start - b.start ||
			a.centre.row.centre_id.localeCompare(b.centre.row.centre_id) ||
			a.specialty.localeCompare(b.specialty) ||
			a.expert.expert_id.localeCompare(b.expert.expert_id)
	);
	const teams = new Map<string, Team>();
	const engagements = plans.map((p, i): EngagementRow => {
		const id = `G${String(i + 1).padStart(4, '0')}`;
		const key = `${p.centre.row.centre_id}|${p.specialty}|${p.kind}`;
		const team = teams.get(key) ?? {
			centre: p.centre.row.centre_id,
			specialty: p.specialty,
			twinning: p.kind === 'twinning',
			engagements: []
		};
		team.engagements.push({ id, start: p.start, end: p.end, mode: p.mode });
		teams.set(key, team);
		const years = ((p.end ?? p.start + 730) - p.start) / 365;
		return {
			engagement_id: id,
			centre_id: p.centre.row.centre_id,
			expert_id: p.expert.expert_id,
			specialty: p.specialty,
			kind: p.kind,
			start: isoOf(p.start),
			end: p.end === null ? null : isoOf(p.end),
			mode: p.mode,
			planned_hours: Math.round((years * (p.kind === 'twinning' ? 30 : 45)) / 10) * 10
		};
	});
	return { engagements, teams: [...teams.values()] };
}

/** Weekly telemedicine slots shared in rotation by a team's active engagements, plus in-country visits of 3–5 days. */
export function makeSessions(teams: Team[], rng: Rng): SessionRow[] {
	const out: Omit<SessionRow, 'session_id'>[] = [];
	for (const team of teams) {
		const first = Math.min(...team.engagements.map((e) => e.start));
		const p = team.twinning ? 0.25 : 0.68;
		for (let d = first + rng.int(0, 6), week = 0; d <= AS_OF; d += 7, week++) {
			const active = team.engagements.filter((e) => e.start <= d && d <= (e.end ?? AS_OF));
			if (active.length === 0 || !rng.chance(p)) continue;
			const e = active[week % active.length];
			if (e)
				out.push({
					engagement_id: e.id,
					date: isoOf(d),
					hours: rng.pick([1, 1, 1, 1.5, 1.5, 2]),
					mode: 'telemedicine'
				});
		}
		for (const e of team.engagements) {
			if (e.mode === 'telemedicine') continue;
			const last = Math.min(e.end ?? AS_OF, AS_OF);
			for (let y = e.start; y + 30 < last; y += 365) {
				if (!rng.chance(e.mode === 'in_country' ? 0.9 : 0.45)) continue;
				const day = y + rng.int(0, Math.max(0, Math.min(330, last - y - 6)));
				for (let k = 0, n = rng.int(3, 5); k < n; k++)
					out.push({
						engagement_id: e.id,
						date: isoOf(day + k),
						hours: rng.pick([6, 7, 8]),
						mode: 'in_country'
					});
			}
		}
	}
	out.sort((a, b) =>
		a.date < b.date ? -1 : a.date > b.date ? 1 : a.engagement_id.localeCompare(b.engagement_id)
	);
	return out.map((s, i) => ({ session_id: `S${String(i + 1).padStart(6, '0')}`, ...s }));
}

const ALL: Specialty[] = [
	'radiation_oncology',
	'medical_physics',
	'radiation_therapy',
	'medical_oncology',
	'surgical_oncology',
	'pathology',
	'oncology_nursing',
	'palliative_care',
	'radiology',
	'program_management'
];

/** Requests: about 1.6 a centre-year; match times log-normal around 35 days, longer where a specialty is thin. */
export function makeRequests(centres: CentrePlan[], teams: Team[], rng: Rng): RequestRow[] {
	const out: Omit<RequestRow, 'request_id'>[] = [];
	for (const c of centres) {
		const own = teams.filter((t) => t.centre === c.row.centre_id && !t.twinning);
		for (let y = yearOf(c.join); y <= yearOf(AS_OF); y++) {
			for (let n = rng.poisson(1.6); n > 0; n--) {
				const from = Math.max(c.join, dayOf(`${y}-01-01`));
				const opened = from + rng.int(0, Math.max(0, Math.min(dayOf(`${y}-12-31`), AS_OF) - from));
				const team = own.length > 0 && rng.chance(0.7) ? rng.pick(own) : null;
				const specialty = team?.specialty ?? rng.pick(ALL);
				const thin =
					!team ||
					team.engagements.filter((e) => e.start <= opened && opened <= (e.end ?? AS_OF)).length <= 2;
				const wait = Math.round(Math.exp(Math.log(35) + 0.75 * rng.normal()) * (thin ? 1.8 : 1));
				const base = {
					centre_id: c.row.centre_id,
					specialty,
					kind: rng.chance(0.72) ? 'need' : 'opportunity',
					opened: isoOf(opened)
				} as const;
				if (rng.chance(0.06)) {
					const closed = opened + rng.int(30, 200);
					out.push({
						...base,
						matched: null,
						closed: closed <= AS_OF ? isoOf(closed) : null,
						status: closed <= AS_OF ? 'withdrawn' : 'open'
					});
					continue;
				}
				const matched = opened + wait;
				const closed = matched + rng.int(120, 900);
				if (matched > AS_OF) out.push({ ...base, matched: null, closed: null, status: 'open' });
				else if (closed > AS_OF)
					out.push({ ...base, matched: isoOf(matched), closed: null, status: 'matched' });
				else out.push({ ...base, matched: isoOf(matched), closed: isoOf(closed), status: 'closed' });
			}
		}
	}
	out.sort((a, b) =>
		a.opened < b.opened ? -1 : a.opened > b.opened ? 1 : a.centre_id.localeCompare(b.centre_id)
	);
	return out.map((r, i) => ({ request_id: `R${String(i + 1).padStart(4, '0')}`, ...r }));
}

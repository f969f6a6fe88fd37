/**
 * Money in, outcomes and workforce. Outcomes are a centre's stationary baseline times noise, lifted after mentorship
 * starts by `effect` (0 = mentorship changes nothing; 1 = up to +40 % after five years). The random draws do not depend
 * on `effect`, so the two variants differ only by the lift.
 */
import type { CentreRow, InvestmentRow, OutcomeRow, WorkforceRow } from '../../src/lib/data/program-schema';
import type { Country } from './places';
import { AS_OF, type CentrePlan } from './network';
import { dayOf, round, yearOf, type Rng } from './prng';

export const OUTCOME_YEARS = { first: 2014, last: 2025 } as const;

/** Relative lift of outcomes in `year` for mentorship that started in `startYear`. */
export function mentorshipLift(year: number, startYear: number | null, effect: number): number {
	if (startYear === null || year < startYear) return 0;
	return effect * Math.min(0.4, 0.08 * (year - startYear + 1));
}

export function makeInvestments(centres: CentrePlan[], rng: Rng): InvestmentRow[] {
	const out: Omit<InvestmentRow, 'investment_id'>[] = [];
	const usd = (lo: number, hi: number) => Math.round((lo * (hi / lo) ** rng.next()) / 100) * 100;
	for (const c of centres) {
		const phase4 = c.phases[3];
		for (let y = yearOf(c.join); y <= yearOf(AS_OF); y++) {
			const add = (
				source: InvestmentRow['source'],
				category: InvestmentRow['category'],
				amount_usd: number
			) => out.push({ centre_id: c.row.centre_id, year: y, source, category, amount_usd });
			if (rng.chance(0.6))
				add(
					'local_community',
					rng.pick(['operations', 'training', 'other', 'building'] as const),
					usd(2_000, 40_000)
				);
			if (rng.chance(0.5))
				add('government', rng.pick(['operations', 'training', 'equipment'] as const), usd(20_000, 600_000));
			if (rng.chance(0.25)) add('industry', rng.chance(0.6) ? 'equipment' : 'training', usd(30_000, 900_000));
			if (rng.chance(0.4))
				add('philanthropy', rng.pick(['training', 'operations'] as const), usd(10_000, 250_000));
			if (phase4 !== undefined && yearOf(phase4) === y && rng.chance(0.6))
				add(
					rng.chance(0.6) ? 'government' : 'philanthropy',
					c.row.mv_machines === 0 ? 'building' : 'equipment',
					usd(900_000, 3_000_000)
				);
		}
	}
	out.sort((a, b) => a.year - b.year || a.centre_id.localeCompare(b.centre_id));
	return out.map((r, i) => ({ investment_id: `I${String(i + 1).padStart(4, '0')}`, ...r }));
}

/** First year of mentorship per centre: the year its first mentorship engagement started. */
export type StartYears = Map<string, number>;

export function makeOutcomes(
	centres: CentrePlan[],
	startYears: StartYears,
	effect: number,
	rng: Rng
): OutcomeRow[] {
	const out: OutcomeRow[] = [];
	for (const c of centres) {
		const mv = c.row.mv_machines;
		const newBase = Math.exp(Math.log(1800) + 0.5 * rng.normal());
		const rtBase = mv > 0 ? Math.min(mv * 380, 0.45 * newBase) : 0;
		const base = {
			chemo: 0.35 * newBase,
			surgery: 0.25 * newBase,
			trained: 1 + 3 * rng.next(),
			ro: mv > 0 ? 1 + mv * 1.2 : rng.int(0, 1),
			mp: mv > 0 ? mv * (0.6 + rng.next()) : 0,
			rtt: mv > 0 ? mv * (3 + 2 * rng.next()) : 0,
			quality: 1 + rng.int(0, 1)
		};
		const start = startYears.get(c.row.centre_id) ?? null;
		for (let y = OUTCOME_YEARS.first; y <= OUTCOME_YEARS.last; y++) {
			const z = Array.from({ length: 9 }, () => Math.exp(0.06 * rng.normal()));
			const noise = (i: number) => z[i] ?? 1;
			const lift = mentorshipLift(y, start, effect);
			const m = 1 + lift;
			const newPatients = Math.round(newBase * (1 + 0.5 * lift) * noise(0));
			const phase = c.phases.filter((d) => d <= dayOf(`${y}-12-31`)).length;
			out.push({
				centre_id: c.row.centre_id,
				year: y,
				new_patients: newPatients,
				treated_radiotherapy: Math.min(newPatients, Math.round(rtBase * m * noise(1))),
				treated_chemotherapy: Math.round(base.chemo * m * noise(2)),
				treated_surgery: Math.round(base.surgery * m * noise(3)),
				staff_trained: Math.round(base.trained * (1 + 2.5 * lift) * noise(4)),
				staff_in_post_ro: Math.round(base.ro * m * noise(5)),
				staff_in_post_mp: Math.round(base.mp * m * noise(6)),
				staff_in_post_rtt: Math.round(base.rtt * m * noise(7)),
				machines_working:
					mv === 0 ? 0 : Math.min(mv, Math.round(mv * Math.min(1, (0.7 + 0.75 * lift) * noise(8)))),
				quality_milestones:
					base.quality + (start === null || y < start ? 0 : Math.round(effect * 1.5 * (y - start + 1))),
				phase: phase === 0 ? null : phase
			});
		}
	}
	return out;
}

const RATES: [WorkforceRow['role'], number][] = [
	['radiation_oncologist', 1.2],
	['medical_physicist', 0.7],
	['radiation_therapist', 2.5],
	['medical_oncologist', 0.8],
	['surgeon', 45],
	['pathologist', 1.5],
	['oncology_nurse', 6]
];

/** Staff in post for a few countries with partner centres (national, and by admin-1 for two of them). */
export function makeWorkforce(centres: CentreRow[], countries: Country[], rng: Rng): WorkforceRow[] {
	const isos = [...new Set(centres.filter((c) => c.setting === 'lmic').map((c) => c.iso3))].sort();
	const chosen = rng.shuffle(isos).slice(0, 6).sort();
	const out: WorkforceRow[] = [];
	const source = 'Illustrative ministry return (invented figures)';
	chosen.forEach((iso3, i) => {
		const pop = (countries.find((c) => c.iso3 === iso3)?.population ?? 1e7) / 1e6;
		const scale = 0.4 + rng.next();
		for (const year of [2019, 2022, 2025])
			for (const [role, rate] of RATES)
				out.push({
					iso3,
					admin1_code: null,
					role,
					year,
					staff_in_post: Math.max(1, Math.round(pop * rate * scale * 1.03 ** (year - 2019))),
					source
				});
		if (i >= 2) return;
		const codes = [
			...new Set(centres.filter((c) => c.iso3 === iso3 && c.admin1_code).map((c) => c.admin1_code as string))
		];
		for (const admin1_code of codes)
			for (const [role, rate] of RATES)
				out.push({
					iso3,
					admin1_code,
					role,
					year: 2025,
					staff_in_post: Math.max(
						0,
						Math.round(pop * rate * scale * round(0.2 + 0.3 * rng.next(), 2) * 1.19)
					),
					source
				});
	});
	return out;
}

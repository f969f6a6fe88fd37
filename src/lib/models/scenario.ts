import { combineFlows, type YearFlow } from './discounting';
import type { ModelParameters } from './parameters';
import type { BenefitMode, ReturnParameters } from './return-parameters';
import { benefitFlows, patientValue } from './roi';
import {
	medicalPhysicistsNeeded,
	radiationOncologistsNeeded,
	radiationTherapistsNeeded,
	shiftsPerDay
} from './staff';

/** What a scale-up closes, by when, and with which kind of centre. */
export interface ScenarioSettings {
	/** Share of the machine gap to close, 0–1. */
	share: number;
	/** First year money is spent. */
	startYear: number;
	/** Year by which the last centre is built (its machines treat from the year after). */
	targetYear: number;
	/** Share of new centres with two machines and brachytherapy; the rest have one machine. */
	twoMachineShare: number;
}

/** A country as the scenario reads it (from the capacity models). */
export interface ScenarioCountry {
	iso3: string;
	machineGap: number | null;
	gdpPerCapita: number | null;
}

export interface StaffToTrain {
	radiationOncologists: number;
	medicalPhysicists: number;
	radiationTherapists: number;
}

export interface ScenarioYear extends YearFlow {
	capital: number;
	running: number;
	training: number;
	machinesInService: number;
	/** Capital whose running cost falls in this year: `running = run × runningBase`. */
	runningBase: number;
	patients: number;
	/** `Σ patients × GDP per capita` over the countries: what benefits scale with. */
	patientsTimesGdp: number;
	lifeYears: number;
	/** `null` until the employment ratio is set. */
	productiveLifeYears: number | null;
}

export interface ScaleUpPlan {
	/** Machines the target asks for: `share × gap`. */
	machinesTarget: number;
	centresOneMachine: number;
	centresTwoMachines: number;
	/** `one-machine centres + 2 × two-machine centres` (whole centres, so at least the target). */
	machinesAdded: number;
	staff: StaffToTrain;
	years: ScenarioYear[];
	/** Countries left out because their gap or GDP per capita is unknown. */
	countriesWithoutData: string[];
	/** Whether every training cost per person is set; if not, training is counted in people, not in the costs. */
	trainingPriced: boolean;
}

/**
 * Staff to train for new machines, sized as the capacity models size them: radiation oncologists `patients / ro`,
 * physicists `max(patients / mp, mpmach × machines)`, therapists `rtt × machines`, with `patients = machines × courses`
 * (ESTRO-QUARTS, Slotman et al. 2005).
 *
 * @example staffForMachines(10, defaultParameters) // 18 oncologists, 10 physicists, 75 therapists
 */
export function staffForMachines(machines: number, c: ModelParameters): StaffToTrain {
	const patients = machines * c.courses;
	return {
		radiationOncologists: radiationOncologistsNeeded(patients, c.ro) ?? 0,
		medicalPhysicists: medicalPhysicistsNeeded(patients, machines, c.mp, c.mpmach) ?? 0,
		radiationTherapists: radiationTherapistsNeeded(machines, c.rtt, shiftsPerDay(c.courses)) ?? 0
	};
}

/**
 * Whole centres for a number of machines: `n = ⌈machines / (1 + two-machine share)⌉`, of which
 * `round(n × share)` have two machines.
 *
 * @example centresFor(16, 0.5) // { one: 5, two: 6 } → 17 machines
 */
export function centresFor(machines: number, twoMachineShare: number): { one: number; two: number } {
	if (!(machines > 0)) return { one: 0, two: 0 };
	const n = Math.ceil(machines / (1 + twoMachineShare) - 1e-9);
	const two = Math.round(n * twoMachineShare);
	return { one: n - two, two };
}

/**
 * Scale-up of one country: close `share` of its machine gap with new centres built in equal parts each year from
 * `startYear` to `targetYear`. Each part costs its capital (Datta et al. 2019: US$2.05 M one machine, US$5.05 M two
 * with brachytherapy) and its staff's training in the build year, then runs for one machine life at `run × capital`
 * a year, treating `courses` patients per machine a year; their value follows the benefit mode (`patientValue`).
 * Training enters the costs only once all three costs per person are set; until then it is counted in people.
 */
export function scaleUpPlan(
	country: ScenarioCountry,
	s: ScenarioSettings,
	p: ReturnParameters,
	c: ModelParameters,
	mode: BenefitMode
): ScaleUpPlan {
	const empty: ScaleUpPlan = {
		machinesTarget: 0,
		centresOneMachine: 0,
		centresTwoMachines: 0,
		machinesAdded: 0,
		staff: { radiationOncologists: 0, medicalPhysicists: 0, radiationTherapists: 0 },
		years: [],
		countriesWithoutData: [],
		trainingPriced: p.tro !== null && p.tmp !== null && p.trtt !== null
	};
	if (country.machineGap === null || country.gdpPerCapita === null)
		return { ...empty, countriesWithoutData: [country.iso3] };
	const gdp = country.gdpPerCapita;
	const machinesTarget = s.share * country.machineGap;
	const { one, two } = centresFor(machinesTarget, s.twoMachineShare);
	const machinesAdded = one + 2 * two;
	if (machinesAdded === 0) return { ...empty, machinesTarget };
	const staff = staffForMachines(machinesAdded, c);
	const capital = one * p.cap1 + two * p.cap2;
	const training =
		p.tro !== null && p.tmp !== null && p.trtt !== null
			? staff.radiationOncologists * p.tro +
				staff.medicalPhysicists * p.tmp +
				staff.radiationTherapists * p.trtt
			: 0;
	const buildYears = Math.max(1, s.targetYear - s.startYear + 1);
	const life = Math.max(1, Math.round(p.life));
	const value = patientValue(p, mode);
	const rows = new Map<number, ScenarioYear>();
	const row = (year: number) => {
		let r = rows.get(year);
		if (!r) {
			r = {
				year,
				cost: 0,
				benefitHC: 0,
				benefitFI: 0,
				capital: 0,
				running: 0,
				training: 0,
				machinesInService: 0,
				runningBase: 0,
				patients: 0,
				patientsTimesGdp: 0,
				lifeYears: 0,
				productiveLifeYears: value.productiveLifeYears === null ? null : 0
			};
			rows.set(year, r);
		}
		return r;
	};
	for (let b = 0; b < buildYears; b++) {
		const built = row(s.startYear + b);
		built.capital += capital / buildYears;
		built.training += training / buildYears;
		for (let k = 1; k <= life; k++) {
			const r = row(s.startYear + b + k);
			r.running += (p.run * capital) / buildYears;
			r.runningBase += capital / buildYears;
			r.machinesInService += machinesAdded / buildYears;
		}
	}
	const patientsByYear = [...rows.values()].map((r) => {
		r.patients = r.machinesInService * c.courses;
		r.patientsTimesGdp = r.patients * gdp;
		r.lifeYears = r.patients * value.lifeYears;
		r.productiveLifeYears =
			value.productiveLifeYears === null ? null : r.patients * value.productiveLifeYears;
		r.cost = r.capital + r.running + r.training;
		return { year: r.year, patients: r.patients };
	});
	for (const f of benefitFlows(patientsByYear, country.gdpPerCapita, p, mode)) {
		const r = row(f.year);
		r.benefitHC += f.benefitHC;
		r.benefitFI += f.benefitFI;
	}
	return {
		machinesTarget,
		centresOneMachine: one,
		centresTwoMachines: two,
		machinesAdded,
		staff,
		years: [...rows.values()].sort((a, b) => a.year - b.year),
		countriesWithoutData: [],
		trainingPriced: empty.trainingPriced
	};
}

/**
 * A group's scale-up: each country closes the same share of its own gap; plans add up year by year.
 *
 * @example combinePlans([planA, planB]).years[0].capital // planA's + planB's capital that year
 */
export function combinePlans(plans: readonly ScaleUpPlan[]): ScaleUpPlan {
	const years = new Map<number, ScenarioYear>();
	for (const plan of plans)
		for (const y of plan.years) {
			const r = years.get(y.year);
			if (!r) years.set(y.year, { ...y });
			else {
				for (const k of [
					'cost',
					'benefitHC',
					'benefitFI',
					'capital',
					'running',
					'training',
					'machinesInService',
					'runningBase',
					'patients',
					'patientsTimesGdp',
					'lifeYears'
				] as const)
					r[k] += y[k];
				r.productiveLifeYears =
					r.productiveLifeYears === null || y.productiveLifeYears === null
						? null
						: r.productiveLifeYears + y.productiveLifeYears;
			}
		}
	const sum = (f: (p: ScaleUpPlan) => number) => plans.reduce((a, p) => a + f(p), 0);
	return {
		machinesTarget: sum((p) => p.machinesTarget),
		centresOneMachine: sum((p) => p.centresOneMachine),
		centresTwoMachines: sum((p) => p.centresTwoMachines),
		machinesAdded: sum((p) => p.machinesAdded),
		staff: {
			radiationOncologists: sum((p) => p.staff.radiationOncologists),
			medicalPhysicists: sum((p) => p.staff.medicalPhysicists),
			radiationTherapists: sum((p) => p.staff.radiationTherapists)
		},
		years: [...years.values()].sort((a, b) => a.year - b.year),
		countriesWithoutData: plans.flatMap((p) => p.countriesWithoutData),
		trainingPriced: plans.every((p) => p.trainingPriced)
	};
}

/** The plan's yearly flows for discounting. */
export const planFlows = (plan: ScaleUpPlan): YearFlow[] => combineFlows([plan.years]);

/**
 * The plan's flows under other valuation and running-cost parameters (a draw of the uncertainty analysis), without
 * rebuilding it: machines, capital and patients do not depend on them; running costs scale with `run`, benefits
 * are rebuilt from patients × GDP per capita.
 */
export function replanFlows(plan: ScaleUpPlan, p: ReturnParameters, mode: BenefitMode): YearFlow[] {
	const costs = plan.years.map((y) => ({
		year: y.year,
		cost: y.capital + y.training + p.run * y.runningBase,
		benefitHC: 0,
		benefitFI: 0
	}));
	const benefits = benefitFlows(
		plan.years
			.filter((y) => y.patientsTimesGdp !== 0)
			.map((y) => ({ year: y.year, patients: y.patientsTimesGdp })),
		1,
		p,
		mode
	);
	return combineFlows([costs, benefits]);
}

import { combineFlows, type YearFlow } from './discounting';
import type { ModelParameters } from './parameters';
import type { ReturnParameters } from './return-parameters';
import { benefitFlows, lifeYears, productiveLifeYears } from './roi';
import { medicalPhysicistsNeeded, radiationOncologistsNeeded, radiationTherapistsNeeded } from './staff';

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
	patients: number;
	lifeYears: number;
	productiveLifeYears: number;
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
		radiationTherapists: radiationTherapistsNeeded(machines, c.rtt) ?? 0
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
 * a year, treating `courses` patients per machine a year; survivors' value follows the Datta et al. 2015 method.
 */
export function scaleUpPlan(
	country: ScenarioCountry,
	s: ScenarioSettings,
	p: ReturnParameters,
	c: ModelParameters
): ScaleUpPlan {
	const empty: ScaleUpPlan = {
		machinesTarget: 0,
		centresOneMachine: 0,
		centresTwoMachines: 0,
		machinesAdded: 0,
		staff: { radiationOncologists: 0, medicalPhysicists: 0, radiationTherapists: 0 },
		years: [],
		countriesWithoutData: []
	};
	if (country.machineGap === null || country.gdpPerCapita === null)
		return { ...empty, countriesWithoutData: [country.iso3] };
	const machinesTarget = s.share * country.machineGap;
	const { one, two } = centresFor(machinesTarget, s.twoMachineShare);
	const machinesAdded = one + 2 * two;
	if (machinesAdded === 0) return { ...empty, machinesTarget };
	const staff = staffForMachines(machinesAdded, c);
	const capital = one * p.cap1 + two * p.cap2;
	const training =
		staff.radiationOncologists * p.tro + staff.medicalPhysicists * p.tmp + staff.radiationTherapists * p.trtt;
	const buildYears = Math.max(1, s.targetYear - s.startYear + 1);
	const life = Math.max(1, Math.round(p.life));
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
				patients: 0,
				lifeYears: 0,
				productiveLifeYears: 0
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
			r.machinesInService += machinesAdded / buildYears;
		}
	}
	const patientsByYear = [...rows.values()].map((r) => {
		r.patients = r.machinesInService * c.courses;
		r.lifeYears = lifeYears(r.patients, p);
		r.productiveLifeYears = productiveLifeYears(r.patients, p);
		r.cost = r.capital + r.running + r.training;
		return { year: r.year, patients: r.patients };
	});
	for (const f of benefitFlows(patientsByYear, country.gdpPerCapita, p)) {
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
		countriesWithoutData: []
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
			else for (const k of Object.keys(y) as (keyof ScenarioYear)[]) if (k !== 'year') r[k] += y[k];
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
		countriesWithoutData: plans.flatMap((p) => p.countriesWithoutData)
	};
}

/** The plan's yearly flows for discounting. */
export const planFlows = (plan: ScaleUpPlan): YearFlow[] => combineFlows([plan.years]);

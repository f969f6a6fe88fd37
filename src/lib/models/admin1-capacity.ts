import {
	count,
	machineGap,
	machinesNeededForCases,
	machinesNeededForPopulation,
	machinesPerMillion,
	positive,
	radiotherapyAccess,
	radiotherapyNeed
} from './gap';
import type { ModelParameters } from './parameters';

/** One admin-1 unit as the model reads it. Missing figures are `null`, never 0. */
export interface Admin1Row {
	code: string;
	name: string;
	/** Current estimate, persons; `null` or 0 when the unit has no population estimate. */
	population: number | null;
	/** DIRAC megavoltage machines in the unit; `null` when the country has no DIRAC record. */
	mvMachines: number | null;
}

/** Where a unit's new cases come from: the national rate applied to its people, or the user's own file. */
export type CasesSource = 'estimated' | 'user';

export interface Admin1Capacity {
	code: string;
	name: string;
	population: number | null;
	newCases: number | null;
	casesSource: CasesSource;
	rtNeed: number | null;
	machinesNeeded: number | null;
	machinesInstalled: number | null;
	/** Machines added in the what-if, counted in `machinesInstalled`. */
	machinesAdded: number;
	machineGap: number | null;
	access: number | null;
	machinesPerMillion: number | null;
}

/**
 * National crude incidence, new cases per person a year: GLOBOCAN new cases / national population. Using the same
 * population as the units makes the unit estimates add up to the national figure.
 *
 * @example crudeIncidence(44_065, 56_432_944) // 0.000781 (78.1 per 100,000)
 */
export function crudeIncidence(newCases: number | null, population: number | null): number | null {
	const cases = positive(newCases);
	const people = positive(population);
	return cases === null || people === null ? null : cases / people;
}

/**
 * Radiotherapy need and capacity for each admin-1 unit. New cases are the user's figure where given, else the
 * national crude incidence × the unit's population. The machine gap is per unit (a surplus in the capital does not
 * fill a gap elsewhere), so unit gaps can add up to more than the national gap.
 *
 * @param added machines added in the what-if, by unit code
 * @example admin1Capacity([{ code: 'A', name: 'A', population: 1e6, mvMachines: 0 }], 0.001, defaultParameters)
 * // newCases 1,000; rtNeed 500; machinesNeeded 1.11; machineGap 1.11
 */
export function admin1Capacity(
	units: readonly Admin1Row[],
	incidence: number | null,
	params: ModelParameters,
	added: ReadonlyMap<string, number> = new Map(),
	userCases: ReadonlyMap<string, number> = new Map()
): Admin1Capacity[] {
	return units.map((unit) => {
		const population = positive(unit.population);
		const own = userCases.get(unit.code);
		const casesSource: CasesSource = own !== undefined ? 'user' : 'estimated';
		const newCases =
			own !== undefined
				? count(own)
				: incidence === null || population === null
					? null
					: incidence * population;
		const rtNeed = radiotherapyNeed(newCases, params.rtu);
		const needed =
			params.basis === 'population'
				? machinesNeededForPopulation(population, params.mpm)
				: machinesNeededForCases(rtNeed, params.courses, params.retreat);
		const extra = added.get(unit.code) ?? 0;
		const recorded = count(unit.mvMachines);
		const installed = recorded === null ? (extra > 0 ? extra : null) : recorded + extra;
		return {
			code: unit.code,
			name: unit.name,
			population,
			newCases,
			casesSource,
			rtNeed,
			machinesNeeded: needed,
			machinesInstalled: installed,
			machinesAdded: extra,
			machineGap: machineGap(needed, installed),
			access: radiotherapyAccess(installed, needed),
			machinesPerMillion: machinesPerMillion(installed, population)
		};
	});
}

/** Units ranked by machine gap, largest first; units whose gap is unknown go last, then by name. */
export function rankByGap(units: readonly Admin1Capacity[]): Admin1Capacity[] {
	return [...units].sort(
		(a, b) => (b.machineGap ?? -1) - (a.machineGap ?? -1) || a.name.localeCompare(b.name)
	);
}

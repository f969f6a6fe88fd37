/**
 * The country figures the country page and the report both show, from one function: a figure printed in the report
 * is the page's figure, computed on the same rows, cells and parameters and formatted by the same rule.
 */
import type { Admin1Record } from '$lib/data/queries/country';
import type { PopulationCell } from '$lib/models/access';
import type { Admin1Row } from '$lib/models/admin1-capacity';
import { countryWhatIf, type CountryWhatIf } from '$lib/models/country-what-if';
import type { CountryCapacity } from '$lib/models/gap';
import type { ModelParameters } from '$lib/models/parameters';

/** The country's populated grid cells and each one's distance to the nearest megavoltage facility (any country). */
export interface CountryReach {
	cells: PopulationCell[];
	/** km; Infinity beyond 200 km. */
	baselineKm: number[];
}

/** Admin-1 records as the models read them: machines unknown (not 0) where the country has no DIRAC record. */
export function admin1Rows(records: readonly Admin1Record[], hasRecord: boolean): Admin1Row[] {
	return records.map((u) => ({
		code: u.admin1_code,
		name: u.name,
		population: u.population,
		mvMachines: hasRecord ? u.mv_machines : null
	}));
}

/**
 * The country as it is, nothing added: national and unit need, gap and share of people beyond 100 / 200 km of a
 * machine. The national share beyond a distance is the grid's (GPWv4 cells of the country, each counted by its
 * centre's distance to the nearest machine), the one figure the page recomputes when a machine is added.
 */
export function countryFigures(
	national: CountryCapacity,
	units: readonly Admin1Record[],
	reach: CountryReach,
	params: ModelParameters
): CountryWhatIf {
	return countryWhatIf({
		national,
		units: admin1Rows(units, national.hasRecord),
		cells: reach.cells,
		baselineKm: reach.baselineKm,
		added: [],
		params
	});
}

/** Units with no population estimate: shown as "no data", and left out of any "largest gap" sentence. */
export function unitsWithoutPopulation(units: readonly { population: number | null }[]): number {
	return units.filter((u) => !(u.population !== null && u.population > 0)).length;
}

/** The unit with the largest machine gap, and how many units were left out of the ranking for want of a population. */
export interface LargestGap<U> {
	unit: U | null;
	leftOut: number;
}

/**
 * The unit with the largest positive machine gap among units with a population estimate; units without one are "no
 * data", never ranked worst or best, and counted in `leftOut`.
 *
 * @example largestGap([{ population: null, machineGap: null }, { population: 5e6, machineGap: 3.1 }]) // 2nd, leftOut 1
 */
export function largestGap<U extends { population: number | null; machineGap: number | null }>(
	units: readonly U[]
): LargestGap<U> {
	let unit: U | null = null;
	for (const u of units) {
		if (!(u.population !== null && u.population > 0)) continue;
		if (u.machineGap !== null && u.machineGap > 0 && (unit === null || u.machineGap > (unit.machineGap ?? 0)))
			unit = u;
	}
	return { unit, leftOut: unitsWithoutPopulation(units) };
}

import {
	broughtWithinReach,
	gridScale,
	reachSummary,
	shareBeyond,
	unitAt,
	withAddedSites,
	type LatLon,
	type PopulationCell,
	type ReachTotals
} from './access';
import { admin1Capacity, crudeIncidence, type Admin1Capacity, type Admin1Row } from './admin1-capacity';
import { machineGap, radiotherapyAccess, type CountryCapacity } from './gap';
import type { ModelParameters } from './parameters';

export interface UnitView extends Admin1Capacity {
	shareBeyond100: number | null;
	shareBeyond200: number | null;
}

export interface NationalView {
	machinesInstalled: number | null;
	machineGap: number | null;
	access: number | null;
	shareBeyond100: number | null;
	shareBeyond200: number | null;
}

export interface CountryWhatIf {
	units: UnitView[];
	before: NationalView;
	after: NationalView;
	/** The unit each added machine lands in (`null`: outside every unit's cells). */
	addedUnits: (string | null)[];
	/** People brought within 100 / 200 km, scaled from grid people to the current national population. */
	brought100: number;
	brought200: number;
	/** National crude incidence used for the unit estimates, new cases per person a year. */
	incidence: number | null;
}

export interface CountryWhatIfInput {
	national: CountryCapacity;
	units: readonly Admin1Row[];
	cells: readonly PopulationCell[];
	/** Each cell's distance to the nearest existing machine, km (Infinity beyond `maxKm`). */
	baselineKm: readonly number[];
	added: readonly LatLon[];
	params: ModelParameters;
	userCases?: ReadonlyMap<string, number>;
	maxKm?: number;
}

function nationalView(national: CountryCapacity, installed: number | null, reach: ReachTotals): NationalView {
	return {
		machinesInstalled: installed,
		machineGap: machineGap(national.machinesNeeded, installed),
		access: radiotherapyAccess(installed, national.machinesNeeded),
		shareBeyond100: shareBeyond(reach, 100),
		shareBeyond200: shareBeyond(reach, 200)
	};
}

/**
 * A country before and after machines are added at given places: national need met and gap, each admin-1 unit's
 * need, gap and share of people beyond 100 / 200 km, and the people brought within reach. A country with no DIRAC
 * record keeps an unknown installed count (and gap) after the what-if; only reach changes.
 *
 * @example countryWhatIf({ national, units, cells, baselineKm, added: [{ lat: 3.1, lon: 35.6 }], params })
 */
export function countryWhatIf(input: CountryWhatIfInput): CountryWhatIf {
	const { national, units, cells, baselineKm, added, params } = input;
	const maxKm = input.maxKm ?? 200;
	const addedUnits = added.map((point) => unitAt(point, cells));
	const addedByUnit = new Map<string, number>();
	for (const code of addedUnits) if (code !== null) addedByUnit.set(code, (addedByUnit.get(code) ?? 0) + 1);

	const before = reachSummary(cells, baselineKm);
	const after =
		added.length === 0 ? before : reachSummary(cells, withAddedSites(cells, baselineKm, added, maxKm));
	const scale = gridScale(national.population, before.country.population);

	const unitPopulation = units.reduce((sum, unit) => sum + (unit.population ?? 0), 0);
	const incidence = crudeIncidence(
		national.newCases,
		unitPopulation > 0 ? unitPopulation : national.population
	);
	const capacity = admin1Capacity(units, incidence, params, addedByUnit, input.userCases);
	const installedAfter =
		national.machinesInstalled === null ? null : national.machinesInstalled + added.length;
	return {
		units: capacity.map((unit) => ({
			...unit,
			shareBeyond100: shareBeyond(after.byUnit.get(unit.code), 100),
			shareBeyond200: shareBeyond(after.byUnit.get(unit.code), 200)
		})),
		before: nationalView(national, national.machinesInstalled, before.country),
		after: nationalView(national, installedAfter, after.country),
		addedUnits,
		brought100: broughtWithinReach(before.country, after.country, 100, scale),
		brought200: broughtWithinReach(before.country, after.country, 200, scale),
		incidence
	};
}

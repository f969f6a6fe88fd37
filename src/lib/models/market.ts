import { noRecordAsNone, type CountryCapacity } from './gap';
import type { ModelParameters } from './parameters';
import { projectedMachineGap } from './projection';
import type { ReturnParameters } from './return-parameters';
import { staffForMachines, type StaffToTrain } from './scenario';

/** A country as the market reads it. `null` = unknown, never zero. */
export interface MarketCountry {
	iso3: string;
	name: string;
	region: string | null;
	machineGap: number | null;
	machinesInstalled: number | null;
	/** False for a country with no DIRAC record, which the market counts as greenfield (no machine yet). */
	hasRecord: boolean;
}

export interface MarketRow {
	key: string;
	label: string;
	/** New machines a year: `gap / horizon`. */
	newMachinesPerYear: number;
	/** Replacements a year: `installed / machine life`. */
	replacementsPerYear: number;
	/** Over the horizon: `(gap / horizon + installed / life) × horizon`. */
	machinesOverHorizon: number;
	/** Staff for the machines in the gap, to train over the horizon. */
	staff: StaffToTrain;
	/** `machines over horizon × unit price`; `null` until the user enters a price. */
	machineValue: number | null;
	/** `staff × training cost per person`; `null` until the user enters a cost. */
	trainingValue: number | null;
	countries: number;
	/** Countries in the row with no DIRAC record, counted as having no machine (greenfield). */
	greenfieldCountries: number;
}

/**
 * The market for one country over `horizon` years: `(gap / horizon + installed / 15) × unit price` a year for machines
 * (new and replacement), plus the staff for the gap's machines × training cost per person. Prices have no published
 * default: until the user sets them the money columns are `null` (not set), and the market is counted in machines and
 * people.
 * A country whose gap or installed count is unknown returns `null`; give a country with no DIRAC record through
 * `marketCountry`, which counts it as greenfield.
 *
 * @example marketFor({ machineGap: 30, machinesInstalled: 15, … }, 10, { life: 15, price: null … }, capacity)
 * // 3 new + 1 replacement a year, 40 machines over 10 years
 */
export function marketFor(
	country: MarketCountry,
	horizon: number,
	p: ReturnParameters,
	c: ModelParameters
): MarketRow | null {
	if (country.machineGap === null || country.machinesInstalled === null || !(horizon > 0)) return null;
	const newMachinesPerYear = country.machineGap / horizon;
	const replacementsPerYear = p.life > 0 ? country.machinesInstalled / p.life : 0;
	const machinesOverHorizon = (newMachinesPerYear + replacementsPerYear) * horizon;
	const staff = staffForMachines(country.machineGap, c);
	return {
		key: country.iso3,
		label: country.name,
		newMachinesPerYear,
		replacementsPerYear,
		machinesOverHorizon,
		staff,
		machineValue: p.price !== null ? machinesOverHorizon * p.price : null,
		trainingValue:
			p.tro !== null && p.tmp !== null && p.trtt !== null
				? staff.radiationOncologists * p.tro +
					staff.medicalPhysicists * p.tmp +
					staff.radiationTherapists * p.trtt
				: null,
		countries: 1,
		greenfieldCountries: country.hasRecord ? 0 : 1
	};
}

/**
 * The first year of the market's horizon, as of the default scale-up scenarios (`defaultScenarios` start in 2026):
 * a stated constant, not the clock, so a figure does not change with the day it is read.
 */
export const marketStartYear = 2026;

/**
 * A country's market inputs from its capacity figures, its gap being the machines missing at the end of the horizon
 * (need grown with GLOBOCAN's projection, `projectedMachineGap`; `year` omitted: the 2022 gap). A country with no
 * DIRAC record is read as having no machine (`noRecordAsNone`): a greenfield market whose whole need is new
 * machines, as the published access studies read absence from DIRAC (Datta et al. 2014; Datta et al. 2019).
 *
 * @example marketCountry(countryCapacity({ …, newCases: 9_000, mvMachines: null }, defaultParameters))
 * // { machineGap: 10, machinesInstalled: 0, hasRecord: false, … }
 */
export function marketCountry(capacity: CountryCapacity, year?: number): MarketCountry {
	const c = noRecordAsNone(capacity);
	return {
		iso3: c.iso3,
		name: c.name,
		region: c.region,
		machineGap: year === undefined ? c.machineGap : projectedMachineGap(c, year),
		machinesInstalled: c.machinesInstalled,
		hasRecord: capacity.hasRecord
	};
}

const addNullable = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

/**
 * The market on the other reading: only countries with a DIRAC record (the greenfield countries left out), in
 * machines over the horizon.
 *
 * @example recordedOnly(rows) // Σ machinesOverHorizon of rows with greenfieldCountries 0
 */
export function recordedOnlyMachines(countryRows: readonly MarketRow[]): number {
	return countryRows.reduce((a, r) => a + (r.greenfieldCountries === 0 ? r.machinesOverHorizon : 0), 0);
}

/**
 * Adds market rows into groups (World Bank region; `null` region → key `''`).
 *
 * @example groupMarket(rows, (r) => regionOf(r.key)) // one row per region, sums of every column
 */
export function groupMarket(
	rows: readonly MarketRow[],
	groupOf: (row: MarketRow) => string | null
): MarketRow[] {
	const groups = new Map<string, MarketRow>();
	for (const r of rows) {
		const key = groupOf(r) ?? '';
		const g = groups.get(key);
		if (!g) {
			groups.set(key, { ...r, key, label: key, staff: { ...r.staff } });
			continue;
		}
		g.newMachinesPerYear += r.newMachinesPerYear;
		g.replacementsPerYear += r.replacementsPerYear;
		g.machinesOverHorizon += r.machinesOverHorizon;
		g.staff.radiationOncologists += r.staff.radiationOncologists;
		g.staff.medicalPhysicists += r.staff.medicalPhysicists;
		g.staff.radiationTherapists += r.staff.radiationTherapists;
		g.machineValue = addNullable(g.machineValue, r.machineValue);
		g.trainingValue = addNullable(g.trainingValue, r.trainingValue);
		g.countries += r.countries;
		g.greenfieldCountries += r.greenfieldCountries;
	}
	return [...groups.values()].sort((a, b) => b.machinesOverHorizon - a.machinesOverHorizon);
}

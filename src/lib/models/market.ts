import type { ModelParameters } from './parameters';
import type { ReturnParameters } from './return-parameters';
import { staffForMachines, type StaffToTrain } from './scenario';

/** A country as the market reads it. `null` = unknown (no DIRAC record), never zero. */
export interface MarketCountry {
	iso3: string;
	name: string;
	region: string | null;
	machineGap: number | null;
	machinesInstalled: number | null;
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
}

/**
 * The market for one country over `horizon` years: `(gap / horizon + installed / 15) × unit price` a year for machines
 * (new and replacement), plus the staff for the gap's machines × training cost per person. Prices have no published
 * default: until the user sets them the money columns are `null` (not set), and the market is counted in machines and
 * people.
 * A country without a DIRAC record returns `null`.
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
		countries: 1
	};
}

const addNullable = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

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
	}
	return [...groups.values()].sort((a, b) => b.machinesOverHorizon - a.machinesOverHorizon);
}

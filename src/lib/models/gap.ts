import type { MachineBasis, ModelParameters } from './parameters';

/** World Bank income group (FY2024): low, lower-middle, upper-middle, high. */
export type IncomeGroup = 'L' | 'LM' | 'UM' | 'H';

/** One country as the models read it. Every missing figure is `null`, never 0. */
export interface CountryRow {
	iso3: string;
	name: string;
	/** World Bank region. */
	region: string | null;
	incomeGroup: IncomeGroup | null;
	population: number | null;
	/** New cancer cases a year (GLOBOCAN). */
	newCases: number | null;
	/** Megavoltage machines (IAEA DIRAC). `null` = no DIRAC record, never treated as zero. */
	mvMachines: number | null;
	/**
	 * The country's case-mix radiotherapy utilisation (`caseMixRtu`), read when `rtuBasis` is `case-mix`; absent or
	 * `null` = no site data, and the need is then unknown under that basis.
	 */
	caseMixRtu?: number | null;
}

/** All radiotherapy capacity indicators for one country. `null` = cannot be computed from the data. */
export interface CountryCapacity {
	iso3: string;
	name: string;
	region: string | null;
	incomeGroup: IncomeGroup | null;
	population: number | null;
	newCases: number | null;
	/** False when the country has no DIRAC record (its installed count is unknown, not zero). */
	hasRecord: boolean;
	basis: MachineBasis;
	/** Patients a year who need radiotherapy, `N_RT`. */
	rtNeed: number | null;
	/** Machines needed on the chosen basis. */
	machinesNeeded: number | null;
	machinesNeededByCases: number | null;
	machinesNeededByPopulation: number | null;
	machinesInstalled: number | null;
	/** `max(0, needed − installed)`, machines. */
	machineGap: number | null;
	/** Share of the machine need met, 0–1. */
	access: number | null;
	machinesPerMillion: number | null;
	peoplePerMachine: number | null;
}

/** A usable count: finite and at least zero; anything else is missing. */
export const count = (value: number | null | undefined): number | null =>
	typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;

/** A usable denominator: finite and above zero. A zero population or case count is a hole in the data. */
export const positive = (value: number | null | undefined): number | null =>
	typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;

/**
 * Patients a year who need radiotherapy: `N_RT = I × RTU`.
 * Source: RTU 0.50 (Yap et al. 2016; Barton et al. 2014: 0.483).
 * Zero or missing new cases give `null` (no country has truly zero cases; a 0 would read as "no need").
 *
 * @param newCases new cancer cases a year
 * @param rtu share of new cases needing radiotherapy
 * @returns patients a year
 * @example radiotherapyNeed(9_000, 0.5) // 4,500 patients
 */
export function radiotherapyNeed(newCases: number | null, rtu: number): number | null {
	const cases = positive(newCases);
	return cases === null ? null : cases * rtu;
}

/**
 * The utilisation a country's need uses: the flat `rtu` parameter, or the country's case-mix utilisation when
 * `rtuBasis` is `case-mix` (`null` when the country has no site data).
 *
 * @example countryRtu({ …, caseMixRtu: 0.59 }, { …, rtuBasis: 'case-mix' }) // 0.59
 */
export function countryRtu(row: Pick<CountryRow, 'caseMixRtu'>, params: ModelParameters): number | null {
	if (params.rtuBasis === 'flat') return params.rtu;
	const rtu = row.caseMixRtu;
	return typeof rtu === 'number' && Number.isFinite(rtu) && rtu >= 0 && rtu <= 1 ? rtu : null;
}

/**
 * Machines needed on the case basis: `M = N_RT × r / C`, r courses per patient (re-treatment factor).
 * Source: C = 450 courses per machine-year (ESTRO-QUARTS, Slotman et al. 2005); r = 1 by default, as the published
 * gap studies divide patients by courses per machine (Zubizarreta et al. 2015; Datta et al. 2019).
 *
 * @param rtNeed patients a year needing radiotherapy
 * @param courses courses one machine delivers a year
 * @param coursesPerPatient courses each patient needs, re-treatments included (1 = none)
 * @returns machines (fractional)
 * @example machinesNeededForCases(4_500, 450) // 10 machines; machinesNeededForCases(4_500, 450, 1.2) // 12
 */
export function machinesNeededForCases(
	rtNeed: number | null,
	courses: number,
	coursesPerPatient = 1
): number | null {
	return rtNeed === null || !(courses > 0) || !(coursesPerPatient > 0)
		? null
		: (rtNeed * coursesPerPatient) / courses;
}

/**
 * Machines needed on the population basis: `M = population / 1e6 × machines per million`.
 * Source: 4 per million, the IAEA recommendation as reported by Grover et al. 2015.
 *
 * @example machinesNeededForPopulation(2_500_000, 4) // 10 machines
 */
export function machinesNeededForPopulation(population: number | null, perMillion: number): number | null {
	const people = positive(population);
	return people === null ? null : (people * perMillion) / 1e6;
}

/**
 * Machine gap: `max(0, M − installed)`. `null` when either side is unknown (no DIRAC record stays unknown).
 *
 * @example machineGap(10, 4) // 6 machines; machineGap(10, 12) // 0
 */
export function machineGap(needed: number | null, installed: number | null): number | null {
	const have = count(installed);
	return needed === null || have === null ? null : Math.max(0, needed - have);
}

/**
 * Share of the machine need met: `min(1, installed / M)`, which on the case basis is
 * `min(1, installed × C / N_RT)` (Yap et al. 2016). `null` when the need is unknown or zero, or there is no record;
 * a record of 0 machines gives 0.
 *
 * @example radiotherapyAccess(5, 10) // 0.5; radiotherapyAccess(15, 10) // 1
 */
export function radiotherapyAccess(installed: number | null, needed: number | null): number | null {
	const have = count(installed);
	const need = positive(needed);
	return have === null || need === null ? null : Math.min(1, have / need);
}

/**
 * Installed machines per million people: `installed / population × 1e6`.
 *
 * @example machinesPerMillion(10, 2_500_000) // 4
 */
export function machinesPerMillion(installed: number | null, population: number | null): number | null {
	const have = count(installed);
	const people = positive(population);
	return have === null || people === null ? null : (have * 1e6) / people;
}

/**
 * People per installed machine: `population / installed`. `null` with no machines (there is no finite figure).
 *
 * @example peoplePerMachine(10, 2_500_000) // 250,000
 */
export function peoplePerMachine(installed: number | null, population: number | null): number | null {
	const have = positive(installed);
	const people = positive(population);
	return have === null || people === null ? null : people / have;
}

/**
 * Every radiotherapy capacity indicator for one country under the given parameters.
 *
 * @example countryCapacity({ …, newCases: 9_000, mvMachines: 4, population: 2_500_000 }, defaultParameters)
 * // rtNeed 4,500; machinesNeeded 10; machineGap 6; access 0.4; machinesPerMillion 1.6
 */
export function countryCapacity(row: CountryRow, params: ModelParameters): CountryCapacity {
	const installed = count(row.mvMachines);
	const rtu = countryRtu(row, params);
	const rtNeed = rtu === null ? null : radiotherapyNeed(row.newCases, rtu);
	const byCases = machinesNeededForCases(rtNeed, params.courses, params.retreat);
	const byPopulation = machinesNeededForPopulation(row.population, params.mpm);
	const needed = params.basis === 'population' ? byPopulation : byCases;
	return {
		iso3: row.iso3,
		name: row.name,
		region: row.region,
		incomeGroup: row.incomeGroup,
		population: positive(row.population),
		newCases: positive(row.newCases),
		hasRecord: installed !== null,
		basis: params.basis,
		rtNeed,
		machinesNeeded: needed,
		machinesNeededByCases: byCases,
		machinesNeededByPopulation: byPopulation,
		machinesInstalled: installed,
		machineGap: machineGap(needed, installed),
		access: radiotherapyAccess(installed, needed),
		machinesPerMillion: machinesPerMillion(installed, row.population),
		peoplePerMachine: peoplePerMachine(installed, row.population)
	};
}

/**
 * The other reading of a missing DIRAC record: the country has no machine. The published access studies read
 * absence from DIRAC so (Datta et al. 2014: 55 of 139 LMICs without radiotherapy; Datta et al. 2019: 51 of 137);
 * the Atlas keeps "no record" apart by default, because DIRAC is a voluntary directory, and offers this reading
 * beside every aggregate. Countries with a record are returned unchanged. Pure, so the scenario and market models
 * can call it on their own rows (`countries.map(noRecordAsNone)`).
 *
 * @example noRecordAsNone(countryCapacity({ …, newCases: 9_000, mvMachines: null }, defaultParameters))
 * // { hasRecord: false, machinesInstalled: 0, machineGap: 10, access: 0, … }
 */
export function noRecordAsNone(capacity: CountryCapacity): CountryCapacity {
	if (capacity.hasRecord) return capacity;
	return {
		...capacity,
		machinesInstalled: 0,
		machineGap: machineGap(capacity.machinesNeeded, 0),
		access: radiotherapyAccess(0, capacity.machinesNeeded),
		machinesPerMillion: machinesPerMillion(0, capacity.population),
		peoplePerMachine: null
	};
}

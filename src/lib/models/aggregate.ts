import { noRecordAsNone, type CountryCapacity, type IncomeGroup } from './gap';

/** How countries are grouped: World Bank region, income group, or the whole world. */
export type AggregateBy = 'region' | 'income' | 'world';

/** The key of the world group. Countries without a region or income group form a group keyed `null`. */
export const worldKey = 'world';

const incomeOrder: readonly IncomeGroup[] = ['L', 'LM', 'UM', 'H'];

export interface CapacityAggregate {
	by: AggregateBy;
	/** Region name, income group code, `'world'`, or `null` for countries not classified. */
	key: string | null;
	countries: number;
	/** Countries with no DIRAC record: left out of both access figures and counted here. */
	countriesWithoutRecord: number;
	/** Countries with a record whose need cannot be computed (no cases or no population): also left out. */
	countriesWithoutNeed: number;
	/** Countries that enter both access figures. */
	countriesInAccess: number;
	/** Sums over the countries where the figure is known. */
	population: number;
	newCases: number;
	rtNeed: number;
	machinesNeeded: number;
	machinesInstalled: number;
	/**
	 * Sum of country gaps over countries with a record and a need: a surplus in one country does not fill another's
	 * gap, and a country without a record adds to `machinesNeeded` but not here.
	 */
	machineGap: number;
	/**
	 * Share of need met, the headline: `Σ min(installed, M) / Σ M` over countries in access. Each country is capped
	 * at its own need, so machines a country has beyond its need do not count as meeting another country's need.
	 * `null` when no country qualifies.
	 */
	cappedAccess: number | null;
	/**
	 * Pooled access: `min(1, Σ installed / Σ machines needed)` over countries in access; on the case basis
	 * `Σ installed × C / Σ N_RT`. A surplus in one country offsets a shortfall in another, so it reads higher than
	 * `cappedAccess`; shown only as a labelled second figure. `null` when no country qualifies.
	 */
	pooledAccess: number | null;
	/** Mean of country access ratios (each already clamped at 1), as the published papers report. */
	meanCountryAccess: number | null;
	/** Countries in access with fewer machines than their need (a gap above 0). */
	countriesShort: number;
	/** Countries in access with more machines than their need, and by how many machines in all. */
	countriesWithSurplus: number;
	machineSurplus: number;
	/** What the gap and access figures leave out: the need of countries without a DIRAC record. */
	machinesNeededWithoutRecord: number;
	rtNeedWithoutRecord: number;
	/** Installed machines in places with a DIRAC record but no GLOBOCAN need (e.g. Taiwan, Hong Kong): in no access figure. */
	machinesInstalledWithoutNeed: number;
	/** The same figures when a country without a DIRAC record is read as having no machine (Datta et al. 2014, 2019). */
	noRecordAsNone: NoRecordAsNoneFigures;
}

/** Gap and access when absence from DIRAC is read as "no facility", as the published access studies do. */
export interface NoRecordAsNoneFigures {
	/** Countries entering these figures: those in access plus those without a record that have a need. */
	countriesInAccess: number;
	machineGap: number;
	cappedAccess: number | null;
	pooledAccess: number | null;
	meanCountryAccess: number | null;
}

const sum = (values: readonly (number | null)[]): number =>
	values.reduce<number>((total, value) => total + (value ?? 0), 0);

function groupKey(country: CountryCapacity, by: AggregateBy): string | null {
	if (by === 'world') return worldKey;
	return by === 'region' ? country.region : country.incomeGroup;
}

function compareKeys(by: AggregateBy) {
	return (a: string | null, b: string | null): number => {
		if (a === b) return 0;
		if (a === null) return 1;
		if (b === null) return -1;
		if (by === 'income') return incomeOrder.indexOf(a as IncomeGroup) - incomeOrder.indexOf(b as IncomeGroup);
		return a < b ? -1 : 1;
	};
}

interface AccessFigures {
	cappedAccess: number | null;
	pooledAccess: number | null;
	meanCountryAccess: number | null;
}

/** The three access figures over countries that each have a record and a need. */
function accessFigures(inAccess: readonly CountryCapacity[]): AccessFigures {
	const needed = sum(inAccess.map((country) => country.machinesNeeded));
	const installed = sum(inAccess.map((country) => country.machinesInstalled));
	const met = sum(
		inAccess.map((country) => Math.min(country.machinesInstalled ?? 0, country.machinesNeeded ?? 0))
	);
	return {
		cappedAccess: needed > 0 ? met / needed : null,
		pooledAccess: needed > 0 ? Math.min(1, installed / needed) : null,
		meanCountryAccess:
			inAccess.length === 0 ? null : sum(inAccess.map((country) => country.access)) / inAccess.length
	};
}

const isInAccess = (country: CountryCapacity): boolean => country.hasRecord && country.access !== null;

/**
 * Summarises one group of countries.
 *
 * @example
 * // A: need 10, 5 installed (access 0.5); B: need 30, 40 installed (access 1)
 * // cappedAccess = (5 + 30) / 40 = 0.875; pooledAccess = min(1, 45 / 40) = 1; meanCountryAccess = 0.75
 */
export function summariseCapacity(
	countries: readonly CountryCapacity[],
	by: AggregateBy,
	key: string | null
): CapacityAggregate {
	const inAccess = countries.filter(isInAccess);
	const withoutRecord = countries.filter((country) => !country.hasRecord);
	const surplus = inAccess.filter(
		(country) => (country.machinesInstalled ?? 0) > (country.machinesNeeded ?? Infinity)
	);
	const asNone = countries.map(noRecordAsNone).filter((country) => country.access !== null);
	return {
		by,
		key,
		countries: countries.length,
		countriesWithoutRecord: withoutRecord.length,
		countriesWithoutNeed: countries.filter((country) => country.hasRecord && country.access === null).length,
		countriesInAccess: inAccess.length,
		population: sum(countries.map((country) => country.population)),
		newCases: sum(countries.map((country) => country.newCases)),
		rtNeed: sum(countries.map((country) => country.rtNeed)),
		machinesNeeded: sum(countries.map((country) => country.machinesNeeded)),
		machinesInstalled: sum(countries.map((country) => country.machinesInstalled)),
		machineGap: sum(countries.map((country) => country.machineGap)),
		...accessFigures(inAccess),
		countriesShort: inAccess.filter((country) => (country.machineGap ?? 0) > 0).length,
		countriesWithSurplus: surplus.length,
		machineSurplus: sum(
			surplus.map((country) => (country.machinesInstalled ?? 0) - (country.machinesNeeded ?? 0))
		),
		machinesNeededWithoutRecord: sum(withoutRecord.map((country) => country.machinesNeeded)),
		rtNeedWithoutRecord: sum(withoutRecord.map((country) => country.rtNeed)),
		machinesInstalledWithoutNeed: sum(
			countries
				.filter((country) => country.hasRecord && country.machinesNeeded === null)
				.map((country) => country.machinesInstalled)
		),
		noRecordAsNone: {
			countriesInAccess: asNone.length,
			machineGap: sum(asNone.map((country) => country.machineGap)),
			...accessFigures(asNone)
		}
	};
}

/**
 * Aggregates country capacity by World Bank region, income group (L, LM, UM, H order) or the world. Groups are
 * sorted by key with the unclassified group (`key: null`) last; empty input gives no groups, except `world`,
 * which always has one group.
 *
 * Both access figures are returned: the published access studies average country ratios, which weights a small
 * country like a large one; pooled access weights by need.
 *
 * @example aggregateCapacity(countries, 'income').map((group) => group.key) // ['L', 'LM', 'UM', 'H']
 */
export function aggregateCapacity(
	countries: readonly CountryCapacity[],
	by: AggregateBy
): CapacityAggregate[] {
	const groups = new Map<string | null, CountryCapacity[]>();
	if (by === 'world') groups.set(worldKey, []);
	for (const country of countries) {
		const key = groupKey(country, by);
		const members = groups.get(key);
		if (members) members.push(country);
		else groups.set(key, [country]);
	}
	return [...groups.keys()]
		.sort(compareKeys(by))
		.map((key) => summariseCapacity(groups.get(key) ?? [], by, key));
}

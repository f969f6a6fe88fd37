import type { CountryCapacity, IncomeGroup } from './gap';

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
	 * Pooled access: `min(1, Σ installed / Σ machines needed)` over countries in access; on the case basis
	 * `Σ installed × C / Σ N_RT`. `null` when no country qualifies.
	 */
	pooledAccess: number | null;
	/** Mean of country access ratios (each already clamped at 1), as the published papers report. */
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

/**
 * Summarises one group of countries.
 *
 * @example
 * // A: need 10, 5 installed (access 0.5); B: need 30, 30 installed (access 1)
 * // pooledAccess = 35 / 40 = 0.875; meanCountryAccess = (0.5 + 1) / 2 = 0.75
 */
export function summariseCapacity(
	countries: readonly CountryCapacity[],
	by: AggregateBy,
	key: string | null
): CapacityAggregate {
	const inAccess = countries.filter((country) => country.hasRecord && country.access !== null);
	const neededInAccess = sum(inAccess.map((country) => country.machinesNeeded));
	const installedInAccess = sum(inAccess.map((country) => country.machinesInstalled));
	return {
		by,
		key,
		countries: countries.length,
		countriesWithoutRecord: countries.filter((country) => !country.hasRecord).length,
		countriesWithoutNeed: countries.filter((country) => country.hasRecord && country.access === null).length,
		countriesInAccess: inAccess.length,
		population: sum(countries.map((country) => country.population)),
		newCases: sum(countries.map((country) => country.newCases)),
		rtNeed: sum(countries.map((country) => country.rtNeed)),
		machinesNeeded: sum(countries.map((country) => country.machinesNeeded)),
		machinesInstalled: sum(countries.map((country) => country.machinesInstalled)),
		machineGap: sum(countries.map((country) => country.machineGap)),
		pooledAccess: neededInAccess > 0 ? Math.min(1, installedInAccess / neededInAccess) : null,
		meanCountryAccess:
			inAccess.length === 0 ? null : sum(inAccess.map((country) => country.access)) / inAccess.length
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

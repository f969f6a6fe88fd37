import { countryName, regionName } from '$lib/i18n/names';
import { ensureTables } from '$lib/data/catalog';
import { query } from '$lib/data/db';
import { ensureProgramTables } from '$lib/data/program-catalog';
import { countryCapacityRecords, type CountryCapacityRecord } from '$lib/data/queries/capacity';
import { countryEconomics } from '$lib/data/queries/roi';
import {
	benefitScale,
	comparable,
	costBreakdown,
	firstInvestmentYear,
	portfolioFlows,
	type CostBreakdown
} from '$lib/models/centre-return';
import { noRecordAsNone, type CountryCapacity } from '$lib/models/gap';
import {
	groupMarket,
	marketCountry,
	marketFor,
	marketStartYear,
	recordedOnlyMachines,
	type MarketRow
} from '$lib/models/market';
import { projectedMachineGap } from '$lib/models/projection';
import type { ModelParameters } from '$lib/models/parameters';
import type { BenefitMode, ReturnParameterId, ReturnParameters } from '$lib/models/return-parameters';
import type { ScenarioState } from '$lib/models/return-url';
import { drawParameters } from '$lib/models/return-uncertainty';
import {
	byReturnPerDollar,
	tornado,
	uncertainReturn,
	type ReturnResult,
	type SensitivityBar
} from '$lib/models/roi';
import { combinePlans, replanFlows, scaleUpPlan, type ScaleUpPlan } from '$lib/models/scenario';
import { toCountryCapacity } from './overview';
import { pooledChange, readProgramReturn, type CentreCase, type ProgramReturnData } from './roi';

/** A country with its capacity figures and GDP per capita. */
export interface EconomyCountry {
	capacity: CountryCapacity;
	gdpPerCapita: number | null;
	gdpYear: number | null;
}

export interface RoiViewData {
	program: ProgramReturnData;
	records: CountryCapacityRecord[];
	gdp: Map<string, { value: number | null; year: number | null }>;
}

/** Everything /roi and /centre/[id] read, from DuckDB. */
export async function loadRoiView(): Promise<RoiViewData> {
	await Promise.all([ensureProgramTables(), ensureTables(['countries', 'cancer_burden', 'rt_capacity'])]);
	const [program, records, economics] = await Promise.all([
		readProgramReturn(query),
		countryCapacityRecords(query),
		countryEconomics(query)
	]);
	return {
		program,
		records,
		gdp: new Map(economics.map((e) => [e.iso3, { value: e.gdp_per_capita_usd, year: e.gdp_year }]))
	};
}

export function economies(data: RoiViewData, capacity: ModelParameters): EconomyCountry[] {
	return data.records.map((r) => ({
		capacity: toCountryCapacity(r, capacity),
		gdpPerCapita: data.gdp.get(r.iso3)?.value ?? null,
		gdpYear: data.gdp.get(r.iso3)?.year ?? null
	}));
}

/** The countries a scope names: one ISO3 code, `region:<World Bank region>` or `income:<L|LM|UM|H>`. */
export function countriesInScope(scope: string, countries: readonly EconomyCountry[]): EconomyCountry[] {
	if (scope.startsWith('region:')) return countries.filter((c) => c.capacity.region === scope.slice(7));
	if (scope.startsWith('income:')) return countries.filter((c) => c.capacity.incomeGroup === scope.slice(7));
	return countries.filter((c) => c.capacity.iso3 === scope);
}

export interface ScenarioOutcome {
	plan: ScaleUpPlan;
	returns: ReturnResult;
	countries: number;
	/** The year whose gap the plan closes (need projected to it). */
	targetYear: number;
	/**
	 * Countries in scope with no DIRAC record (left out of the plan) and the machines the plan would add for them on
	 * the other reading, no record counted as no machine.
	 */
	noRecord: { countries: number; machinesAsNone: number };
}

/** One scale-up scenario: the plan at the parameters in use and its return with a 95 % interval. */
export function runScenario(
	s: ScenarioState,
	countries: readonly EconomyCountry[],
	rp: ReturnParameters,
	cp: ModelParameters,
	mode: BenefitMode
): ScenarioOutcome {
	const inScope = countriesInScope(s.scope, countries);
	// The gap to close is the one of the target year: need grows as GLOBOCAN projects (Bray et al. 2024).
	const planFor = (c: EconomyCountry, capacity: CountryCapacity) =>
		scaleUpPlan(
			{
				iso3: capacity.iso3,
				machineGap: projectedMachineGap(capacity, s.targetYear),
				gdpPerCapita: c.gdpPerCapita
			},
			s,
			rp,
			cp,
			mode
		);
	const plan = combinePlans(inScope.map((c) => planFor(c, c.capacity)));
	const unrecorded = inScope.filter((c) => !c.capacity.hasRecord);
	return {
		plan,
		returns: uncertainReturn((p) => replanFlows(plan, p, mode), rp, s.startYear),
		countries: inScope.length,
		targetYear: s.targetYear,
		noRecord: {
			countries: unrecorded.length,
			machinesAsNone: unrecorded.reduce((a, c) => a + planFor(c, noRecordAsNone(c.capacity)).machinesAdded, 0)
		}
	};
}

/** The market by country and by World Bank region over a horizon. */
export interface MarketTables {
	byCountry: MarketRow[];
	byRegion: MarketRow[];
	/** Greenfield countries (no DIRAC record, counted as no machine) in the market, and their machines. */
	greenfield: { countries: number; machines: number };
	/** Machines over the horizon on the other reading: countries with a DIRAC record only. */
	recordedOnlyMachines: number;
}

/**
 * The market by country and by World Bank region over a horizon from `marketStartYear`, each country's gap being
 * its need at the end of the horizon (GLOBOCAN's projection) less the machines installed. Countries with no DIRAC
 * record are in it as greenfield markets (no machine yet, the published studies' reading); the total without them
 * is given beside it.
 */
export function marketTables(
	countries: readonly EconomyCountry[],
	horizon: number,
	rp: ReturnParameters,
	cp: ModelParameters
): MarketTables {
	const region = new Map(countries.map((c) => [c.capacity.iso3, c.capacity.region]));
	const byCountry = countries
		.map((c) => marketFor(marketCountry(c.capacity, marketStartYear + horizon), horizon, rp, cp))
		.filter((r): r is MarketRow => r !== null && r.machinesOverHorizon > 0)
		.sort((a, b) => b.machinesOverHorizon - a.machinesOverHorizon);
	const byRegion = groupMarket(byCountry, (r) => region.get(r.key) ?? null);
	const greenfield = byCountry.filter((r) => r.greenfieldCountries > 0);
	return {
		byCountry,
		byRegion: byRegion.map((r) => ({ ...r, label: r.key ? regionName(r.key) : '' })),
		greenfield: {
			countries: greenfield.length,
			machines: greenfield.reduce((a, r) => a + r.machinesOverHorizon, 0)
		},
		recordedOnlyMachines: recordedOnlyMachines(byCountry)
	};
}

export interface ReturnRow {
	key: string;
	label: string;
	/** All money in, compared or not. */
	invested: number;
	/** Centres in the row, and how many have a before/after comparison and GDP per capita (the basis of the return). */
	centres: number;
	compared: number;
	/** Pooled change in patients starting radiotherapy after mentorship started; `null` without a comparison. */
	change: number | null;
	returns: ReturnResult;
	/** The costs of the compared centres by kind, present values at the base year; `null` without a return. */
	costs: CostBreakdown | null;
}

/** The parameters the tornado chart may show, per benefit mode: those that enter the full-income return. */
export const tornadoCandidates: Record<BenefitMode, readonly ReturnParameterId[]> = {
	incremental: ['rtos', 'lex', 'attr', 'vly', 'disc', 'course', 'hour'],
	gross: ['surv', 'attr', 'vly', 'disc', 'course', 'hour']
};

export interface ProgramReturns {
	baseYear: number;
	/** Ranked by central return per dollar (full-income benefit-cost ratio); centres without a return last. */
	centres: ReturnRow[];
	countries: ReturnRow[];
	portfolio: ReturnRow;
	/** One-way sensitivity of the portfolio's benefit-cost ratio: the five parameters that move it most. */
	sensitivity: { central: number | null; bars: SensitivityBar[] };
}

/**
 * The return per centre, per country and for the portfolio, discounted to the first year money came in (or to
 * `baseYear`, so a subset of centres is valued on the same footing as the whole program). Every row uses the same
 * seeded draws, so intervals are comparable between rows.
 */
export function programReturns(
	cases: readonly CentreCase[],
	rp: ReturnParameters,
	mode: BenefitMode,
	baseYear: number = firstInvestmentYear(cases.map((c) => c.input)) ?? 2016
): ProgramReturns {
	const draws = drawParameters(rp);
	const scale = benefitScale(rp, mode);
	const row = (key: string, label: string, group: readonly CentreCase[]): ReturnRow => {
		const flows = portfolioFlows(
			group.map((c) => c.input),
			mode
		);
		return {
			key,
			label,
			invested: group.reduce((a, c) => a + c.record.invested_usd, 0),
			centres: group.length,
			compared: group.filter((c) => comparable(c.input)).length,
			change: pooledChange(group),
			returns: uncertainReturn(flows, rp, baseYear, draws, scale),
			costs: costBreakdown(flows(rp), rp.disc, baseYear)
		};
	};
	const byCountry = new Map<string, CentreCase[]>();
	for (const c of cases) byCountry.set(c.record.iso3, [...(byCountry.get(c.record.iso3) ?? []), c]);
	const rank = (rows: ReturnRow[]) =>
		byReturnPerDollar(
			rows.sort((a, b) => a.label.localeCompare(b.label)),
			(r) => r.returns.fullIncome
		);
	return {
		baseYear,
		centres: rank(cases.map((c) => row(c.record.centre_id, c.record.name, [c]))),
		countries: rank(
			[...byCountry.entries()].map(([iso3, group]) =>
				row(iso3, countryName(iso3, group[0]?.record.country), group)
			)
		),
		portfolio: row('portfolio', 'portfolio', cases),
		sensitivity: tornado(
			portfolioFlows(
				cases.map((c) => c.input),
				mode
			),
			rp,
			baseYear,
			tornadoCandidates[mode]
		)
	};
}

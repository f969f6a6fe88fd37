import { describe, expect, it } from 'vitest';
import { summariseReturn } from './discounting';
import { defaultParameters as c } from './parameters';
import { defaultReturnParameters as d } from './return-parameters';
import {
	centresFor,
	combinePlans,
	planFlows,
	scaleUpPlan,
	staffForMachines,
	type ScenarioSettings
} from './scenario';

const oneYear: ScenarioSettings = { share: 1, startYear: 2026, targetYear: 2026, twoMachineShare: 0 };
const country = (machineGap: number | null, gdpPerCapita: number | null = 1_000) => ({
	iso3: 'XXX',
	machineGap,
	gdpPerCapita
});

describe('centresFor', () => {
	it.each([
		[16, 0.5, { one: 5, two: 6 }],
		[1, 0, { one: 1, two: 0 }],
		[2, 1, { one: 0, two: 1 }],
		[0.2, 0, { one: 1, two: 0 }],
		[0, 0.5, { one: 0, two: 0 }],
		[3, 1, { one: 0, two: 2 }]
	])('%s machines, %s two-machine → %o', (m, s, expected) => expect(centresFor(m, s)).toEqual(expected));
});

describe('scaleUpPlan', () => {
	it('costs a one-machine centre US$2.05 M and runs it at 10 % a year (Datta et al.)', () => {
		const plan = scaleUpPlan(country(1), oneYear, d, c);
		expect(plan.years[0]).toMatchObject({ year: 2026, capital: 2_050_000, running: 0, machinesInService: 0 });
		expect(plan.years[1]).toMatchObject({
			year: 2027,
			running: 205_000,
			machinesInService: 1,
			patients: 450
		});
		expect(plan.years.filter((y) => y.machinesInService > 0)).toHaveLength(15);
	});

	it('costs a two-machine centre with brachytherapy US$5.05 M', () => {
		const plan = scaleUpPlan(country(2), { ...oneYear, twoMachineShare: 1 }, d, c);
		expect(plan).toMatchObject({ centresTwoMachines: 1, centresOneMachine: 0, machinesAdded: 2 });
		expect(plan.years[0]?.capital).toBe(5_050_000);
		expect(plan.years[1]?.patients).toBe(900);
	});

	it('sizes the staff to train as the capacity models do (ESTRO-QUARTS: 10 machines → 18 oncologists)', () => {
		expect(staffForMachines(10, c)).toEqual({
			radiationOncologists: 18,
			medicalPhysicists: 10,
			radiationTherapists: 75
		});
		expect(staffForMachines(10, { ...c, ro: 200 }).radiationOncologists).toBe(22.5);
	});

	it('spreads building evenly over the years to the target', () => {
		const plan = scaleUpPlan(country(10), { ...oneYear, targetYear: 2030 }, d, c);
		const built = plan.years.filter((y) => y.capital > 0);
		expect(built.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
		expect(built.reduce((a, y) => a + y.capital, 0)).toBeCloseTo(10 * 2_050_000, 4);
		expect(plan.years.find((y) => y.year === 2031)?.machinesInService).toBeCloseTo(10, 9);
	});

	it('values the patients treated by the Datta et al. method', () => {
		const plan = scaleUpPlan(country(1), oneYear, d, c);
		// 450 patients in 2027 → 74.25 productive life-years → US$74,250 spread over 2028 and 2029.
		expect(plan.years.find((y) => y.year === 2027)?.productiveLifeYears).toBeCloseTo(74.25, 9);
		expect(plan.years.find((y) => y.year === 2028)?.benefitHC).toBeCloseTo(37_125, 6);
		expect(plan.years.at(-1)?.year).toBe(2026 + 15 + 2);
	});

	it('counts training in money only once a cost per person is entered', () => {
		expect(scaleUpPlan(country(10), oneYear, d, c).years[0]?.training).toBe(0);
		const priced = scaleUpPlan(country(10), oneYear, { ...d, tro: 1_000, tmp: 2_000, trtt: 100 }, c);
		expect(priced.years[0]?.training).toBe(18 * 1_000 + 10 * 2_000 + 75 * 100);
	});

	it('leaves out a country without a gap or GDP figure, and builds nothing for a zero gap', () => {
		expect(scaleUpPlan(country(null), oneYear, d, c).countriesWithoutData).toEqual(['XXX']);
		expect(scaleUpPlan(country(5, null), oneYear, d, c).countriesWithoutData).toEqual(['XXX']);
		expect(scaleUpPlan(country(0), oneYear, d, c)).toMatchObject({ machinesAdded: 0, years: [] });
	});

	it('adds plans up: Atun et al. 2015 nominal scale-up cost 26.6 + 62.6 + 94.8 = US$184.0 bn', () => {
		// Three income groups whose capital, at US$2.05 M a machine, equals Atun et al.'s cost by group (bn).
		const plans = [26.6, 62.6, 94.8].map((bn) =>
			scaleUpPlan(country((bn * 1e9) / 2_050_000), { ...oneYear, targetYear: 2035 }, d, c)
		);
		const capital = (p: ReturnType<typeof combinePlans>) => p.years.reduce((a, y) => a + y.capital, 0);
		expect(capital(plans[0]!) / 1e9).toBeCloseTo(26.6, 2);
		expect(capital(combinePlans(plans)) / 1e9).toBeCloseTo(184.0, 1);
		const total = combinePlans(plans);
		expect(total.machinesAdded).toBe(plans.reduce((a, p) => a + p.machinesAdded, 0));
		expect(summariseReturn(planFlows(total), 'benefitHC', 0.03, 2026).pvCost).toBeGreaterThan(184e9 * 0.8);
	});
});

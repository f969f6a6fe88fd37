import { describe, expect, it } from 'vitest';
import {
	beforeAfter,
	centreFlows,
	firstInvestmentYear,
	patientsTreated,
	portfolioReturn,
	type CentreReturnInput,
	type OutcomeYear
} from './centre-return';
import { defaultReturnParameters as d } from './return-parameters';

const year = (y: number, treated: number): OutcomeYear => ({
	year: y,
	newPatients: 10_000,
	treatedRadiotherapy: treated,
	treatedChemotherapy: null,
	treatedSurgery: null
});

describe('patientsTreated', () => {
	it.each([
		[{ newPatients: 1_000, treatedRadiotherapy: 400, treatedChemotherapy: 350, treatedSurgery: 250 }, 1_000],
		[{ newPatients: 1_000, treatedRadiotherapy: 0, treatedChemotherapy: 350, treatedSurgery: 250 }, 600],
		[{ newPatients: 500, treatedRadiotherapy: 400, treatedChemotherapy: 350, treatedSurgery: null }, 500],
		[{ newPatients: null, treatedRadiotherapy: 40, treatedChemotherapy: null, treatedSurgery: 10 }, 50],
		[{ newPatients: 900, treatedRadiotherapy: null, treatedChemotherapy: null, treatedSurgery: null }, null]
	])('%o → %s', (o, expected) => expect(patientsTreated(o)).toBe(expected));
});

describe('beforeAfter', () => {
	it('compares the mean before the start with each year after', () => {
		const r = beforeAfter([year(2015, 100), year(2016, 100), year(2017, 130), year(2018, 150)], 2017);
		expect(r).toMatchObject({ status: 'ok', baseline: 100, after: 140 });
		expect(r.change).toBeCloseTo(0.4, 12);
		expect(r.extra).toEqual([
			{ year: 2017, patients: 30 },
			{ year: 2018, patients: 50 }
		]);
	});

	it('shows a fall as negative extra patients', () => {
		expect(beforeAfter([year(2015, 100), year(2016, 80)], 2016).extra).toEqual([
			{ year: 2016, patients: -20 }
		]);
	});

	it.each([
		[[year(2015, 100)], null, 'no-mentorship'],
		[[year(2017, 100)], 2016, 'no-baseline'],
		[[], 2016, 'no-outcomes']
	] as const)('%#: status %s', (outcomes, start, status) => {
		const r = beforeAfter(outcomes, start);
		expect(r.status).toBe(status);
		expect(r.change).toBeNull();
		expect(r.extra).toEqual([]);
	});

	it('has no change figure against a zero baseline', () => {
		expect(beforeAfter([year(2015, 0), year(2016, 20)], 2016).change).toBeNull();
	});
});

const centre = (overrides: Partial<CentreReturnInput> = {}): CentreReturnInput => ({
	centreId: 'C1',
	gdpPerCapita: 1_000,
	investments: [{ year: 2016, amount: 50_000 }],
	comparison: beforeAfter([year(2015, 100), year(2016, 200)], 2016),
	...overrides
});

describe('centre return', () => {
	it('reproduces a hand-worked centre NPV', () => {
		// 100 extra patients in 2016 → 8,250 a year of human capital in 2017 and 2018 (see benefitFlows).
		const flows = centreFlows(centre(), d);
		expect(flows).toHaveLength(3);
		const r = portfolioReturn([centre()], d, 2016).central.humanCapital;
		expect(r.pvBenefit).toBeCloseTo(8_250 / 1.03 + 8_250 / 1.03 ** 2, 6);
		expect(r.npv).toBeCloseTo(8_250 / 1.03 + 8_250 / 1.03 ** 2 - 50_000, 6);
		expect(r.paybackYear).toBeNull();
	});

	it('credits only the attributed share of the rise', () => {
		const half = portfolioReturn([centre()], { ...d, attr: 0.5 }, 2016).central.humanCapital;
		const full = portfolioReturn([centre()], d, 2016).central.humanCapital;
		expect(half.pvBenefit).toBeCloseTo(full.pvBenefit / 2, 6);
	});

	it('counts the money but no benefit without GDP per capita or a comparison', () => {
		for (const c of [
			centre({ gdpPerCapita: null }),
			centre({ comparison: beforeAfter([year(2016, 1)], null) })
		]) {
			const r = portfolioReturn([c], d, 2016).central.fullIncome;
			expect(r).toMatchObject({ pvCost: 50_000, pvBenefit: 0, npv: -50_000, bcr: 0, paybackYear: null });
		}
	});

	it('adds centres up to a country: the sum of centre NPVs', () => {
		const a = centre();
		const b = centre({ centreId: 'C2', investments: [{ year: 2018, amount: 1_000 }] });
		const both = portfolioReturn([a, b], d, 2016).high.fullIncome.npv;
		const each = [a, b].map((c) => portfolioReturn([c], d, 2016).high.fullIncome.npv);
		expect(both).toBeCloseTo((each[0] ?? 0) + (each[1] ?? 0), 6);
		expect(firstInvestmentYear([a, b])).toBe(2016);
		expect(firstInvestmentYear([])).toBeNull();
	});
});

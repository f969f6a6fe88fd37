import { describe, expect, it } from 'vitest';
import { combineFlows, discountFactor, presentValue, summariseReturn, type YearFlow } from './discounting';

const flow = (year: number, cost: number, benefit: number): YearFlow => ({
	year,
	cost,
	benefitHC: benefit,
	benefitFI: benefit
});

describe('discounting', () => {
	it.each([
		[0.03, 0, 1],
		[0.03, 1, 1 / 1.03],
		[0.03, 2, 1 / 1.0609],
		[0, 10, 1],
		[0.1, -1, 1.1]
	])('discountFactor(%s, %s) = %s', (rate, t, expected) => {
		expect(discountFactor(rate, t)).toBeCloseTo(expected, 12);
	});

	it('present value brings amounts back to the base year', () => {
		expect(presentValue([{ year: 2021, amount: 103 }], 0.03, 2020)).toBeCloseTo(100, 10);
		expect(presentValue([], 0.03, 2020)).toBe(0);
	});
});

describe('summariseReturn', () => {
	it('reproduces a hand-worked NPV, ratio and payback', () => {
		// −100 + 60 / 1.03 + 60 / 1.03² = −100 + 58.2524 + 56.5558 = 14.8082
		const r = summariseReturn([flow(0, 100, 0), flow(1, 0, 60), flow(2, 0, 60)], 'benefitHC', 0.03, 0);
		expect(r.npv).toBeCloseTo(14.8082, 4);
		expect(r.bcr).toBeCloseTo(114.8082 / 100, 6);
		expect(r.paybackYear).toBe(2);
	});

	it('never pays back when benefits stay below costs', () => {
		const r = summariseReturn(
			[flow(2020, 100, 0), flow(2021, 0, 40), flow(2022, 0, 40)],
			'benefitFI',
			0.03,
			2020
		);
		expect(r.paybackYear).toBeNull();
		expect(r.npv).toBeLessThan(0);
	});

	it('loses payback when later costs outweigh the benefits so far, and finds it again', () => {
		const flows = [flow(0, 10, 0), flow(1, 0, 20), flow(2, 50, 0), flow(3, 0, 100)];
		expect(summariseReturn(flows, 'benefitHC', 0, 0).paybackYear).toBe(3);
	});

	it('has no ratio and no payback when nothing was spent', () => {
		const r = summariseReturn([flow(1, 0, 5)], 'benefitHC', 0.03, 0);
		expect(r.bcr).toBeNull();
		expect(r.paybackYear).toBeNull();
		expect(summariseReturn([], 'benefitHC', 0.03, 0)).toMatchObject({ npv: 0, bcr: null });
	});

	it('is additive: Rodin et al. 2019 human-capital NPV −1.5 + 19.9 + 40.9 = US$59.3 bn', () => {
		// Three income groups whose flows have those NPVs (bn) at 3 %: a cost now and a benefit in year 10.
		const groups = [-1.5, 19.9, 40.9].map((npv) => [flow(0, 10, 0), flow(10, 0, (npv + 10) * 1.03 ** 10)]);
		const each = groups.map((g) => summariseReturn(g, 'benefitHC', 0.03, 0).npv);
		expect(each[0]).toBeCloseTo(-1.5, 9);
		expect(summariseReturn(combineFlows(groups), 'benefitHC', 0.03, 0).npv).toBeCloseTo(59.3, 9);
	});
});

import { describe, expect, it } from 'vitest';
import { defaultReturnParameters as d, rangeParameters } from './return-parameters';
import {
	benefitFlows,
	lifeYears,
	productiveLifeYears,
	rangedReturn,
	survivors,
	valueOfLifeYear
} from './roi';

describe('Datta et al. 2015 valuation', () => {
	it.each([
		[1_000, 0.3, 300],
		[1_000, 0.1, 100],
		[0, 0.5, 0]
	])('survivors(%s, %s) = %s', (patients, s, expected) => expect(survivors(patients, s)).toBe(expected));

	it('productive and total life-years', () => {
		expect(productiveLifeYears(1_000, d)).toBeCloseTo(165, 9); // 1000 × 0.3 × 0.5 × 0.55 × 2
		expect(lifeYears(1_000, d)).toBeCloseTo(600, 9);
	});

	it('values a life-year at 2.3 × GDP per capita (Chang et al. 2017)', () => {
		expect(valueOfLifeYear(1_941.5, 2.3)).toBeCloseTo(4_465.45, 6);
		expect(valueOfLifeYear(1_000, d.vly)).toBeCloseTo(2_300, 9);
	});

	it('spreads each cohort over the following productive years', () => {
		const flows = benefitFlows([{ year: 2020, patients: 100 }], 1_000, d);
		expect(flows.map((f) => f.year)).toEqual([2021, 2022]);
		expect(flows[0]?.benefitHC).toBeCloseTo(8_250, 6);
		expect(flows[0]?.benefitFI).toBeCloseTo(69_000, 6);
		expect(benefitFlows([], 1_000, d)).toEqual([]);
	});
});

describe('ranges', () => {
	it('puts each uncertain parameter at the end that lowers or raises the return', () => {
		const low = rangeParameters(d, 'low');
		const high = rangeParameters(d, 'high');
		expect(low).toMatchObject({ surv: 0.1, emp: 0.4, vly: 0.2, run: 0.15, attr: 0.5, disc: 0.03 });
		expect(high).toMatchObject({ surv: 0.5, emp: 0.7, vly: 3, run: 0.055, attr: 1, disc: 0.03 });
	});

	it('keeps the user value inside the range', () => {
		expect(rangeParameters({ ...d, surv: 0.6 }, 'high').surv).toBe(0.6);
		expect(rangeParameters({ ...d, surv: 0.05 }, 'low').surv).toBe(0.05);
	});

	it('orders low ≤ central ≤ high', () => {
		const r = rangedReturn(
			(p) => [
				{ year: 0, cost: 1_000, benefitHC: 0, benefitFI: 0 },
				...benefitFlows([{ year: 0, patients: 10 }], 2_000, p)
			],
			d,
			0
		);
		expect(r.low.humanCapital.npv).toBeLessThan(r.central.humanCapital.npv);
		expect(r.central.humanCapital.npv).toBeLessThan(r.high.humanCapital.npv);
		expect(r.low.fullIncome.npv).toBeLessThan(r.high.fullIncome.npv);
	});
});

import { describe, expect, it } from 'vitest';
import { summariseReturn, type YearFlow } from './discounting';
import { defaultReturnParameters as d } from './return-parameters';
import { benefitFlows, patientValue } from './roi';

/**
 * Published statements the return model must reproduce, each named by paper and passage. Atun et al. 2015 is
 * checked in scenario.spec.ts (scale-up cost US$184.0 bn; life-years per dollar within a factor of three).
 */
describe('Hanna et al. 2018, Findings: "RT provides 5-year OS benefit in 2.4 % of all cancer patients"', () => {
	it('48 % of 1,000 cancer patients treated with radiotherapy gain 24 survivors: 2.4 % of all', () => {
		const treated = 1_000 * 0.48;
		const survivorsGained = treated * d.rtos;
		expect(survivorsGained / 1_000).toBeCloseTo(0.024, 12);
	});
});

describe('Datta et al. 2015, Methods and Materials (abstract): the break-even of a basic centre', () => {
	// "An investment of US$5 million for a basic RT center able to treat 1000 patients annually … 50 % of these
	// patients would be of working age and … contribute to the country's GNI for at least 2 years … the 15-year
	// lifespan of the teletherapy unit … recurring and overhead costs … 5.5 % to 15 % of the capital investment."
	const centre = (gni: number, survival: number, employment: number, recurring: number): YearFlow[] => {
		const p = { ...d, surv: survival, emp: employment, years: 2 };
		const costs = [
			{ year: 0, cost: 5_000_000, benefitHC: 0, benefitFI: 0 },
			...Array.from({ length: 15 }, (_, i) => ({
				year: i + 1,
				cost: recurring * 5_000_000,
				benefitHC: 0,
				benefitFI: 0
			}))
		];
		const patients = Array.from({ length: 15 }, (_, i) => ({ year: i + 1, patients: 1_000 }));
		return [...costs, ...benefitFlows(patients, gni, p, 'gross')];
	};
	/** Undiscounted, as Datta et al. accumulate GNI: capital + 15 years of recurring costs over 15 cohorts. */
	const breakEvenGni = (survival: number, employment: number, recurring: number) =>
		(5_000_000 * (1 + 15 * recurring)) / (15 * 1_000 * survival * 0.5 * employment * 2);

	it.each([
		[0.3, 0.55, 0.1],
		[0.5, 0.6, 0.055],
		[0.1, 0.4, 0.15]
	])(
		'survival %s, employment %s, recurring %s: benefits equal costs at the break-even GNI per capita',
		(s, e, r) => {
			const gni = breakEvenGni(s, e, r);
			const at = summariseReturn(centre(gni, s, e, r), 'benefitHC', 0, 0);
			expect(at.bcr).toBeCloseTo(1, 9);
			expect(summariseReturn(centre(gni * 1.1, s, e, r), 'benefitHC', 0, 0).npv).toBeGreaterThan(0);
			expect(summariseReturn(centre(gni * 0.9, s, e, r), 'benefitHC', 0, 0).npv).toBeLessThan(0);
		}
	);

	it('a 30 % two-year survival and 55 % employment need GNI per capita of about US$5,051 to break even', () => {
		expect(breakEvenGni(0.3, 0.55, 0.1)).toBeCloseTo(5_050.5, 1);
		// Each patient treated contributes 0.165 productive life-years (0.3 × 0.5 × 0.55 × 2).
		expect(patientValue({ ...d, emp: 0.55 }, 'gross').productiveLifeYears).toBeCloseTo(0.165, 12);
	});
});

import { describe, expect, it } from 'vitest';
import { cpiFor, priceBaseYear, toConstantDollars, usCpiAnnual } from './price-index';

describe('toConstantDollars (BLS CPI-U annual averages)', () => {
	it('states money of every year in 2023 US$', () => {
		expect(priceBaseYear).toBe(2023);
		expect(toConstantDollars(100, 2016)).toBeCloseTo((100 * 304.702) / 240.007, 9);
		expect(toConstantDollars(100, 2023)).toBe(100);
		// 2024 prices were higher: a 2024 dollar is worth less than one of 2023.
		expect(toConstantDollars(100, 2024)).toBeCloseTo(97.135, 3);
	});

	it('BLS: prices rose 27 % from 2016 to 2023 and 8.0 % in 2022 (annual average over annual average)', () => {
		expect(usCpiAnnual[2023]! / usCpiAnnual[2016]! - 1).toBeCloseTo(0.27, 2);
		expect(usCpiAnnual[2022]! / usCpiAnnual[2021]! - 1).toBeCloseTo(0.08, 3);
	});

	it('takes a year outside the table at its nearest year, never a guess', () => {
		expect(cpiFor(2025)).toBe(usCpiAnnual[2024]);
		expect(cpiFor(1990)).toBe(usCpiAnnual[2010]);
		expect(toConstantDollars(0, 2018)).toBe(0);
		expect(toConstantDollars(100, 2020, 2020)).toBe(100);
	});
});

/**
 * Constant dollars. Money recorded in the US$ of its own year is converted to US$ of `priceBaseYear` with the US
 * consumer price index (CPI-U, U.S. city average, all items, annual average, 1982–84 = 100; U.S. Bureau of Labor
 * Statistics, series CUUR0000SA0), so money spent in 2016 and a 2023 GDP per capita are set against each other on
 * one footing. The table is small and copied from the BLS series (data/SOURCES.md says so).
 */

/** The year whose dollars every return figure is stated in. */
export const priceBaseYear = 2023;

/** CPI-U annual averages (BLS CUUR0000SA0). */
export const usCpiAnnual: Readonly<Record<number, number>> = {
	2010: 218.056,
	2011: 224.939,
	2012: 229.594,
	2013: 232.957,
	2014: 236.736,
	2015: 237.017,
	2016: 240.007,
	2017: 245.12,
	2018: 251.107,
	2019: 255.657,
	2020: 258.811,
	2021: 270.97,
	2022: 292.655,
	2023: 304.702,
	2024: 313.689
};

const years = Object.keys(usCpiAnnual).map(Number);
const firstYear = Math.min(...years);
const lastYear = Math.max(...years);

/**
 * The index of a year; a year outside the table takes the nearest year in it (so money of a year not yet published
 * is taken at the latest published prices, and is not inflated by a guess).
 */
export function cpiFor(year: number): number {
	const y = Math.min(lastYear, Math.max(firstYear, Math.round(year)));
	return usCpiAnnual[y] ?? usCpiAnnual[lastYear]!;
}

/**
 * `amount × CPI(base) / CPI(year)`: US$ of `year` in US$ of `base`.
 *
 * @example toConstantDollars(100, 2016, 2023) // 126.96 (304.702 / 240.007)
 */
export function toConstantDollars(amount: number, year: number, base: number = priceBaseYear): number {
	return (amount * cpiFor(base)) / cpiFor(year);
}

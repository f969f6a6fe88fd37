import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeQuery } from '../../../../tests/support/node-duckdb';
import { gapViewRows, rankWorst } from '../../models/gap-view';
import { defaultParameters } from '../../models/parameters';
import { sql, type QueryFn } from '../sql';
import { gapCountryRecords, indicatorYears } from './gaps';

let query: QueryFn & { close(): void };

beforeAll(async () => {
	query = await nodeQuery(['countries', 'cancer_burden', 'rt_capacity']);
});
afterAll(() => query.close());

describe('gapCountryRecords', () => {
	it('returns capacity with GDP per capita and doctor density, each with its year', async () => {
		const rows = await gapCountryRecords(query);
		expect(new Set(rows.map((r) => r.iso3)).size).toBe(rows.length);
		const kenya = rows.find((r) => r.iso3 === 'KEN');
		expect(kenya).toMatchObject({
			new_cases: 44065,
			mv_machines: 17,
			gdp_per_capita_usd: 1941.5,
			gdp_year: 2023,
			doctors_per_10k: 1.57,
			doctors_year: 2018
		});
	});

	it('keeps territories the World Bank does not report, with missing figures as null', async () => {
		const taiwan = (await gapCountryRecords(query)).find((r) => r.iso3 === 'TWN');
		expect(taiwan).toMatchObject({ gdp_per_capita_usd: null, doctors_per_10k: null });
		expect(taiwan).toMatchObject({ has_record: true, mv_machines: 156 });
	});

	it('gives the same ten largest machine gaps through the models as plain SQL does', async () => {
		const records = await gapCountryRecords(query);
		const rows = gapViewRows(
			records.map((r) => ({
				iso3: r.iso3,
				name: r.name,
				region: r.region,
				incomeGroup: r.income_group,
				population: r.population,
				newCases: r.new_cases,
				mvMachines: r.has_record ? r.mv_machines : null,
				doctorsPer10k: r.doctors_per_10k,
				gdpPerCapita: r.gdp_per_capita_usd
			})),
			defaultParameters,
			'rt-machines',
			'absolute'
		);
		const modelled = rankWorst(rows, true, 10).map((r) => [r.iso3, r.value]);
		const independent = await query<{ iso3: string; gap: number }>(sql`
			SELECT b.iso3, greatest(0, b.new_cases * 0.5 / 450 - r.mv_machines) AS gap
			FROM cancer_burden b JOIN rt_capacity r ON r.iso3 = b.iso3 AND r.has_record
			WHERE b.site_code = 40 ORDER BY gap DESC LIMIT 10`);
		expect(modelled.map(([iso3]) => iso3)).toEqual(independent.map((r) => r.iso3));
		modelled.forEach(([, gap], i) => expect(gap).toBeCloseTo(independent[i]?.gap ?? -1, 6));
	});
});

describe('indicatorYears', () => {
	it('spans the latest years the countries report', async () => {
		const years = await indicatorYears(query);
		expect(years.gdp.last).toBeGreaterThanOrEqual(2023);
		expect(years.doctors.first).toBeLessThanOrEqual(years.doctors.last ?? 0);
		expect(years.population.last).toBe(2024);
	});
});

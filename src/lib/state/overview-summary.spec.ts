import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryCapacityRecords, diracUpdateRange } from '$lib/data/queries/capacity';
import { defaultParameters } from '$lib/models/parameters';
import { nodeQuery, type NodeQuery } from '../../../tests/support/node-duckdb';
import { overviewFromRecords } from './overview-data';
import { overview } from '../../../data/summary.json';
import { hasDefaultParameters, summaryOverview, type FirstScreenRows } from './overview-summary';

describe('hasDefaultParameters', () => {
	it.each([
		['', true],
		['lang=fr', true],
		['rtu=0.45', false],
		['courses=500', false],
		['basis=population', false],
		['rtu=abc', false]
	])('%s → %s', (search, expected) => {
		expect(hasDefaultParameters(new URLSearchParams(search))).toBe(expected);
	});
});

describe('the first-screen summary', () => {
	let query: NodeQuery;
	beforeAll(async () => {
		query = await nodeQuery(['countries', 'cancer_burden', 'rt_capacity', 'rt_centres']);
	});
	afterAll(() => query.close());

	it('equals the Overview computed from the same queries on data/*.parquet (npm run data:summary when not)', async () => {
		const [records, years] = [await countryCapacityRecords(query), await diracUpdateRange(query)];
		const fromDuckDb = overviewFromRecords(records, years, defaultParameters);
		const fromSummary = summaryOverview(overview as FirstScreenRows);
		expect(fromSummary.world).toEqual(fromDuckDb.world);
		expect(fromSummary.diracYears).toEqual(fromDuckDb.diracYears);
		expect(fromSummary.countries).toEqual(fromDuckDb.countries);
		expect(fromSummary.countries.length).toBeGreaterThan(150);
	});
});

import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeQuery } from '../../../../tests/support/node-duckdb';
import { ACCESS_RADII_KM, nearestSiteKm, reachBox, reachSummary } from '../../models/access';
import type { QueryFn, SqlQuery } from '../sql';
import {
	admin1Units,
	countryNames,
	countryPopulationCells,
	countryProfile,
	countryRtCentres,
	icecCentres,
	megavoltageSitesNear,
	topCancerSites
} from './country';

let query: QueryFn & { close(): void };

beforeAll(async () => {
	query = await nodeQuery([
		'countries',
		'cancer_burden',
		'rt_capacity',
		'rt_centres',
		'admin1',
		'population_cells'
	]);
});
afterAll(() => query.close());

describe('countryProfile', () => {
	it('gives the header figures of Kenya', async () => {
		const kenya = await countryProfile(query, 'KEN');
		expect(kenya).toMatchObject({
			name: 'Kenya',
			income_group: 'LM',
			region: 'Sub-Saharan Africa',
			new_cases: 44065,
			mv_machines: 17,
			has_record: true
		});
		expect(kenya?.doctors_per_10k).toBeCloseTo(1.57);
	});

	it('says no record for a country DIRAC does not list, and null for an unknown code', async () => {
		expect(await countryProfile(query, 'AFG')).toMatchObject({ has_record: false, mv_machines: null });
		expect(await countryProfile(query, 'XYZ')).toBeNull();
		expect(await countryProfile(query, "KEN' OR 1=1 --")).toBeNull();
	});
});

describe('topCancerSites', () => {
	it('lists sites by new cases, without the total or parts of colorectum', async () => {
		const sites = await topCancerSites(query, 'KEN', 5);
		expect(sites.map((s) => s.site)).toEqual([
			'Breast',
			'Cervix uteri',
			'Prostate',
			'Oesophagus',
			'Colorectum'
		]);
		expect(sites[0]).toMatchObject({ new_cases: 7243 });
	});
});

describe('admin1Units, countryRtCentres and countryNames', () => {
	it('lists Kenya’s 8 former provinces, with machines adding up to DIRAC’s national count', async () => {
		const units = await admin1Units(query, 'KEN');
		expect(units).toHaveLength(8);
		expect(units.reduce((s, u) => s + (u.mv_machines ?? 0), 0)).toBe(17);
		const centres = await countryRtCentres(query, 'KEN');
		expect(centres.reduce((s, c) => s + c.mv_machines, 0)).toBe(17);
	});

	it('has every country with figures in the search list', async () => {
		const names = await countryNames(query);
		const codes = new Set(names.map((n) => n.iso3));
		for (const iso3 of ['KEN', 'NGA', 'IND', 'MUS', 'AFG']) expect(codes.has(iso3)).toBe(true);
	});
});

/**
 * The access model in the browser, fed by these queries, against the derived table (computed by the derivation
 * script with d3-geo): each unit's share of people within 100 and 200 km must agree to the table's 4 decimals.
 */
describe('access recomputed from the cells matches the reference table', () => {
	it.each(['KEN', 'NGA', 'IND', 'MUS', 'CHE'])('%s', async (iso3) => {
		const cells = await countryPopulationCells(query, iso3);
		const box = reachBox(cells, 200);
		if (!box) throw new Error(`${iso3} has no cells`);
		const sites = await megavoltageSitesNear(query, box);
		const km = nearestSiteKm(cells, sites, Math.max(...ACCESS_RADII_KM));
		const summary = reachSummary(
			cells.map((c) => ({ ...c, admin1Code: c.admin1_code })),
			km
		);
		const units = await admin1Units(query, iso3);
		let compared = 0;
		for (const unit of units) {
			const totals = summary.byUnit.get(unit.admin1_code);
			if (!totals || unit.share_within_100km === null) continue;
			expect(totals.within100 / totals.population, unit.name).toBeCloseTo(unit.share_within_100km, 3);
			expect(totals.within200 / totals.population, unit.name).toBeCloseTo(unit.share_within_200km ?? -1, 3);
			compared++;
		}
		expect(compared).toBeGreaterThan(0);
	});
});

describe('icecCentres', () => {
	it('reads the program table of partner centres', async () => {
		const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
		const connection = await instance.connect();
		const file = resolve('data/program/centres.csv').replaceAll("'", "''");
		await connection.run(`CREATE VIEW centres AS SELECT * FROM read_csv('${file}', header = true)`);
		const run = (async (q: SqlQuery) =>
			(await connection.runAndReadAll(q.text, q.params as DuckDBValue[])).getRowObjectsJS()) as QueryFn;
		const nigeria = await icecCentres(run, 'NGA');
		expect(nigeria.length).toBeGreaterThan(0);
		for (const centre of nigeria) expect(centre.lat).toBeGreaterThan(3);
		expect(await icecCentres(run, 'XYZ')).toEqual([]);
		connection.closeSync();
	});
});

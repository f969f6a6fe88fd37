import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_TABLES } from '../../src/lib/data/reference-tables';
import { DIRAC_LOCATION_EXCEPTIONS } from './exceptions';
import { outPath } from './paths';

let conn: DuckDBConnection;
const t = (name: string) => `read_parquet('${outPath(`${name}.parquet`)}')`;
async function q<T = Record<string, unknown>>(sql: string): Promise<T[]> {
	const r = await conn.runAndReadAll(sql);
	return r
		.getRowObjectsJS()
		.map(
			(o) =>
				Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])) as T
		);
}
const one = async (sql: string) => Object.values((await q(sql))[0] ?? {})[0];

beforeAll(async () => {
	conn = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
});

describe('derived reference tables', () => {
	it('have the documented columns and types, and sensible row counts', async () => {
		for (const doc of REFERENCE_TABLES) {
			const cols = await q<{ column_name: string; column_type: string }>(
				`DESCRIBE SELECT * FROM ${t(doc.name)}`
			);
			expect(cols.map((c) => [c.column_name, c.column_type])).toEqual(
				doc.columns.map((c) => [c.name, c.type])
			);
		}
		expect(await one(`SELECT count(*) FROM ${t('countries')}`)).toBe(249);
		expect(await one(`SELECT count(*) FROM ${t('cancer_burden')}`)).toBe(185 * 38);
		expect(await one(`SELECT count(*) FROM ${t('rt_centres')}`)).toBe(8592);
		expect(await one(`SELECT count(*) FROM ${t('rt_capacity')}`)).toBe(249);
		expect(await one(`SELECT count(*) FROM ${t('population_cells')}`)).toBe(61295);
		expect(await one(`SELECT count(*) FROM ${t('admin1')}`)).toBeGreaterThan(4000);
	});

	it('have no duplicate keys', async () => {
		for (const doc of REFERENCE_TABLES) {
			const key = doc.key.join(', ');
			expect(
				await one(
					`SELECT count(*) FROM (SELECT ${key} FROM ${t(doc.name)} GROUP BY ${key} HAVING count(*) > 1)`
				),
				doc.name
			).toBe(0);
		}
	});

	it('use only country codes of `countries`', async () => {
		for (const name of ['cancer_burden', 'rt_capacity', 'rt_centres', 'admin1', 'population_cells']) {
			const n = await one(
				`SELECT count(*) FROM ${t(name)} WHERE iso3 IS NOT NULL AND iso3 NOT IN (SELECT iso3 FROM ${t('countries')})`
			);
			expect(n, name).toBe(0);
		}
		expect(await one(`SELECT count(*) FROM ${t('countries')} WHERE iso3 IN ('WLD', 'SSF', 'LMC')`)).toBe(0);
	});

	it('reproduce the published spot values', async () => {
		const cases = await q<{ iso3: string; new_cases: number }>(
			`SELECT iso3, new_cases FROM ${t('cancer_burden')} WHERE site_code = 40 AND iso3 IN ('NGA', 'IND', 'KEN') ORDER BY iso3`
		);
		expect(cases).toEqual([
			{ iso3: 'IND', new_cases: 1401721 },
			{ iso3: 'KEN', new_cases: 44065 },
			{ iso3: 'NGA', new_cases: 124735 }
		]);
		const mv = await q(
			`SELECT iso3, mv_machines, centres FROM ${t('rt_capacity')} WHERE iso3 IN ('NGA', 'IND', 'KEN') ORDER BY iso3`
		);
		expect(mv).toEqual([
			{ iso3: 'IND', mv_machines: 791, centres: 463 },
			{ iso3: 'KEN', mv_machines: 17, centres: 10 },
			{ iso3: 'NGA', mv_machines: 17, centres: 15 }
		]);
		expect(await one(`SELECT income_group FROM ${t('countries')} WHERE iso3 = 'NGA'`)).toBe('LM');
		expect(await one(`SELECT iso_numeric FROM ${t('countries')} WHERE iso3 = 'AFG'`)).toBe('004');
	});

	it('flag countries without a DIRAC record instead of showing zero', async () => {
		const rows = await q(
			`SELECT iso3, has_record, mv_machines, centres FROM ${t('rt_capacity')} WHERE iso3 IN ('AFG', 'SOM') ORDER BY iso3`
		);
		expect(rows).toEqual([
			{ iso3: 'AFG', has_record: false, mv_machines: null, centres: null },
			{ iso3: 'SOM', has_record: false, mv_machines: null, centres: null }
		]);
		expect(
			await one(`SELECT count(*) FROM ${t('rt_capacity')} WHERE has_record AND mv_machines IS NULL`)
		).toBe(0);
	});

	it('keep the all-cancers total and never count colorectum twice', async () => {
		expect(await one(`SELECT count(*) FROM ${t('cancer_burden')} WHERE site = 'Total' OR iso3 IS NULL`)).toBe(
			0
		);
		const [r] = await q<{ crc: number; parts: number }>(
			`SELECT sum(new_cases) FILTER (WHERE site_code = 41) AS crc, sum(new_cases) FILTER (WHERE part_of_site_code = 41) AS parts FROM ${t('cancer_burden')} WHERE iso3 = 'IND'`
		);
		expect(r!.parts).toBeCloseTo(r!.crc, -1);
	});

	it('place every facility with coordinates in its own country, or list it as an exception', async () => {
		const outside = await q<{ centre_key: string }>(
			`SELECT centre_key FROM ${t('rt_centres')} WHERE lat IS NOT NULL AND admin1_code IS NULL ORDER BY 1`
		);
		expect(outside.map((r) => r.centre_key)).toEqual(Object.keys(DIRAC_LOCATION_EXCEPTIONS).sort());
		expect(outside.length).toBeLessThanOrEqual(15);
		const wrong = await q(
			`SELECT c.centre_key FROM ${t('rt_centres')} c JOIN ${t('admin1')} a USING (admin1_code) WHERE a.iso3 <> c.iso3`
		);
		expect(wrong).toEqual([]);
		expect(await one(`SELECT count(*) FROM ${t('rt_centres')} WHERE row_repaired`)).toBe(4);
	});

	/**
	 * At 0.5° a cell is larger than several states: the cell holding Lagos city has its centre in Ogun, Delhi and
	 * Chandigarh get no cell centre at all, and hill states gain their lowland neighbours' cells. These units are the
	 * known exceptions; the rest must agree with the World Bank within 25 %.
	 */
	const GRID_EXCEPTIONS: Record<string, string[]> = {
		NGA: ['NG-AB', 'NG-AD', 'NG-BA', 'NG-BY', 'NG-CR', 'NG-IM', 'NG-LA', 'NG-NI', 'NG-OG', 'NG-OS'],
		IND: ['IN-AR', 'IN-CH', 'IN-DL', 'IN-GA', 'IN-ML', 'IN-NL', 'IN-PY', 'IN-TR', 'IN-UT']
	};
	it('agree with World Bank subnational population for Nigeria and India units over 1 M (exceptions listed)', async () => {
		for (const [iso3, exceptions] of Object.entries(GRID_EXCEPTIONS)) {
			const rows = await q<{ admin1_code: string; ratio: number }>(
				`SELECT admin1_code, population_grid_scaled / population_wb_scaled AS ratio FROM ${t('admin1')}
				 WHERE iso3 = '${iso3}' AND population_wb_scaled > 1e6 ORDER BY admin1_code`
			);
			expect(rows.length).toBeGreaterThan(25);
			const off = rows.filter((r) => Math.abs(r.ratio - 1) > 0.25).map((r) => r.admin1_code);
			expect(off, iso3).toEqual(exceptions);
			expect(exceptions.length / rows.length).toBeLessThan(0.35);
		}
	});

	it('give admin-1 populations that add up to the national total where the World Bank covers every unit', async () => {
		const sum = await one(`SELECT sum(population) FROM ${t('admin1')} WHERE iso3 = 'NGA'`);
		const nat = await one(`SELECT population FROM ${t('countries')} WHERE iso3 = 'NGA'`);
		expect(Number(sum) / Number(nat)).toBeCloseTo(1, 2);
		expect(
			await one(
				`SELECT count(*) FROM ${t('admin1')} WHERE population_source NOT IN ('wb_subnational_scaled', 'gpw_grid_scaled')`
			)
		).toBe(0);
	});
});

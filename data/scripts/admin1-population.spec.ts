import { readFileSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN1_POPULATION_EXCEPTIONS } from './admin1-exceptions';
import { outPath } from './paths';

let conn: DuckDBConnection;
const t = (name: string) => `read_parquet('${outPath(`${name}.parquet`)}')`;
async function q<T>(sql: string): Promise<T[]> {
	const r = await conn.runAndReadAll(sql);
	return r.getRowObjectsJson() as unknown as T[];
}

beforeAll(async () => {
	conn = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
});

describe('admin-1 populations in the derived tables', () => {
	it('give every unit with machines a population, except the reasoned exceptions listed in SOURCES.md', async () => {
		const flagged = await q<{ admin1_code: string }>(
			`SELECT admin1_code FROM ${t('admin1')} WHERE mv_machines > 0 AND coalesce(population, 0) = 0 ORDER BY 1`
		);
		const codes = flagged.map((u) => u.admin1_code);
		expect(codes.filter((c) => !(c in ADMIN1_POPULATION_EXCEPTIONS))).toEqual([]);
		// a listed unit that has since got a population must leave the list
		expect(Object.keys(ADMIN1_POPULATION_EXCEPTIONS).filter((c) => !codes.includes(c))).toEqual([]);
		const sources = readFileSync(outPath('SOURCES.md'), 'utf8');
		expect(codes.filter((c) => !sources.includes(`| ${c} |`))).toEqual([]);
	});

	it('never give a unit more people than its country', async () => {
		const over = await q<{ admin1_code: string }>(
			`SELECT a.admin1_code FROM ${t('admin1')} a JOIN ${t('countries')} c USING (iso3)
			 WHERE a.population > c.population ORDER BY 1`
		);
		expect(over).toEqual([]);
	});

	it('never show a population of 0: a unit without an estimate is null', async () => {
		const zero = await q<{ admin1_code: string }>(
			`SELECT admin1_code FROM ${t('admin1')} WHERE population = 0`
		);
		expect(zero).toEqual([]);
	});

	it("count Nairobi's people in Nairobi (Kenya census 2019: 4.4 M), not in Central", async () => {
		const [nairobi] = await q<{ population: number; population_source: string }>(
			`SELECT population, population_source FROM ${t('admin1')} WHERE admin1_code = 'KE-110'`
		);
		expect(nairobi?.population_source).toBe('wb_subnational_scaled');
		expect(nairobi?.population).toBeGreaterThan(3.5e6);
		expect(nairobi?.population).toBeLessThan(6e6);
		const [kenya] = await q<{ units: number; country: number }>(
			`SELECT sum(a.population) AS units, any_value(c.population) AS country
			 FROM ${t('admin1')} a JOIN ${t('countries')} c USING (iso3) WHERE a.iso3 = 'KEN'`
		);
		// all eight provinces now come from one source, so they add up to the national total
		expect(Math.abs((kenya?.units ?? 0) / (kenya?.country ?? 1) - 1)).toBeLessThan(0.005);
	});
});

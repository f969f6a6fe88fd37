import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { columnVector, parquetToArrow } from './parquet-arrow';

describe('columnVector', () => {
	it('keeps nulls as nulls and values as values, for every kind', () => {
		expect([...columnVector([1, null, -3], 'int32')]).toEqual([1, null, -3]);
		expect([...columnVector([1.5, null], 'float64')]).toEqual([1.5, null]);
		expect([...columnVector([true, null, false], 'bool')]).toEqual([true, null, false]);
		expect([...columnVector(['1970-01-02', null, '2024-02-29'], 'date')]).toEqual([
			86_400_000,
			null,
			Date.UTC(2024, 1, 29)
		]);
		expect([...columnVector(['Côte d’Ivoire', null, '<img src=x>'], 'utf8')]).toEqual([
			'Côte d’Ivoire',
			null,
			'<img src=x>'
		]);
	});
});

describe('parquetToArrow', () => {
	it('decodes a derived table with its row count and a known value', async () => {
		const file = readFileSync('data/rt_capacity.parquet');
		const buffer = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
		const table = await parquetToArrow(buffer, 'rt_capacity.parquet');
		const rows = table.toArray().map((r) => r.toJSON() as { iso3: string; mv_machines: number | null });
		expect(rows.find((r) => r.iso3 === 'KEN')?.mv_machines).toBe(17);
		expect(rows.find((r) => r.iso3 === 'AFG')?.mv_machines).toBeNull();
	});
});

/** Reads the reference tables the generator builds on (countries, cancer burden, radiotherapy centres) with hyparquet. */
import { readFileSync } from 'node:fs';
import { parquetReadObjects } from 'hyparquet';
import type { Country, GapInput, RtCentre } from './places';

async function read<T>(path: string, columns: string[]): Promise<T[]> {
	const b = readFileSync(path);
	const file = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
	const rows = (await parquetReadObjects({ file, columns })) as Record<string, unknown>[];
	return rows.map(
		(r) =>
			Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])) as T
	);
}

export async function readReference(dir = 'data'): Promise<GapInput> {
	const countries = await read<Country>(`${dir}/countries.parquet`, [
		'iso3',
		'region',
		'income_group',
		'population'
	]);
	const burden = await read<{ iso3: string; year: number; site_code: number; new_cases: number | null }>(
		`${dir}/cancer_burden.parquet`,
		['iso3', 'year', 'site_code', 'new_cases']
	);
	const latest = Math.max(...burden.map((b) => b.year));
	const newCases = new Map<string, number>();
	for (const b of burden) if (b.site_code === 40 && b.year === latest) newCases.set(b.iso3, b.new_cases ?? 0);
	const rtCentres = await read<RtCentre>(`${dir}/rt_centres.parquet`, [
		'iso3',
		'city',
		'mv_machines',
		'lat',
		'lon',
		'admin1_code'
	]);
	const byKey = (a: RtCentre, b: RtCentre) =>
		a.iso3.localeCompare(b.iso3) || (a.city ?? '').localeCompare(b.city ?? '') || (a.lat ?? 0) - (b.lat ?? 0);
	return {
		countries: countries.filter((c) => c.iso3).sort((a, b) => a.iso3.localeCompare(b.iso3)),
		newCases,
		rtCentres: rtCentres.sort(byKey)
	};
}

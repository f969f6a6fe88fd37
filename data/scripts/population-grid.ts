import { readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { fromArrayBuffer } from 'geotiff';
import type { Admin1Units } from './admin1-units';
import { NEAREST_UNIT_MAX_KM } from './centre-admin1';
import { createTable } from './duck';
import { RAW, rawPath } from './paths';

export interface GridCell {
	lat: number;
	lon: number;
	population: number;
}

/** Reads the GPWv4 0.5° GeoTIFF: cells with population > 0, centre coordinates, persons per cell. */
export async function readPopulationGrid(): Promise<GridCell[]> {
	const buf = readFileSync(rawPath('populationGrid'));
	const tiff = await fromArrayBuffer(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
	const image = await tiff.getImage();
	const [west, north] = image.getOrigin();
	const [dx] = image.getResolution();
	const near = (a: number | undefined, b: number) => a !== undefined && Math.abs(a - b) < 1e-6;
	if (
		image.getWidth() !== 720 ||
		image.getHeight() !== 360 ||
		!near(west, -180) ||
		!near(north, 90) ||
		!near(dx, 0.5)
	) {
		throw new Error(
			`${RAW.populationGrid}: expected a 720 × 360 grid of 0.5° cells from (-180, 90), found ${image.getWidth()} × ${image.getHeight()} from (${west}, ${north}) step ${dx}`
		);
	}
	const [band] = (await image.readRasters()) as unknown as Float32Array[];
	if (!band) throw new Error(`${RAW.populationGrid}: no raster band`);
	const cells: GridCell[] = [];
	for (let row = 0; row < 360; row++) {
		for (let col = 0; col < 720; col++) {
			const v = band[row * 720 + col]!;
			if (v > 0 && v < 1e30)
				cells.push({ lat: 90 - (row + 0.5) * 0.5, lon: -180 + (col + 0.5) * 0.5, population: v });
		}
	}
	return cells;
}

/**
 * Table `cells`: each populated cell with the admin-1 unit containing its centre; a centre in no polygon (coasts,
 * small islands) goes to the nearest unit within 50 km, else it keeps iso3 and admin1_code NULL.
 */
export async function assignCells(
	conn: DuckDBConnection,
	units: Admin1Units,
	cells: GridCell[]
): Promise<void> {
	const data = cells.map((c) => {
		const hit = units.index.containing(c.lon, c.lat)[0];
		if (hit !== undefined) {
			const p = units.features[hit]!.properties;
			return [c.lat, c.lon, c.population, p.iso3, p.admin1_code, 'polygon'];
		}
		const near = units.index.nearest(c.lon, c.lat, NEAREST_UNIT_MAX_KM);
		if (!near) return [c.lat, c.lon, c.population, null, null, 'none'];
		const p = units.features[near.index]!.properties;
		return [c.lat, c.lon, c.population, p.iso3, p.admin1_code, 'nearest_50km'];
	});
	await createTable(
		conn,
		'cells',
		[
			['lat', 'DOUBLE'],
			['lon', 'DOUBLE'],
			['population', 'DOUBLE'],
			['iso3', 'VARCHAR'],
			['admin1_code', 'VARCHAR'],
			['assigned_by', 'VARCHAR']
		],
		data
	);
}

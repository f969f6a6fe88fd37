import { gridScale, type LatLon, type PopulationCell } from './access';
import type { Admin1Row } from './admin1-capacity';

/** One unit of a user's boundaries: polygons, each a list of rings of [longitude, latitude]. */
export interface ShapeUnit {
	code: string;
	name: string;
	polygons: readonly (readonly (readonly (readonly number[])[])[])[];
}

export interface ShapeUnitsResult {
	units: Admin1Row[];
	/** The population cells, each given the unit its centre falls in (`null`: in none of the user's shapes). */
	cells: PopulationCell[];
	/** Share of the grid's people whose cell centre falls in no shape; `null` without cells. */
	outsideShare: number | null;
	/** Units too small to hold a 0.5° cell centre: they get no population estimate. */
	withoutCells: string[];
	/** Megavoltage machines at sites in no shape. */
	unplacedMachines: number;
}

/** Even-odd test on every ring (holes included), planar in degrees: fine at the scale of a country's units. */
export function inPolygons(point: LatLon, polygons: ShapeUnit['polygons']): boolean {
	const { lon: x, lat: y } = point;
	for (const rings of polygons) {
		let inside = false;
		for (const ring of rings)
			for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				const [xi = 0, yi = 0] = ring[i] ?? [];
				const [xj = 0, yj = 0] = ring[j] ?? [];
				if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
			}
		if (inside) return true;
	}
	return false;
}

function boxOf(polygons: ShapeUnit['polygons']): [number, number, number, number] {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const rings of polygons)
		for (const ring of rings)
			for (const [lon = 0, lat = 0] of ring)
				[w, s, e, n] = [Math.min(w, lon), Math.min(s, lat), Math.max(e, lon), Math.max(n, lat)];
	return [w, s, e, n];
}

/**
 * Recomputes admin-1 units on the user's own boundaries: each population cell goes to the shape holding its centre,
 * a unit's population is its cells' people scaled to the national total (as the shipped units are), and each
 * megavoltage site counts in the shape holding it. Machines stay unknown (`null`) for a country with no DIRAC record.
 *
 * @example unitsFromShapes([{ code: 'A', name: 'A', polygons: [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]] }],
 *   [{ lat: 0.5, lon: 0.5, population: 10, admin1Code: 'X' }], [], 20) // units[0].population 20, mvMachines 0
 */
export function unitsFromShapes(
	shapes: readonly ShapeUnit[],
	cells: readonly PopulationCell[],
	sites: readonly (LatLon & { machines: number })[] | null,
	nationalPopulation: number | null
): ShapeUnitsResult {
	const indexed = shapes.map((shape) => ({ shape, box: boxOf(shape.polygons) }));
	const find = (p: LatLon): string | null => {
		for (const { shape, box } of indexed) {
			const [w, s, e, n] = box;
			if (p.lon >= w && p.lon <= e && p.lat >= s && p.lat <= n && inPolygons(p, shape.polygons))
				return shape.code;
		}
		return null;
	};
	const grid = cells.reduce((sum, c) => sum + c.population, 0);
	const scale = gridScale(nationalPopulation, grid);
	const people = new Map<string, number>();
	let outside = 0;
	const assigned = cells.map((cell) => {
		const code = find(cell);
		if (code === null) outside += cell.population;
		else people.set(code, (people.get(code) ?? 0) + cell.population);
		return { ...cell, admin1Code: code };
	});
	const machines = new Map<string, number>();
	let unplacedMachines = 0;
	for (const site of sites ?? []) {
		const code = find(site);
		if (code === null) unplacedMachines += site.machines;
		else machines.set(code, (machines.get(code) ?? 0) + site.machines);
	}
	const seen = new Set<string>();
	const units: Admin1Row[] = [];
	for (const { code, name } of shapes) {
		if (seen.has(code)) continue;
		seen.add(code);
		const inCells = people.get(code);
		units.push({
			code,
			name,
			population: inCells === undefined ? null : inCells * scale,
			mvMachines: sites === null ? null : (machines.get(code) ?? 0)
		});
	}
	return {
		units,
		cells: assigned,
		outsideShare: grid > 0 ? outside / grid : null,
		withoutCells: units.filter((u) => u.population === null).map((u) => u.code),
		unplacedMachines
	};
}

/** West, south, east, north of the cells' centres, widened by half a 0.5° cell; `null` without cells. */
export function cellBox(cells: readonly LatLon[]): [number, number, number, number] | null {
	if (cells.length === 0) return null;
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const { lat, lon } of cells)
		[w, s, e, n] = [Math.min(w, lon), Math.min(s, lat), Math.max(e, lon), Math.max(n, lat)];
	return [w - 0.25, s - 0.25, e + 0.25, n + 0.25];
}

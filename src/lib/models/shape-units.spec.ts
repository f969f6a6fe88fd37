import { describe, expect, it } from 'vitest';
import { cellBox, inPolygons, unitsFromShapes, type ShapeUnit } from './shape-units';

const rect = (w: number, s: number, e: number, n: number) => [
	[
		[w, s],
		[e, s],
		[e, n],
		[w, n],
		[w, s]
	]
];
const west: ShapeUnit = { code: 'W', name: 'West', polygons: [rect(0, 0, 1, 2)] };
const east: ShapeUnit = { code: 'E', name: 'East', polygons: [rect(1, 0, 2, 2)] };
const tiny: ShapeUnit = { code: 'T', name: 'Tiny', polygons: [rect(5, 5, 5.1, 5.1)] };
const cell = (lon: number, lat: number, population: number) => ({ lat, lon, population, admin1Code: 'old' });

describe('inPolygons', () => {
	const withHole = [[...rect(0, 0, 4, 4), ...rect(1, 1, 2, 2)]];
	it.each([
		[0.5, 0.5, true],
		[1.5, 1.5, false],
		[3, 3, true],
		[5, 5, false]
	])('(%d, %d) inside: %s', (lon, lat, inside) => expect(inPolygons({ lon, lat }, withHole)).toBe(inside));
});

describe('unitsFromShapes', () => {
	const cells = [cell(0.5, 0.5, 100), cell(0.5, 1.5, 100), cell(1.5, 1.5, 200), cell(3.5, 1.5, 100)];
	it('sums cells into units scaled to the national total, places sites, and reports what falls outside', () => {
		const result = unitsFromShapes(
			[west, east, tiny],
			cells,
			[
				{ lat: 1, lon: 0.2, machines: 2 },
				{ lat: 1, lon: 1.8, machines: 1 },
				{ lat: 9, lon: 9, machines: 4 }
			],
			1000
		);
		// Grid 500 people, national 1,000: × 2.
		expect(result.units).toEqual([
			{ code: 'W', name: 'West', population: 400, mvMachines: 2 },
			{ code: 'E', name: 'East', population: 400, mvMachines: 1 },
			{ code: 'T', name: 'Tiny', population: null, mvMachines: 0 }
		]);
		expect(result.cells.map((c) => c.admin1Code)).toEqual(['W', 'W', 'E', null]);
		expect(result.outsideShare).toBeCloseTo(0.2);
		expect(result.withoutCells).toEqual(['T']);
		expect(result.unplacedMachines).toBe(4);
	});

	it('keeps machines unknown for a country with no DIRAC record', () => {
		expect(unitsFromShapes([west], cells, null, null).units[0]?.mvMachines).toBeNull();
	});

	it('boxes the cells with half a cell around', () => {
		expect(cellBox(cells)).toEqual([0.25, 0.25, 3.75, 1.75]);
		expect(cellBox([])).toBeNull();
	});
});

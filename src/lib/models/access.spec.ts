import { describe, expect, it } from 'vitest';
import {
	broughtWithinReach,
	greatCircleKm,
	gridScale,
	mostPopulousCell,
	nearestSiteKm,
	reachBox,
	reachSummary,
	shareBeyond,
	unitAt,
	withAddedSites,
	type PopulationCell
} from './access';

describe('greatCircleKm', () => {
	it.each([
		// One degree of the equator or of a meridian: 2π × 6,371.0088 / 360.
		[{ lat: 0, lon: 0 }, { lat: 0, lon: 1 }, 111.195],
		[{ lat: 10, lon: 20 }, { lat: 11, lon: 20 }, 111.195],
		// At 60° a degree of longitude is about half as long (111.195 × cos 60° ≈ 55.6, a little more on the circle).
		[{ lat: 60, lon: 0 }, { lat: 60, lon: 1 }, 55.597],
		// Across the antimeridian.
		[{ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 }, 111.195],
		// Nairobi to Mombasa, about 440 km.
		[{ lat: -1.2864, lon: 36.8172 }, { lat: -4.0435, lon: 39.6682 }, 440.6],
		[{ lat: 5, lon: 5 }, { lat: 5, lon: 5 }, 0]
	])('%o to %o is %f km', (a, b, km) => {
		expect(greatCircleKm(a, b)).toBeCloseTo(km, 0);
		expect(Math.abs(greatCircleKm(a, b) - km)).toBeLessThan(0.5);
	});
});

const cell = (lat: number, lon: number, population: number, admin1Code: string | null): PopulationCell => ({
	lat,
	lon,
	population,
	admin1Code
});

// Cells along the equator, 0.5° (55.6 km) apart; one site at 0°, 0°.
const cells = [
	cell(0, 0, 100, 'A'),
	cell(0, 0.5, 200, 'A'),
	cell(0, 1.5, 300, 'B'),
	cell(0, 2.5, 400, 'B'),
	cell(0, 5, 500, null)
];

describe('nearestSiteKm', () => {
	it('gives each cell its nearest site, and Infinity beyond the limit', () => {
		const km = nearestSiteKm(cells, [{ lat: 0, lon: 0 }], 200);
		expect(km[0]).toBe(0);
		expect(km[1]).toBeCloseTo(55.6, 1);
		expect(km[2]).toBeCloseTo(166.8, 1);
		expect(km[3]).toBe(Infinity); // 278 km
		expect(km[4]).toBe(Infinity);
	});

	it('takes the nearer of two sites and handles no site at all', () => {
		const km = nearestSiteKm(
			cells,
			[
				{ lat: 0, lon: 0 },
				{ lat: 0, lon: 4 }
			],
			200
		);
		expect(km[3]).toBeCloseTo(166.8, 1); // 1.5° from the site at 4°
		expect(km[4]).toBeCloseTo(111.2, 1);
		expect(nearestSiteKm(cells, [], 200).every((d) => d === Infinity)).toBe(true);
	});
});

describe('reachSummary and shareBeyond', () => {
	const baseline = nearestSiteKm(cells, [{ lat: 0, lon: 0 }], 200);
	const summary = reachSummary(cells, baseline);

	it('sums people within 100 and 200 km, for the country and each unit', () => {
		expect(summary.country).toEqual({ population: 1500, within100: 300, within200: 600 });
		expect(summary.byUnit.get('A')).toEqual({ population: 300, within100: 300, within200: 300 });
		expect(summary.byUnit.get('B')).toEqual({ population: 700, within100: 0, within200: 300 });
		expect(summary.byUnit.has('null')).toBe(false);
	});

	it('turns totals into the share beyond each radius, null without people', () => {
		expect(shareBeyond(summary.country, 100)).toBeCloseTo(0.8);
		expect(shareBeyond(summary.country, 200)).toBeCloseTo(0.6);
		expect(shareBeyond(summary.byUnit.get('A'), 200)).toBe(0);
		expect(shareBeyond({ population: 0, within100: 0, within200: 0 }, 100)).toBeNull();
		expect(shareBeyond(undefined, 100)).toBeNull();
	});

	it('counts the people an added machine brings within reach, once', () => {
		const after = withAddedSites(cells, baseline, [{ lat: 0, lon: 2.5 }], 200);
		const next = reachSummary(cells, after);
		// Within 100 km of 2.5°: the cells at 2.5° (400) and 1.5°? No: 1.5° is 111 km away; 400 only.
		expect(broughtWithinReach(summary.country, next.country, 100)).toBe(400);
		// Within 200 km: 400 (2.5°) + 500 (5° is 278 km: no) → the cell at 1.5° was already within 200 km.
		expect(broughtWithinReach(summary.country, next.country, 200)).toBe(400);
		expect(broughtWithinReach(summary.country, next.country, 100, 2)).toBe(800);
		expect(withAddedSites(cells, baseline, [], 200)).toEqual(baseline);
	});
});

describe('gridScale, unitAt and mostPopulousCell', () => {
	it('scales grid people to the national total, 1 when unknown', () => {
		expect(gridScale(3000, 1500)).toBe(2);
		expect(gridScale(null, 1500)).toBe(1);
		expect(gridScale(3000, 0)).toBe(1);
	});

	it('finds the unit of a point from the nearest cell within 40 km', () => {
		expect(unitAt({ lat: 0.1, lon: 1.4 }, cells)).toBe('B');
		expect(unitAt({ lat: 0, lon: 3.5 }, cells)).toBeNull(); // 55 km from the nearest cell
		expect(unitAt({ lat: 0, lon: 5 }, cells)).toBeNull(); // a cell with no unit
	});

	it('places a unit’s machine at its most populous cell', () => {
		expect(mostPopulousCell(cells, 'B')).toEqual({ lat: 0, lon: 2.5 });
		expect(mostPopulousCell(cells, 'Z')).toBeNull();
	});
});

describe('reachBox', () => {
	it('widens the cells’ box by the radius, more in longitude away from the equator', () => {
		const box = reachBox(
			[
				{ lat: 0, lon: 10 },
				{ lat: 2, lon: 12 }
			],
			200
		);
		expect(box?.south).toBeCloseTo(-2.3, 1);
		expect(box?.north).toBeCloseTo(4.3, 1);
		expect(box!.west).toBeLessThan(10 - 2.3);
		expect(reachBox([], 200)).toBeNull();
	});

	it('opens to the whole band of longitudes near the antimeridian', () => {
		const box = reachBox(
			[
				{ lat: 60, lon: 179 },
				{ lat: 60, lon: -179 }
			],
			200
		);
		expect(box).toMatchObject({ west: -180, east: 180 });
	});
});

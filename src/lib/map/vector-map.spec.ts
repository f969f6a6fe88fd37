import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { vectorMap } from './vector-map';

const require = createRequire(import.meta.url);
const topology = JSON.parse(
	readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')
) as Topology;
const numericToIso3 = new Map([
	['404', 'KEN'],
	['840', 'USA'],
	['076', 'BRA']
]);
const fillOf = (iso3: string | null) =>
	iso3 === 'KEN'
		? { colour: '#21918c', hatched: false }
		: iso3 === 'BRA'
			? { colour: '#d9d9d9', hatched: true }
			: { colour: '#d9d9d9', hatched: false };
const boston: [number, number] = [-71.06, 42.36];
const nairobi: [number, number] = [36.82, -1.29];
const places = [
	{ id: 'H1', kind: 'hub' as const, lon: boston[0], lat: boston[1], active: true },
	{ id: 'C1', kind: 'centre' as const, lon: nairobi[0], lat: nairobi[1], active: true }
];

describe('vectorMap', () => {
	const map = vectorMap(topology, numericToIso3, fillOf, places, [
		{ from: boston, to: nairobi, weight: 400 },
		{ from: nairobi, to: boston, weight: 100 },
		{ from: boston, to: boston, weight: 0 }
	]);

	it('draws every country but Antarctica, each with its fill', () => {
		expect(map.countries.length).toBeGreaterThan(200);
		expect(map.countries.find((c) => c.id === '010')).toBeUndefined();
		expect(map.countries.find((c) => c.id === '404')?.fill).toEqual({ colour: '#21918c', hatched: false });
		expect(map.countries.find((c) => c.id === '076')?.fill.hatched).toBe(true);
		expect(map.countries.every((c) => c.d.startsWith('M'))).toBe(true);
	});

	it('projects places inside the frame, Nairobi east of and south of Boston', () => {
		const [hub, centre] = map.points;
		for (const p of map.points) {
			expect(p.x).toBeGreaterThan(0);
			expect(p.x).toBeLessThan(map.width);
			expect(p.y).toBeGreaterThan(0);
			expect(p.y).toBeLessThan(map.height);
		}
		expect(centre!.x).toBeGreaterThan(hub!.x);
		expect(centre!.y).toBeGreaterThan(hub!.y);
	});

	it('draws links with hours as arcs, heaviest last and widest, none for zero hours', () => {
		expect(map.arcs.map((a) => a.weight)).toEqual([100, 400]);
		expect(map.arcs[1]?.width).toBe(7);
		expect(map.arcs[0]?.width).toBeCloseTo(0.75 + 6.25 * 0.5, 2);
		// A great circle from Boston to Nairobi is resampled into many segments, not one straight line.
		expect((map.arcs[1]?.d.match(/L/g) ?? []).length).toBeGreaterThan(5);
	});
});

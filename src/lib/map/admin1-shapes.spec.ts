import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { admin1Features, shapesBounds } from './admin1-shapes';

const topology = (iso3: string) => JSON.parse(readFileSync(`data/admin1/${iso3}.json`, 'utf8')) as Topology;

describe('admin1Features', () => {
	it('reads Kenya’s 8 former provinces with their codes', () => {
		const shapes = admin1Features(topology('KEN'));
		expect(shapes.features.map((f) => f.properties.admin1_code).sort()).toEqual([
			'KE-110',
			'KE-200',
			'KE-300',
			'KE-400',
			'KE-500',
			'KE-600',
			'KE-700',
			'KE-800'
		]);
		const [west = 0, south = 0, east = 0, north = 0] = shapesBounds(shapes) ?? [];
		expect(west).toBeGreaterThan(33);
		expect(east).toBeLessThan(42);
		expect(south).toBeGreaterThan(-5);
		expect(north).toBeLessThan(5.5);
	});

	it('keeps Fiji’s rings continuous across the antimeridian', () => {
		const shapes = admin1Features(topology('FJI'));
		for (const f of shapes.features) {
			const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			for (const ring of polygons.flat())
				for (let i = 1; i < ring.length; i++)
					expect(Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0))).toBeLessThan(180);
		}
	});

	it('names the missing object', () => {
		expect(() => admin1Features(topology('KEN'), 'states')).toThrow(/states/);
	});
});

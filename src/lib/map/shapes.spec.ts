import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { continuousRing, countryShapes } from './shapes';

const require = createRequire(import.meta.url);
const topology = JSON.parse(
	readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')
) as Topology;

describe('continuousRing', () => {
	it('unwraps a ring that crosses the antimeridian', () => {
		const ring = continuousRing([
			[179, 0],
			[-179, 0],
			[-179, 1],
			[179, 1],
			[179, 0]
		]);
		expect(ring.map(([lon]) => lon)).toEqual([179, 181, 181, 179, 179]);
	});

	it('leaves an ordinary ring alone', () => {
		const ring: [number, number][] = [
			[10, 0],
			[11, 0],
			[11, 1],
			[10, 0]
		];
		expect(continuousRing(ring)).toEqual(ring);
	});
});

describe('countryShapes', () => {
	const shapes = countryShapes(
		topology,
		new Map([
			['566', 'NGA'],
			['643', 'RUS'],
			['242', 'FJI']
		])
	);

	it('drops Antarctica and joins ISO3 through the numeric code', () => {
		expect(shapes.features.some((f) => f.properties.isoNumeric === '010')).toBe(false);
		const nigeria = shapes.features.find((f) => f.properties.isoNumeric === '566');
		expect(nigeria?.properties.iso3).toBe('NGA');
	});

	it.each(['643', '242'])('keeps every ring of %s free of jumps across the map', (code) => {
		const country = shapes.features.find((f) => f.properties.isoNumeric === code);
		const polygons =
			country?.geometry.type === 'MultiPolygon'
				? country.geometry.coordinates
				: [country?.geometry.coordinates ?? []];
		for (const polygon of polygons) {
			for (const ring of polygon as number[][][]) {
				for (let i = 1; i < ring.length; i++) {
					expect(Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0))).toBeLessThan(180);
				}
			}
		}
	});
});

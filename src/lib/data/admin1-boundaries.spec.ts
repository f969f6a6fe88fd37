import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAdmin1Boundaries, type Box } from './admin1-boundaries';

const kenyaBox: Box = [33.9, -4.7, 41.9, 5.0];
const text = (name: string) => readFileSync(`tests/fixtures/country/${name}`, 'utf8');
const square = (lon: number, lat: number) => [
	[
		[lon, lat],
		[lon + 1, lat],
		[lon + 1, lat + 1],
		[lon, lat + 1],
		[lon, lat]
	]
];

describe('readAdmin1Boundaries', () => {
	it('reads polygons, finds the name and code properties, and leaves out points', () => {
		const read = readAdmin1Boundaries(text('kenya-halves.geojson'), 'k.geojson', 'KEN', kenyaBox);
		if (!read.ok) throw new Error(read.problem.kind);
		expect(read.nameProperty).toBe('ADM1_EN');
		expect(read.codeProperty).toBe('ADM1_PCODE');
		expect(read.skipped).toBe(1);
		expect(read.shapes.features.map((f) => f.properties)).toEqual([
			{ admin1_code: 'KE-W', name: 'West Kenya', iso3: 'KEN' },
			{ admin1_code: 'KE-E', name: 'East Kenya', iso3: 'KEN' }
		]);
	});

	it('reads TopoJSON and gives units without codes one code per name', () => {
		const topology = {
			type: 'Topology',
			objects: {
				units: {
					type: 'GeometryCollection',
					geometries: [
						{ type: 'Polygon', arcs: [[0]], properties: { shapeName: 'North' } },
						{ type: 'Polygon', arcs: [[1]], properties: { shapeName: 'South' } }
					]
				}
			},
			arcs: [square(36, 1)[0], square(36, -2)[0]]
		};
		const read = readAdmin1Boundaries(JSON.stringify(topology), 't.topojson', 'KEN', kenyaBox);
		if (!read.ok) throw new Error(read.problem.kind);
		expect(read.shapes.features.map((f) => [f.properties.admin1_code, f.properties.name])).toEqual([
			['KEN-U1', 'North'],
			['KEN-U2', 'South']
		]);
	});

	it.each([
		['{"type":', 'not_json'],
		['{"rows": []}', 'not_geojson'],
		[text('kenya-points.geojson'), 'no_polygons'],
		[text('france-boundaries.geojson'), 'outside_country'],
		[
			JSON.stringify({
				type: 'Feature',
				properties: { name: 'Projected' },
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[250000, 9800000],
							[260000, 9800000],
							[250000, 9810000],
							[250000, 9800000]
						]
					]
				}
			}),
			'not_degrees'
		],
		[
			JSON.stringify({
				type: 'Feature',
				properties: { id: 3 },
				geometry: { type: 'Polygon', coordinates: square(36, 0) }
			}),
			'no_names'
		]
	])('refuses %#: %s', (input, problem) => {
		const read = readAdmin1Boundaries(input, 'f.geojson', 'KEN', kenyaBox);
		expect(read.ok ? null : read.problem.kind).toBe(problem);
	});
});

import { geoDistance } from 'd3';
import { describe, expect, it } from 'vitest';
import { greatCircleArc, linkWidthExpression, overlayFeatures } from './overlay';

describe('greatCircleArc', () => {
	it('runs from one end to the other along the great circle', () => {
		const arc = greatCircleArc([-71.06, 42.36], [3.38, 6.52], 10);
		expect(arc).toHaveLength(11);
		expect(arc[0]?.[0]).toBeCloseTo(-71.06, 6);
		expect(arc[10]?.[1]).toBeCloseTo(6.52, 6);
		const total = geoDistance([-71.06, 42.36], [3.38, 6.52]);
		let sum = 0;
		for (let i = 1; i < arc.length; i++)
			sum += geoDistance(arc[i - 1] as [number, number], arc[i] as [number, number]);
		expect(sum).toBeCloseTo(total, 6);
	});
	it('crosses the antimeridian without jumping', () => {
		const arc = greatCircleArc([170, -40], [-170, -40], 8);
		for (let i = 1; i < arc.length; i++)
			expect(Math.abs((arc[i]?.[0] ?? 0) - (arc[i - 1]?.[0] ?? 0))).toBeLessThan(10);
		expect(arc[8]?.[0]).toBeCloseTo(190, 6);
	});
});

describe('overlayFeatures', () => {
	it('draws links under places, heaviest link last, and drops empty links', () => {
		const data = overlayFeatures(
			[{ id: 'H01', kind: 'hub', lon: -71, lat: 42, active: true }],
			[
				{ from: [-71, 42], to: [3, 6], weight: 30 },
				{ from: [-71, 42], to: [36, -1], weight: 5 },
				{ from: [-71, 42], to: [10, 10], weight: 0 }
			]
		);
		expect(data.features.map((f) => f.properties.kind)).toEqual(['link', 'link', 'hub']);
		expect(data.features.map((f) => f.properties.weight)).toEqual([5, 30, 0]);
	});
});

describe('linkWidthExpression', () => {
	it('scales by the square root up to the heaviest link', () => {
		expect(linkWidthExpression(100)).toEqual([
			'interpolate',
			['linear'],
			['sqrt', ['get', 'weight']],
			0,
			0.75,
			10,
			7
		]);
		expect(linkWidthExpression(0)).toBe(1);
	});
});

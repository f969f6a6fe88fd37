import { describe, expect, it } from 'vitest';
import { countryPaths } from './world-svg';

describe('countryPaths', () => {
	const paths = countryPaths(800, 450);

	it('draws every country but Antarctica, keyed by ISO numeric code', () => {
		expect(paths.length).toBeGreaterThan(150);
		expect(paths.some((p) => p.isoNumeric === '010')).toBe(false);
		expect(paths.some((p) => p.isoNumeric === '404')).toBe(true);
	});

	it("opens on maplibre's view: the centre (15° E, 15° N) in the middle, Kenya right of it and below", () => {
		const kenya = paths.find((p) => p.isoNumeric === '404');
		const [x = 0, y = 0] = (kenya?.d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
		expect(x).toBeGreaterThan(400);
		expect(x).toBeLessThan(500);
		expect(y).toBeGreaterThan(225);
		expect(y).toBeLessThan(300);
	});
});

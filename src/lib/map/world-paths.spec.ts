import { describe, expect, it } from 'vitest';
import { worldPaths } from './world-paths';
import { countryPaths, worldViewBox } from './world-svg';

describe('worldPaths', () => {
	it('is the projection of the shipped shapes in the Overview’s box (npm run data:summary rewrites it)', () => {
		expect(worldPaths).toEqual(countryPaths(worldViewBox.width, worldViewBox.height));
	});
});

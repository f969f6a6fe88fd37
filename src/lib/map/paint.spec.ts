import { describe, expect, it } from 'vitest';
import { fillColourExpression, iso3Filter } from './paint';
import { accessScale, noDataColour, thresholdScale, viridis5 } from './scales';

describe('thresholdScale', () => {
	it.each([
		[0, viridis5[0]],
		[0.19, viridis5[0]],
		[0.2, viridis5[1]],
		[0.79, viridis5[3]],
		[1, viridis5[4]]
	])('puts %f in its class', (value, colour) => expect(accessScale.colourFor(value)).toBe(colour));

	it('gives missing values no colour of the ramp', () => {
		expect(accessScale.colourFor(null)).toBeNull();
		expect(accessScale.colourFor(Number.NaN)).toBeNull();
	});

	it('refuses a mismatched number of colours', () => {
		expect(() => thresholdScale([1, 2], ['#000'])).toThrow(/one more colour/);
	});
});

describe('fillColourExpression', () => {
	it('matches ISO3 codes to class colours and leaves missing values to the fallback', () => {
		const values = new Map<string, number | null>([
			['NGA', 0.1],
			['KEN', null],
			['FRA', 1]
		]);
		expect(fillColourExpression(values, accessScale, noDataColour)).toEqual([
			'match',
			['get', 'iso3'],
			'NGA',
			viridis5[0],
			'FRA',
			viridis5[4],
			noDataColour
		]);
	});

	it('returns the plain fallback when nothing has a value', () => {
		expect(fillColourExpression(new Map(), accessScale, noDataColour)).toBe(noDataColour);
	});

	it('builds a membership filter', () => {
		expect(iso3Filter(['AFG'])).toEqual(['in', ['get', 'iso3'], ['literal', ['AFG']]]);
	});
});

import { describe, expect, it } from 'vitest';
import { fillColourExpression, iso3Filter, machineRadius } from './paint';
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

describe('keys other than ISO3 and machine radii', () => {
	it('matches admin-1 codes when told the property', () => {
		const expression = fillColourExpression(
			new Map([['KE-110', 0.1]]),
			accessScale,
			noDataColour,
			'admin1_code'
		);
		expect(expression).toEqual(['match', ['get', 'admin1_code'], 'KE-110', viridis5[0], noDataColour]);
		expect(iso3Filter(['KE-110'], 'admin1_code')).toEqual([
			'in',
			['get', 'admin1_code'],
			['literal', ['KE-110']]
		]);
	});

	it.each([
		[0, 3],
		[1, 5],
		[4, 8],
		[9, 11]
	])('%i machines → radius %f px', (machines, radius) => expect(machineRadius(machines)).toBe(radius));
});

import { describe, expect, it } from 'vitest';
import { validateParameter } from './parameter-url';
import { defaultParameters, numericParameterIds, parameterDefinitions } from './parameters';

describe('parameter definitions', () => {
	it.each(numericParameterIds)('%s: default within min–max, URL-safe id, cited', (id) => {
		const definition = parameterDefinitions[id];
		expect(definition.id).toBe(id);
		expect(id).toMatch(/^[a-z]+$/);
		expect(definition.min).toBeLessThanOrEqual(definition.default);
		expect(definition.default).toBeLessThanOrEqual(definition.max);
		expect(definition.step).toBeGreaterThan(0);
		expect(definition.citation.author).not.toBe('');
		expect(definition.citation.year).toBeGreaterThan(1990);
		// each default names where in the source its figure stands (journal, table or section)
		expect(definition.citation.locator ?? '').not.toBe('');
		expect(`${definition.note} ${definition.citation.title}`).not.toMatch(/to be verified/i);
		for (const scenario of 'scenarios' in definition ? definition.scenarios : []) {
			expect(validateParameter(id, scenario.value)).toBeNull();
			const citation: { locator?: string } | undefined =
				'citation' in scenario ? scenario.citation : undefined;
			if (citation) expect(citation.locator ?? '').not.toBe('');
		}
	});

	it('holds the cited defaults', () => {
		expect(defaultParameters).toEqual({
			rtu: 0.5,
			courses: 450,
			retreat: 1,
			mpm: 4,
			ro: 250,
			mp: 400,
			mpmach: 1,
			rtt: 3.4,
			chemo: 0.58,
			mo: 150,
			surg: 0.8,
			sao: 20,
			path: 14,
			basis: 'cases',
			rtuBasis: 'flat'
		});
	});

	it('lets the utilisation reach Yap et al. 2016’s country range (32 % Mongolia to 59 % Comoros)', () => {
		expect(validateParameter('rtu', 0.32)).toBeNull();
		expect(validateParameter('rtu', 0.59)).toBeNull();
	});

	it('labels the chemotherapy share as inferred and the pathology target as a user choice', () => {
		expect(parameterDefinitions.chemo.origin).toBe('inferred');
		expect(parameterDefinitions.path.origin).toBe('user-choice');
	});

	it('offers the 450 / 500 / 1,000 courses scenarios and Barton’s 0.483', () => {
		expect(parameterDefinitions.courses.scenarios.map((scenario) => scenario.value)).toEqual([
			450, 500, 1000
		]);
		expect(parameterDefinitions.rtu.scenarios.map((scenario) => scenario.value)).toEqual([0.483]);
	});
});

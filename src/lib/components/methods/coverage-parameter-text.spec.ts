import { describe, expect, it } from 'vitest';
import { coverageParameterDefinitions, type CoverageParameterId } from '$lib/models/coverage-parameters';
import { coverageParameterText } from './coverage-parameter-text';

describe('coverageParameterText', () => {
	it.each(Object.keys(coverageParameterDefinitions) as CoverageParameterId[])(
		'%s reads in English as its definition says',
		(id) => {
			const definition = coverageParameterDefinitions[id];
			const text = coverageParameterText[id];
			expect(text.label()).toBe(definition.label);
			expect(text.unit()).toBe(definition.unit);
			expect(text.note()).toBe(definition.note);
		}
	);
});

import { describe, expect, it } from 'vitest';
import { numericParameterIds, parameterDefinitions } from '$lib/models/parameters';
import { parameterText, scenarioLabel } from './parameter-text';

describe('parameterText', () => {
	it.each(numericParameterIds)('the English text of %s is the definition’s own', (id) => {
		const definition = parameterDefinitions[id];
		expect(parameterText[id].label()).toBe(definition.label);
		expect(parameterText[id].unit()).toBe(definition.unit);
		expect(parameterText[id].note()).toBe(definition.note);
		const scenarios: readonly { label: string; value: number }[] =
			'scenarios' in definition ? definition.scenarios : [];
		for (const scenario of scenarios) {
			expect(scenarioLabel(id, scenario.value, '')).toBe(scenario.label);
		}
	});
});

import { describe, expect, it } from 'vitest';
import { readParameters, writeParameters } from './parameter-url';
import {
	defaultParameters,
	numericParameterIds,
	parameterDefinitions,
	type ModelParameters
} from './parameters';

describe('readParameters', () => {
	it.each([
		['', {}, []],
		['rtu=0.483', { rtu: 0.483 }, []],
		['courses=1000&basis=population', { courses: 1000, basis: 'population' }, []],
		['ro=200&view=gaps', { ro: 200 }, []],
		['rtu=0.7', {}, [['rtu', 'out-of-range']]],
		['rtu=0.29', {}, [['rtu', 'out-of-range']]],
		['rtu=0.32', { rtu: 0.32 }, []],
		['rtubasis=case-mix&retreat=1.2', { rtuBasis: 'case-mix', retreat: 1.2 }, []],
		['rtubasis=mixed', {}, [['rtubasis', 'unknown-choice']]],
		['courses=abc', {}, [['courses', 'not-a-number']]],
		['courses=', {}, [['courses', 'not-a-number']]],
		['courses=Infinity', {}, [['courses', 'not-a-number']]],
		['courses=0x1F4', {}, [['courses', 'not-a-number']]],
		['courses=%20500', {}, [['courses', 'not-a-number']]],
		['mo=-150', {}, [['mo', 'out-of-range']]],
		['basis=gdp', {}, [['basis', 'unknown-choice']]],
		['rtu=0.45&rtu=0.99', { rtu: 0.45 }, []],
		['rtu=.55&mo=x&path=30', { rtu: 0.55, path: 30 }, [['mo', 'not-a-number']]]
	] as const)('%s', (query, changed, expectedIssues) => {
		const { values, issues } = readParameters(new URLSearchParams(query));
		expect(values).toEqual({ ...defaultParameters, ...changed });
		expect(issues.map((issue) => [issue.id, issue.reason])).toEqual(expectedIssues);
	});

	it('reports the value used instead and a readable message', () => {
		const [issue] = readParameters(new URLSearchParams('rtu=0.9')).issues;
		expect(issue).toMatchObject({ raw: '0.9', used: 0.5 });
		expect(issue?.message).toContain('outside 0.3–0.65');
	});
});

describe('writeParameters', () => {
	it('writes nothing for the defaults', () => {
		expect(writeParameters(defaultParameters).toString()).toBe('');
	});

	it('writes only non-default values, keeps other keys, and removes keys set back to default', () => {
		const base = new URLSearchParams('view=gaps&rtu=0.45&courses=500');
		const next = writeParameters({ ...defaultParameters, rtu: 0.45, mo: 500 }, base);
		expect(next.toString()).toBe('view=gaps&rtu=0.45&mo=500');
		expect(base.toString()).toBe('view=gaps&rtu=0.45&courses=500');
	});

	it('round-trips every parameter at its min, max and scenarios', () => {
		const variants: ModelParameters[] = [
			{ ...defaultParameters, basis: 'population' },
			{ ...defaultParameters, rtuBasis: 'case-mix' },
			...numericParameterIds.flatMap((id) => {
				const definition = parameterDefinitions[id];
				const scenarios = 'scenarios' in definition ? definition.scenarios.map((s) => s.value) : [];
				return [definition.min, definition.max, ...scenarios].map((value) => ({
					...defaultParameters,
					[id]: value
				}));
			})
		];
		for (const values of variants) {
			const read = readParameters(writeParameters(values));
			expect(read.issues).toEqual([]);
			expect(read.values).toEqual(values);
		}
	});
});

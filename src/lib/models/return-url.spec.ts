import { describe, expect, it } from 'vitest';
import { defaultReturnParameters } from './return-parameters';
import {
	defaultScenarios,
	readBenefitMode,
	readMarketHorizon,
	readReturnParameters,
	readScenario,
	writeBenefitMode,
	writeMarketHorizon,
	writeReturnParameters,
	writeScenario
} from './return-url';

describe('return parameters in the URL', () => {
	it('round-trips non-default values and keeps other keys', () => {
		const values = { ...defaultReturnParameters, surv: 0.4, price: 2_500_000 };
		const search = writeReturnParameters(values, new URLSearchParams('view=x&surv=0.1'));
		expect(search.toString()).toBe('view=x&surv=0.4&price=2500000');
		expect(readReturnParameters(search).values).toEqual(values);
		expect(writeReturnParameters(defaultReturnParameters, search).toString()).toBe('view=x');
	});

	it('reads an unset parameter as null, and writing null removes it', () => {
		expect(readReturnParameters(new URLSearchParams('')).values.price).toBeNull();
		expect(readReturnParameters(new URLSearchParams('emp=0.6')).values.emp).toBe(0.6);
		const search = writeReturnParameters(
			{ ...defaultReturnParameters, emp: null },
			new URLSearchParams('emp=0.6')
		);
		expect(search.toString()).toBe('');
	});

	it('carries the benefit mode: incremental by default, gross on request', () => {
		expect(readBenefitMode(new URLSearchParams(''))).toBe('incremental');
		expect(readBenefitMode(new URLSearchParams('benefit=gross'))).toBe('gross');
		expect(readBenefitMode(new URLSearchParams('benefit=other'))).toBe('incremental');
		expect(writeBenefitMode('gross', new URLSearchParams('a=1')).toString()).toBe('a=1&benefit=gross');
		expect(writeBenefitMode('incremental', new URLSearchParams('benefit=gross')).toString()).toBe('');
	});

	it.each([
		['surv=2', 'surv'],
		['emp=abc', 'emp'],
		['disc=1e-2', 'disc']
	])('ignores %s and reports it', (query, key) => {
		const { values, issues } = readReturnParameters(new URLSearchParams(query));
		expect(values).toEqual(defaultReturnParameters);
		expect(issues.map((i) => i.key)).toEqual([key]);
	});
});

describe('scenarios in the URL', () => {
	it('round-trips both scenarios', () => {
		const a = {
			scope: 'region:Sub-Saharan Africa',
			share: 0.25,
			startYear: 2027,
			targetYear: 2040,
			twoMachineShare: 1
		};
		let search = writeScenario(a, 'a', new URLSearchParams());
		search = writeScenario({ ...defaultScenarios.b, scope: 'income:L' }, 'b', search);
		expect(readScenario(search, 'a')).toEqual({ value: a, issues: [] });
		expect(readScenario(search, 'b').value.scope).toBe('income:L');
		expect(writeScenario(defaultScenarios.a, 'a', new URLSearchParams()).toString()).toBe('');
	});

	it.each([
		['a.scope=ken', 'a.scope'],
		['a.scope=income:X', 'a.scope'],
		['a.share=1.5', 'a.share'],
		['a.from=2030&a.by=2028', 'a.by']
	])('rejects %s', (query, key) => {
		const { issues, value } = readScenario(new URLSearchParams(query), 'a');
		expect(issues.map((i) => i.key)).toEqual([key]);
		expect(value.targetYear).toBeGreaterThanOrEqual(value.startYear);
	});
});

describe('market horizon in the URL', () => {
	it.each([
		['years=15', 15],
		['years=0', 10],
		['years=51', 10],
		['years=1.5', 10],
		['', 10]
	])('%s → %s', (query, expected) => {
		const years = readMarketHorizon(new URLSearchParams(query));
		expect(years).toBe(expected);
		expect(readMarketHorizon(writeMarketHorizon(years, new URLSearchParams()))).toBe(years);
	});
});

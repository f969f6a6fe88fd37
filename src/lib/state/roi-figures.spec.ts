import { describe, expect, it } from 'vitest';
import { nodeProgramQuery } from '../../../tests/support/node-duckdb';
import { marketFor } from '$lib/models/market';
import { defaultParameters } from '$lib/models/parameters';
import {
	defaultReturnParameters,
	returnParameter,
	returnParameterIds,
	type ReturnParameterId
} from '$lib/models/return-parameters';
import { lastCall, marketParameterIds, newCentreCostIds, programParameterIds } from './roi-figures';
import { readProgramReturn } from './roi';
import { programReturns } from './roi-view';

// Every parameter set, a price and an employment ratio included, so that no figure is "not set".
const base = {
	...defaultReturnParameters,
	emp: 0.55,
	price: 3_000_000,
	tro: 40_000,
	tmp: 30_000,
	trtt: 10_000
};
const extremes = (id: ReturnParameterId) => [returnParameter(id).min, returnParameter(id).max];

describe('lastCall', () => {
	it('answers again from memory while the key is the same, and computes when a key value changes', () => {
		let calls = 0;
		const double = lastCall(
			(p: { a: number; b: number }) => {
				calls++;
				return { twice: p.a * 2 };
			},
			(p) => [p.a]
		);
		const first = double({ a: 2, b: 1 });
		expect(double({ a: 2, b: 9 })).toBe(first);
		expect(calls).toBe(1);
		expect(double({ a: 3, b: 9 })).toEqual({ twice: 6 });
		expect(calls).toBe(2);
		// NaN is the same key as NaN (Object.is), -0 another than 0.
		expect(double({ a: Number.NaN, b: 0 })).toBe(double({ a: Number.NaN, b: 1 }));
		expect(calls).toBe(3);
	});
});

describe('the parameters each /roi figure reads', () => {
	it('splits every return parameter into program or new-centre cost', () => {
		expect([...programParameterIds, ...newCentreCostIds].sort()).toEqual([...returnParameterIds].sort());
	});

	it('leaves the market as it was when any other parameter moves to its minimum or maximum', () => {
		const country = {
			iso3: 'AAA',
			name: 'A',
			region: 'R1',
			machineGap: 30,
			machinesInstalled: 15,
			hasRecord: true
		};
		const central = marketFor(country, 10, base, defaultParameters);
		for (const id of returnParameterIds.filter((i) => !marketParameterIds.includes(i)))
			for (const v of extremes(id))
				expect(marketFor(country, 10, { ...base, [id]: v }, defaultParameters), id).toEqual(central);
		for (const id of marketParameterIds)
			expect(
				extremes(id).some(
					(v) =>
						JSON.stringify(marketFor(country, 10, { ...base, [id]: v }, defaultParameters)) !==
						JSON.stringify(central)
				),
				id
			).toBe(true);
	});

	it("leaves the program's returns as they were when a new-centre cost moves, on the default data", async () => {
		const query = await nodeProgramQuery(['centres', 'engagements', 'investments', 'outcomes', 'sessions'], {
			reference: ['countries'],
			dir: 'data/program'
		});
		const cases = (await readProgramReturn(query).finally(() => query.close())).cases;
		const central = programReturns(cases, base, 'gross');
		expect(central.portfolio.returns.fullIncome.status).toBe('ok');
		for (const id of newCentreCostIds)
			expect(programReturns(cases, { ...base, [id]: returnParameter(id).max }, 'gross'), id).toEqual(central);
		// A program parameter does move them: the list is not too short to matter.
		expect(programReturns(cases, { ...base, vly: returnParameter('vly').max }, 'gross')).not.toEqual(central);
	}, 120_000);
});

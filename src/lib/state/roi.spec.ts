import { describe, expect, it } from 'vitest';
import { nodeProgramQuery } from '../../../tests/support/node-duckdb';
import { portfolioReturn, firstInvestmentYear } from '$lib/models/centre-return';
import { defaultReturnParameters } from '$lib/models/return-parameters';
import { pooledChange, readProgramReturn } from './roi';

async function casesFrom(dir: string) {
	const query = await nodeProgramQuery(['centres', 'engagements', 'investments', 'outcomes', 'sessions'], {
		reference: ['countries'],
		dir
	});
	try {
		return (await readProgramReturn(query)).cases;
	} finally {
		query.close();
	}
}

describe('before and after mentorship, on both generated variants', () => {
	it('shows a rise on the default data', async () => {
		const cases = await casesFrom('data/program');
		expect(cases.filter((c) => c.comparison.status === 'ok').length).toBeGreaterThan(30);
		expect(pooledChange(cases)).toBeGreaterThan(0.08);
	});

	it('shows no effect on the "no effect" variant', async () => {
		const cases = await casesFrom('data/program/no-effect');
		const change = pooledChange(cases);
		expect(change).not.toBeNull();
		expect(Math.abs(change ?? 1)).toBeLessThan(0.02);
		const changes = cases.flatMap((c) => (c.comparison.change === null ? [] : [c.comparison.change]));
		expect(Math.max(...changes.map(Math.abs))).toBeLessThan(0.1);
		// With no rise above the trend, the program returns (central) a small fraction of what it cost.
		const base = firstInvestmentYear(cases.map((c) => c.input)) ?? 2014;
		const r = portfolioReturn(
			cases.map((c) => c.input),
			defaultReturnParameters,
			base,
			'gross'
		).fullIncome;
		if (r.status !== 'ok') throw new Error('expected a result');
		expect(r.pvBenefit).toBeLessThan(0.1 * r.pvCost);
	});
});

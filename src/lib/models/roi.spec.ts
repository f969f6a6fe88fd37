import { describe, expect, it } from 'vitest';
import { summariseReturn, type YearFlow } from './discounting';
import { defaultReturnParameters as d, returnParameterIds, returnParameter } from './return-parameters';
import { drawParameters } from './return-uncertainty';
import {
	benefitFlows,
	byReturnPerDollar,
	patientValue,
	tornado,
	uncertainReturn,
	valueOfLifeYear,
	type MeasureResult
} from './roi';

const withEmp = { ...d, emp: 0.55 };

describe('valuation per patient', () => {
	it('gross (Datta et al. 2015): survival × years; productive × working age × employment', () => {
		const v = patientValue(withEmp, 'gross');
		expect(v.lifeYears).toBeCloseTo(0.6, 12); // 0.3 × 2
		expect(v.productiveLifeYears).toBeCloseTo(0.165, 12); // 0.3 × 2 × 0.5 × 0.55
		expect(v.span).toBe(2);
	});

	it('incremental (Hanna et al. 2018): 2.4 % / 48 % = 5 % of patients treated gain survival, 5 years each', () => {
		const v = patientValue(d, 'incremental');
		expect(d.rtos).toBeCloseTo(0.024 / 0.48, 12);
		expect(v.lifeYears).toBeCloseTo(0.25, 12);
		expect(v.span).toBe(5);
	});

	it('leaves productive life-years unset, not zero, until the employment ratio is entered', () => {
		expect(d.emp).toBeNull();
		expect(patientValue(d, 'gross').productiveLifeYears).toBeNull();
	});

	it('incremental credits far less than gross: the survivors who would have lived anyway are not counted', () => {
		const gross = patientValue(d, 'gross').lifeYears;
		const incremental = patientValue(d, 'incremental').lifeYears;
		expect(incremental).toBeLessThan(gross / 2);
	});

	it('values a life-year at 2.3 × GDP per capita (Jamison et al. 2013)', () => {
		expect(valueOfLifeYear(1_941.5, d.vly)).toBeCloseTo(4_465.45, 6);
	});

	it('spreads each cohort over the following years', () => {
		const flows = benefitFlows([{ year: 2020, patients: 100 }], 1_000, withEmp, 'gross');
		expect(flows.map((f) => f.year)).toEqual([2021, 2022]);
		expect(flows[0]?.benefitHC).toBeCloseTo(8_250, 6);
		expect(flows[0]?.benefitFI).toBeCloseTo(69_000, 6);
		const inc = benefitFlows([{ year: 2020, patients: 100 }], 1_000, d, 'incremental');
		expect(inc.map((f) => f.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
		expect(inc[0]?.benefitFI).toBeCloseTo((100 * 0.05 * 5 * 2.3 * 1_000) / 5, 6);
		expect(inc[0]?.benefitHC).toBe(0);
	});
});

describe('parameters: cited or visibly unset', () => {
	it('no parameter cites a reference "to be verified", and every default has a source or is null', () => {
		for (const id of returnParameterIds) {
			const p = returnParameter(id);
			expect(p.citation.title).not.toMatch(/verif/i);
			if (p.default === null) expect(p.citation.author).toBe('No published default');
			else expect(p.citation.author).not.toBe('No published default');
		}
	});

	it('training costs, machine price and employment ratio are not set rather than 0', () => {
		expect([d.tro, d.tmp, d.trtt, d.price, d.emp]).toEqual([null, null, null, null, null]);
	});

	it('the discount rate cites WHO-CHOICE, not Datta et al. 2015', () => {
		expect(returnParameter('disc').citation.author).toMatch(/WHO-CHOICE/);
	});

	it('the value of a life-year is a choice with named published values, not an uncertainty', () => {
		const vly = returnParameter('vly');
		expect(vly.uncertainty).toBeUndefined();
		expect(vly.scenarios?.map((s) => s.value)).toEqual([2.3, 0.2, 2.1]);
	});

	it('credits at most half the rise to mentorship by default', () => {
		expect(d.attr).toBeLessThanOrEqual(0.5);
	});
});

const flowsOf = (cost: number, patients: number) => (p: typeof d) => [
	{ year: 0, cost, benefitHC: 0, benefitFI: 0 },
	...benefitFlows([{ year: 0, patients }], 2_000, p, 'gross')
];

describe('uncertainReturn', () => {
	it('gives the central figure of the parameters in use and a 95 % interval around it', () => {
		const r = uncertainReturn(flowsOf(10_000, 10), withEmp, 0).fullIncome;
		expect(r.status).toBe('ok');
		if (r.status !== 'ok') return;
		const central = summariseReturn(flowsOf(10_000, 10)(withEmp), 'benefitFI', 0.03, 0);
		expect(r.npv.central).toBeCloseTo(central.npv, 6);
		expect(r.npv.low).toBeLessThan(r.npv.central);
		expect(r.npv.high).toBeGreaterThan(r.npv.central);
	});

	it('is narrower than pushing every parameter to its extreme at once', () => {
		const r = uncertainReturn(flowsOf(10_000, 10), withEmp, 0).fullIncome;
		if (r.status !== 'ok') throw new Error('expected a result');
		const extreme = (surv: number) =>
			summariseReturn(flowsOf(10_000, 10)({ ...withEmp, surv }), 'benefitFI', 0.03, 0).bcr ?? 0;
		expect(r.bcr.low).toBeGreaterThan(extreme(0.1));
		expect(r.bcr.high).toBeLessThan(extreme(0.5));
	});

	it('is deterministic: the same parameters give the same interval', () => {
		const a = uncertainReturn(flowsOf(10_000, 10), withEmp, 0);
		const b = uncertainReturn(flowsOf(10_000, 10), withEmp, 0);
		expect(a).toEqual(b);
	});

	it('orders payback earliest to latest, "not by" the horizon as the latest', () => {
		const flows = (p: typeof d): YearFlow[] => [
			{ year: 0, cost: 1_000, benefitHC: 0, benefitFI: 0 },
			...[1, 2, 3, 4, 5].map((y) => ({ year: y, cost: 0, benefitHC: 0, benefitFI: 250 * p.run * 10 }))
		];
		const r = uncertainReturn(flows, d, 0).fullIncome;
		if (r.status !== 'ok') throw new Error('expected a result');
		expect(r.payback.horizon).toBe(5);
		const rank = (y: number | null) => y ?? Infinity;
		expect(rank(r.payback.earliest)).toBeLessThanOrEqual(rank(r.payback.central));
		expect(rank(r.payback.central)).toBeLessThanOrEqual(rank(r.payback.latest));
	});

	it('passes a gap through as missing on both measures, never as a loss', () => {
		const r = uncertainReturn(() => ({ kind: 'no-comparison', reason: 'no-baseline' }), d, 0);
		expect(r.fullIncome).toEqual({
			status: 'missing',
			gap: { kind: 'no-comparison', reason: 'no-baseline' }
		});
		expect(r.humanCapital.status).toBe('missing');
	});

	it('marks human capital not set while the employment ratio is unset', () => {
		const r = uncertainReturn(flowsOf(10_000, 10), d, 0);
		expect(r.humanCapital).toEqual({ status: 'missing', gap: { kind: 'not-set', parameter: 'emp' } });
		expect(r.fullIncome.status).toBe('ok');
	});

	it('has no ratio without money in', () => {
		expect(uncertainReturn(flowsOf(0, 10), d, 0).fullIncome).toEqual({
			status: 'missing',
			gap: { kind: 'no-cost' }
		});
	});
});

describe('tornado', () => {
	it('ranks parameters by how far they move the benefit-cost ratio, largest first, at most five', () => {
		const t = tornado(flowsOf(10_000, 10), d, 0, ['surv', 'vly', 'disc', 'attr', 'years']);
		expect(t.central).not.toBeNull();
		expect(t.bars.length).toBeGreaterThan(0);
		expect(t.bars.length).toBeLessThanOrEqual(5);
		for (let i = 1; i < t.bars.length; i++)
			expect(t.bars[i - 1]!.swing).toBeGreaterThanOrEqual(t.bars[i]!.swing);
		// Survival scales the benefit one for one over 0.13–0.47; the discount rate barely moves a two-year flow.
		expect(t.bars[0]?.parameter).toBe('surv');
		// attr does not enter these flows: no swing, so it ranks last or is cut.
		expect(t.bars.find((b) => b.parameter === 'attr')?.swing ?? 0).toBe(0);
	});

	it('is empty when the return cannot be computed', () => {
		expect(tornado(() => ({ kind: 'no-gdp' }), d, 0, ['surv']).bars).toEqual([]);
	});
});

describe('byReturnPerDollar', () => {
	it('ranks by central benefit-cost ratio, missing returns last', () => {
		const ok = (bcr: number): MeasureResult => ({
			status: 'ok',
			npv: { central: 0, low: 0, high: 0 },
			bcr: { central: bcr, low: bcr, high: bcr },
			payback: { central: null, earliest: null, latest: null, horizon: 0 },
			pvCost: 1,
			pvBenefit: bcr
		});
		const rows = [
			{ k: 'a', r: ok(0.5) },
			{ k: 'b', r: { status: 'missing', gap: { kind: 'no-gdp' } } as MeasureResult },
			{ k: 'c', r: ok(2) },
			{ k: 'd', r: ok(1) }
		];
		expect(byReturnPerDollar(rows, (x) => x.r).map((x) => x.k)).toEqual(['c', 'd', 'a', 'b']);
	});
});

describe('draws', () => {
	it('every row can share the same draws (common random numbers)', () => {
		const draws = drawParameters(d);
		expect(draws).toHaveLength(1_000);
		expect(drawParameters(d)).toEqual(draws);
	});
});

import { describe, expect, it } from 'vitest';
import {
	beforeAfter,
	centreFlows,
	costBreakdown,
	firstInvestmentYear,
	patientsTreated,
	portfolioFlows,
	portfolioReturn,
	trendBaseline,
	type CentreReturnInput,
	type OutcomeYear
} from './centre-return';
import { defaultReturnParameters } from './return-parameters';
import { uncertainReturn } from './roi';

/** The Datta et al. parameters with every rise credited and an employment ratio set, for hand-worked figures. */
const d = { ...defaultReturnParameters, attr: 1, emp: 0.55 };

const year = (y: number, treated: number): OutcomeYear => ({
	year: y,
	newPatients: 10_000,
	treatedRadiotherapy: treated,
	treatedChemotherapy: null,
	treatedSurgery: null
});

describe('patientsTreated', () => {
	it.each([
		[{ newPatients: 1_000, treatedRadiotherapy: 400, treatedChemotherapy: 350, treatedSurgery: 250 }, 400],
		[{ newPatients: 1_000, treatedRadiotherapy: 0, treatedChemotherapy: 350, treatedSurgery: 250 }, 0],
		[{ newPatients: 900, treatedRadiotherapy: null, treatedChemotherapy: 300, treatedSurgery: null }, null]
	])('counts radiotherapy patients once, never adding chemotherapy and surgery: %o → %s', (o, expected) =>
		expect(patientsTreated(o)).toBe(expected)
	);
});

describe('trendBaseline', () => {
	it('projects the growth already under way before mentorship', () => {
		const line = trendBaseline([
			{ year: 2015, patients: 100 },
			{ year: 2016, patients: 110 }
		]);
		expect(line?.kind).toBe('trend');
		expect(line?.at(2018)).toBeCloseTo(130, 9);
	});

	it('is flat with a single year, absent with none, and does not extrapolate a fall', () => {
		expect(trendBaseline([{ year: 2015, patients: 80 }])?.at(2020)).toBe(80);
		expect(trendBaseline([])).toBeNull();
		const falling = trendBaseline([
			{ year: 2015, patients: 20 },
			{ year: 2016, patients: 10 }
		]);
		expect(falling?.kind).toBe('flat');
		expect(falling?.at(2020)).toBe(15);
	});
});

describe('beforeAfter', () => {
	it('does not count growth already under way: extra patients are those above the trend', () => {
		const r = beforeAfter([year(2014, 80), year(2015, 90), year(2016, 100), year(2017, 130)], 2016);
		expect(r.baselineKind).toBe('trend');
		// Trend 80, 90 → 100 in 2016, 110 in 2017: 0 and 20 extra, not 15 and 45 against the mean of 85.
		expect(r.extra[0]?.patients).toBeCloseTo(0, 9);
		expect(r.extra[1]?.patients).toBeCloseTo(20, 9);
	});

	it('compares the mean before the start with each year after', () => {
		const r = beforeAfter([year(2015, 100), year(2016, 100), year(2017, 130), year(2018, 150)], 2017);
		expect(r).toMatchObject({ status: 'ok', baseline: 100, after: 140 });
		expect(r.change).toBeCloseTo(0.4, 12);
		expect(r.extra).toEqual([
			{ year: 2017, patients: 30 },
			{ year: 2018, patients: 50 }
		]);
	});

	it('shows a fall as negative extra patients', () => {
		expect(beforeAfter([year(2015, 100), year(2016, 80)], 2016).extra).toEqual([
			{ year: 2016, patients: -20 }
		]);
		expect(beforeAfter([year(2014, 110), year(2015, 90), year(2016, 80)], 2016).extra).toEqual([
			{ year: 2016, patients: -20 }
		]);
	});

	it.each([
		[[year(2015, 100)], null, 'no-mentorship'],
		[[year(2017, 100)], 2016, 'no-baseline'],
		[[], 2016, 'no-outcomes']
	] as const)('%#: status %s', (outcomes, start, status) => {
		const r = beforeAfter(outcomes, start);
		expect(r.status).toBe(status);
		expect(r.change).toBeNull();
		expect(r.extra).toEqual([]);
	});

	it('has no change figure against a zero baseline', () => {
		expect(beforeAfter([year(2015, 0), year(2016, 20)], 2016).change).toBeNull();
	});
});

const centre = (overrides: Partial<CentreReturnInput> = {}): CentreReturnInput => ({
	centreId: 'C1',
	gdpPerCapita: 1_000,
	investments: [{ year: 2016, amount: 50_000 }],
	comparison: beforeAfter([year(2015, 100), year(2016, 200)], 2016),
	...overrides
});

describe('centre return', () => {
	it('reproduces a hand-worked centre NPV', () => {
		// 100 extra patients in 2016 → 8,250 a year of human capital in 2017 and 2018 (see benefitFlows).
		const flows = centreFlows(centre(), d, 'gross');
		expect(flows).toHaveLength(3);
		const r = portfolioReturn([centre()], d, 2016, 'gross').humanCapital;
		if (r.status !== 'ok') throw new Error('expected a result');
		expect(r.pvBenefit).toBeCloseTo(8_250 / 1.03 + 8_250 / 1.03 ** 2, 6);
		// Costs: the money in, in 2023 US$ (× CPI-U 2023 / 2016 = 304.702 / 240.007), and the treatment of the 100
		// extra patients (US$203 a course) in 2016.
		const moneyIn = (50_000 * 304.702) / 240.007;
		expect(r.pvCost).toBeCloseTo(moneyIn + 100 * 203, 6);
		expect(r.npv.central).toBeCloseTo(8_250 / 1.03 + 8_250 / 1.03 ** 2 - moneyIn - 20_300, 6);
		expect(r.payback.central).toBeNull();
		expect(r.payback.horizon).toBe(2018);
	});

	it('costs the experts’ session hours in kind, and states every cost in constant 2023 US$', () => {
		const hours = centre({ expertHours: [{ year: 2016, hours: 100 }] });
		const flows = centreFlows(hours, d, 'gross');
		if (!Array.isArray(flows)) throw new Error('expected flows');
		// 100 hours × US$33.68 (Independent Sector's 2021 volunteer hour, US$29.95, in 2023 dollars).
		expect(flows[0]?.inKindCost).toBeCloseTo(3_368, 9);
		const costs = costBreakdown(flows, d.disc, 2016);
		expect(costs?.moneyIn).toBeCloseTo((50_000 * 304.702) / 240.007, 6);
		expect(costs?.inKind).toBeCloseTo(3_368, 9);
		expect(costs?.treatment).toBeCloseTo(20_300, 9);
		expect(costs?.total).toBeCloseTo((costs?.moneyIn ?? 0) + 3_368 + 20_300, 6);
		// Time not costed (0 an hour) gives the money-only return back.
		const free = centreFlows(hours, { ...d, hour: 0 }, 'gross');
		expect(free).toEqual(centreFlows(centre(), d, 'gross'));
		expect(costBreakdown({ kind: 'no-gdp' }, d.disc, 2016)).toBeNull();
	});

	it('values benefits against GDP per capita in the same 2023 dollars', () => {
		const at = (gdpYear: number | null) => {
			const f = centreFlows(centre({ gdpYear }), d, 'gross');
			return Array.isArray(f) ? f.reduce((a, y) => a + y.benefitHC, 0) : NaN;
		};
		// A 2024 GDP per capita is worth 304.702 / 313.689 of itself in 2023 dollars.
		expect(at(2024) / at(2023)).toBeCloseTo(304.702 / 313.689, 9);
		expect(at(null)).toBe(at(2023));
	});

	it('credits only the attributed share of the rise (default: half)', () => {
		const benefit = (p: typeof d) => {
			const r = portfolioReturn([centre()], p, 2016, 'gross').fullIncome;
			return r.status === 'ok' ? r.pvBenefit : NaN;
		};
		expect(defaultReturnParameters.attr).toBe(0.5);
		expect(benefit({ ...d, attr: 0.5 })).toBeCloseTo(benefit(d) / 2, 6);
	});

	it('a centre without GDP per capita or a comparison has no return: missing with its reason, not a loss', () => {
		expect(portfolioReturn([centre({ gdpPerCapita: null })], d, 2016, 'gross').fullIncome).toEqual({
			status: 'missing',
			gap: { kind: 'no-gdp' }
		});
		const afterOnly = centre({ comparison: beforeAfter([year(2017, 100), year(2018, 120)], 2016) });
		expect(portfolioReturn([afterOnly], d, 2016, 'incremental').fullIncome).toEqual({
			status: 'missing',
			gap: { kind: 'no-comparison', reason: 'no-baseline' }
		});
		const none = centre({ comparison: beforeAfter([year(2016, 1)], null) });
		expect(portfolioReturn([none, afterOnly], d, 2016, 'gross').fullIncome).toEqual({
			status: 'missing',
			gap: { kind: 'no-comparison', reason: 'mixed' }
		});
	});

	it('a group counts only its compared centres, on both sides: an unmeasured centre is not a loss', () => {
		const afterOnly = centre({
			centreId: 'C9',
			investments: [{ year: 2016, amount: 9_000_000 }],
			comparison: beforeAfter([year(2017, 100)], 2016)
		});
		const alone = portfolioReturn([centre()], d, 2016, 'gross').fullIncome;
		const withUnmeasured = portfolioReturn([centre(), afterOnly], d, 2016, 'gross').fullIncome;
		expect(withUnmeasured).toEqual(alone);
	});

	it('adds centres up to a country: the sum of centre NPVs', () => {
		const a = centre();
		const b = centre({ centreId: 'C2', investments: [{ year: 2018, amount: 1_000 }] });
		const npv = (cs: CentreReturnInput[]) => {
			const r = portfolioReturn(cs, d, 2016, 'gross').fullIncome;
			return r.status === 'ok' ? r.npv.central : NaN;
		};
		expect(npv([a, b])).toBeCloseTo(npv([a]) + npv([b]), 6);
		expect(firstInvestmentYear([a, b])).toBe(2016);
		expect(firstInvestmentYear([])).toBeNull();
	});
});

describe('fast draws', () => {
	it('scaling the central flows gives the same interval as rebuilding them for every draw', () => {
		const inputs = [centre(), centre({ centreId: 'C2', investments: [{ year: 2017, amount: 5_000 }] })];
		for (const mode of ['gross', 'incremental'] as const) {
			const fast = portfolioReturn(inputs, d, 2016, mode);
			const slow = uncertainReturn(portfolioFlows(inputs, mode), d, 2016);
			for (const m of ['fullIncome', 'humanCapital'] as const) {
				const a = fast[m];
				const b = slow[m];
				if (a.status !== 'ok' || b.status !== 'ok') throw new Error('expected results');
				expect(a.npv.low).toBeCloseTo(b.npv.low, 6);
				expect(a.npv.high).toBeCloseTo(b.npv.high, 6);
				expect(a.bcr.high).toBeCloseTo(b.bcr.high, 9);
				expect(a.payback).toEqual(b.payback);
			}
		}
	});
});

import { formatDecimal, formatInteger } from '$lib/format';
import { formats, m } from '$lib/i18n';
import { beforeAfter, centreFlows, type OutcomeYear } from '$lib/models/centre-return';
import { summariseReturn } from '$lib/models/discounting';
import { defaultReturnParameters as d } from '$lib/models/return-parameters';
import { formatUsd } from '../roi/money';
import type { ModelMethod } from './sections';

const rt = (year: number, patients: number): OutcomeYear => ({
	year,
	newPatients: null,
	treatedRadiotherapy: patients,
	treatedChemotherapy: null,
	treatedSurgery: null
});

/**
 * The worked example of the Methods page, computed by the models themselves (so the page cannot drift from them):
 * a centre receiving US$500,000 in 2023, 400 radiotherapy starts a year before, 460, 500 and 520 after, in a
 * country with GDP per capita US$2,000 (2023 dollars, so no price conversion enters the arithmetic; no session hours).
 */
export function workedExample(): string {
	const f = formats();
	const start = 2023;
	const cost = 500_000;
	const gdp = 2_000;
	const comparison = beforeAfter(
		[rt(2020, 400), rt(2021, 400), rt(2022, 400), rt(2023, 460), rt(2024, 500), rt(2025, 520)],
		start
	);
	const flows = centreFlows(
		{
			centreId: 'example',
			gdpPerCapita: gdp,
			gdpYear: start,
			investments: [{ year: start, amount: cost }],
			comparison
		},
		d,
		'incremental'
	);
	if (!Array.isArray(flows)) return '';
	const r = summariseReturn(flows, 'benefitFI', d.disc, start);
	const extra = comparison.extra.reduce((a, e) => a + e.patients, 0);
	const credited = extra * d.attr;
	return m.methods_roi_example({
		cost: formatUsd(cost, f),
		year: start,
		before: formatInteger(comparison.baseline, f),
		after: formatInteger(comparison.after, f),
		extra: formatInteger(extra, f),
		credited: formatInteger(credited, f),
		lifeYears: formatInteger(credited * d.rtos * d.lex, f),
		gdp: formatUsd(gdp, f),
		vly: formatUsd(gdp * d.vly, f),
		benefit: formatUsd(
			flows.reduce((a, y) => a + y.benefitFI, 0),
			f
		),
		pvBenefit: formatUsd(r.pvBenefit, f),
		bcr: formatDecimal(r.bcr, f, 2),
		npv: formatUsd(r.npv, f)
	});
}

/** The return-on-investment models on the Methods page, in reading order. */
export const returnMethods: readonly ModelMethod[] = [
	{
		id: 'return',
		title: m.methods_roi_title,
		summary: m.methods_roi_summary,
		formulas: () => [
			{
				name: m.methods_roi_f_baseline(),
				formula:
					'B(t) = a + b·t, least squares over the years before mentorship (b ≤ 0 or one year: B = mean before)'
			},
			{ name: m.methods_roi_f_extra(), formula: 'E(t) = attr × (RT starts(t) − B(t)), t ≥ start year' },
			{ name: m.methods_roi_f_ly_inc(), formula: 'LY = rtos × lex = (2.4 % / 48 %) × 5 = 0.25' },
			{ name: m.methods_roi_f_ly_gross(), formula: 'LY = surv × years = 0.3 × 2 = 0.6' },
			{
				name: m.methods_roi_f_fi(),
				formula: 'FI(t + k) = E(t) × LY × vly × GDP per capita / span, k = 1 … span'
			},
			{
				name: m.methods_roi_f_hc(),
				formula: 'HC(t + k) = E(t) × LY × work × emp × GDP per capita / span'
			},
			{
				name: m.methods_roi_f_costs(),
				formula:
					'cost(t) = money in(t) × CPI(2023) / CPI(t) + session hours(t) × hour + course × E(t), constant 2023 US$'
			},
			{
				name: m.methods_roi_f_npv(),
				formula: 'NPV = Σ (benefit(t) − cost(t)) / (1 + disc)^(t − base year)'
			},
			{ name: m.methods_roi_f_bcr(), formula: 'BCR = PV(benefits) / PV(costs)' },
			{
				name: m.methods_roi_f_payback(),
				formula: 'first year with Σ PV(benefits) ≥ Σ PV(money in), not lost again later'
			},
			{
				name: m.methods_roi_f_interval(),
				formula: '2.5 % and 97.5 % points over 1,000 seeded draws (triangular, independent)'
			},
			{
				name: m.methods_roi_f_tornado(),
				formula: 'BCR with one parameter at its 2.5 % / 97.5 % point, others held; five largest swings'
			}
		],
		parameters: [],
		returnParameters: [
			'rtos',
			'lex',
			'surv',
			'years',
			'work',
			'emp',
			'vly',
			'attr',
			'disc',
			'course',
			'hour',
			'cap1',
			'cap2',
			'run',
			'life',
			'tro',
			'tmp',
			'trtt',
			'price'
		],
		details: () => [
			{ heading: m.methods_roi_uncertainty_heading(), text: m.methods_roi_uncertainty() },
			{ heading: m.methods_roi_missing_heading(), text: m.methods_roi_missing() },
			{ heading: m.methods_roi_assumptions_heading(), text: m.methods_roi_assumptions() },
			{ heading: m.methods_roi_market_heading(), text: m.methods_roi_market() },
			{ heading: m.methods_roi_published_heading(), text: m.methods_roi_published() },
			{ heading: m.methods_roi_example_heading(), text: workedExample(), testId: 'methods-return-example' }
		]
	}
];

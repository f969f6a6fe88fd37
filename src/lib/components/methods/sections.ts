import { m } from '$lib/i18n';
import type { CoverageParameterId } from '$lib/models/coverage-parameters';
import { indicators } from '$lib/models/indicators';
import type { Citation, NumericParameterId } from '$lib/models/parameters';
import type { ReturnParameterId } from '$lib/models/return-parameters';
import { indicatorLabel } from '../gaps/labels';
import { corpsMethods } from './sections-corps';
import { returnMethods } from './sections-return';

/** One model on the Methods page; later models add an entry here and get a section, an anchor and a contents line. */
export interface ModelMethod {
	/** The anchor (`/methods#machines`) that figures elsewhere link to. */
	id: string;
	title: () => string;
	summary: () => string;
	formulas: () => { name: string; formula: string }[];
	parameters: readonly NumericParameterId[];
	/** The mentorship (coverage) parameters the model uses, listed like `parameters`. */
	coverageParameters?: readonly CoverageParameterId[];
	/** A worked example with small numbers, step by step. */
	example?: () => string;
	/** The method's published sources, where they exist. */
	citations?: readonly Citation[];
	/** Return-model parameters, listed with their defaults, ranges, distributions and citations. */
	returnParameters?: readonly ReturnParameterId[];
	/** Further paragraphs under their own headings (uncertainty, assumptions, a worked example). */
	details?: () => { heading: string; text: string; testId?: string }[];
}

const needFormula = (id: string): string => indicators.find((i) => i.id === id)?.needFormula ?? '';

const capacityMethods: readonly ModelMethod[] = [
	{
		id: 'machines',
		title: m.methods_machines_title,
		summary: m.models_methods_machines_summary,
		formulas: () => [
			{ name: m.methods_f_rt_need(), formula: 'N_RT = new cases × RTU' },
			{
				name: m.models_f_case_mix(),
				formula:
					'RTU_c = Σ_site share of new cases × optimal RTU of the site (Barton et al. 2014, Table 1; other sites 0.50)'
			},
			{ name: m.methods_f_machines_needed(), formula: `M = ${needFormula('rt-machines')}` },
			{ name: m.methods_f_gap(), formula: 'gap = max(0, M − installed)' },
			{
				name: m.methods_f_access(),
				formula: 'access = min(1, installed / M) = min(1, installed × C / N_RT)'
			},
			{
				name: m.models_f_group_gap(),
				formula: 'Σ max(0, M − installed) over countries with a DIRAC record and a need'
			},
			{ name: m.models_f_capped(), formula: 'Σ min(installed, M) / Σ M' },
			{ name: m.models_f_pooled(), formula: 'min(1, Σ installed / Σ M)' },
			{ name: m.methods_f_mean(), formula: 'mean over countries of access (Yap et al. 2016)' },
			{ name: m.models_f_as_none(), formula: 'installed = 0 where DIRAC has no record' },
			{
				name: m.models_f_projected(),
				formula:
					'need(y) = need(2022) × (35.3 / 20.0)^((y − 2022) / 28): new cases 2022 → 2050, world (Bray et al. 2024, Abstract)'
			}
		],
		parameters: ['rtu', 'courses', 'retreat', 'mpm'],
		details: () => [{ heading: m.models_methods_rtu_default_heading(), text: m.models_methods_rtu_default() }]
	},
	{
		id: 'staff',
		title: m.methods_staff_title,
		summary: m.methods_staff_summary,
		formulas: () =>
			indicators
				.filter((i) => i.staffRole !== null && i.needFormula !== null)
				.map((i) => ({ name: indicatorLabel[i.id](), formula: i.needFormula ?? '' })),
		parameters: ['ro', 'mp', 'mpmach', 'rtt', 'chemo', 'mo', 'surg', 'sao', 'path']
	}
];

export const modelMethods: readonly ModelMethod[] = [...capacityMethods, ...returnMethods, ...corpsMethods];

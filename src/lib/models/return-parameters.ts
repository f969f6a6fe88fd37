import type { Citation, ParameterDefinition } from './parameters';

/**
 * A return-model parameter: a `ParameterDefinition` (editable between `min` and `max`) with the uncertainty range
 * `low`–`high` the low / central / high results are drawn from, and whether a larger value raises the return.
 */
export interface ReturnParameterDefinition extends ParameterDefinition {
	low: number;
	high: number;
	/** `up`: a larger value raises the return; `down`: it lowers it; `fixed`: a choice, not an uncertainty. */
	effect: 'up' | 'down' | 'fixed';
}

const datta2015: Citation = {
	author: 'Datta et al.',
	year: 2015,
	title:
		'Economic return of radiotherapy investment in low- and middle-income countries (full reference to be verified)'
};
const datta2019: Citation = {
	author: 'Datta et al.',
	year: 2019,
	title:
		'Capital cost of radiotherapy facilities in low- and middle-income countries (full reference to be verified)'
};
const chang2017: Citation = {
	author: 'Chang et al.',
	year: 2017,
	title:
		'Value of a life-year as a multiple of GDP per capita, full-income approach (full reference to be verified)'
};
const ours: Citation = {
	author: 'ICEC Atlas',
	year: 2026,
	title: 'Modelling assumption (no published value)'
};

/** Valuation and cost parameters of the return, scenario and market models, keyed by URL-safe id. */
export const returnParameterDefinitions = {
	surv: {
		id: 'surv',
		label: 'Two-year survival of patients treated',
		default: 0.3,
		min: 0,
		max: 1,
		step: 0.05,
		low: 0.1,
		high: 0.5,
		effect: 'up',
		unit: 'share of patients treated',
		origin: 'published',
		citation: datta2015,
		note: 'Datta et al. take 10–50% of treated patients surviving two years; 30% is the central value.'
	},
	work: {
		id: 'work',
		label: 'Share of patients of working age',
		default: 0.5,
		min: 0,
		max: 1,
		step: 0.05,
		low: 0.5,
		high: 0.5,
		effect: 'fixed',
		unit: 'share of patients',
		origin: 'published',
		citation: datta2015,
		note: 'Datta et al. assume half of patients are of working age.'
	},
	emp: {
		id: 'emp',
		label: 'Employment-to-population ratio',
		default: 0.55,
		min: 0,
		max: 1,
		step: 0.05,
		low: 0.4,
		high: 0.7,
		effect: 'up',
		unit: 'share of working-age people employed',
		origin: 'user-choice',
		citation: ours,
		note: 'No verified default in our data: enter the country value; until then 0.4 / 0.55 / 0.7 are shown as a range.'
	},
	years: {
		id: 'years',
		label: 'Productive years gained per surviving patient',
		default: 2,
		min: 1,
		max: 20,
		step: 1,
		low: 2,
		high: 2,
		effect: 'fixed',
		unit: 'years',
		origin: 'published',
		citation: datta2015,
		note: 'Each employed survivor contributes GDP per capita for at least two years; longer horizons are your choice.'
	},
	vly: {
		id: 'vly',
		label: 'Value of a life-year, in multiples of GDP per capita',
		default: 2.3,
		min: 0,
		max: 5,
		step: 0.1,
		low: 0.2,
		high: 3,
		effect: 'up',
		unit: '× GDP per capita',
		origin: 'published',
		citation: chang2017,
		note: 'The full-income value of a life-year: 2.3 × GDP per capita (range 0.2–3.0).'
	},
	attr: {
		id: 'attr',
		label: 'Share of the rise in patients treated credited to the investment',
		default: 1,
		min: 0,
		max: 1,
		step: 0.05,
		low: 0.5,
		high: 1,
		effect: 'up',
		unit: 'share',
		origin: 'user-choice',
		citation: ours,
		note: 'A before/after comparison is not proof of cause: credit only part of the rise to be conservative.'
	},
	disc: {
		id: 'disc',
		label: 'Discount rate',
		default: 0.03,
		min: 0,
		max: 0.15,
		step: 0.005,
		low: 0.03,
		high: 0.03,
		effect: 'fixed',
		unit: 'per year',
		origin: 'published',
		citation: datta2015,
		note: 'Future costs and benefits are discounted at 3% a year.'
	},
	cap1: {
		id: 'cap1',
		label: 'Capital cost of a one-machine centre',
		default: 2_050_000,
		min: 100_000,
		max: 20_000_000,
		step: 50_000,
		low: 2_050_000,
		high: 2_050_000,
		effect: 'fixed',
		unit: 'US$',
		origin: 'published',
		citation: datta2019,
		note: 'One megavoltage machine with its building and equipment.'
	},
	cap2: {
		id: 'cap2',
		label: 'Capital cost of a two-machine centre with brachytherapy',
		default: 5_050_000,
		min: 100_000,
		max: 40_000_000,
		step: 50_000,
		low: 5_050_000,
		high: 5_050_000,
		effect: 'fixed',
		unit: 'US$',
		origin: 'published',
		citation: datta2019,
		note: 'Two megavoltage machines and brachytherapy with their building and equipment.'
	},
	run: {
		id: 'run',
		label: 'Running cost per year, as a share of capital',
		default: 0.1,
		min: 0,
		max: 0.3,
		step: 0.005,
		low: 0.055,
		high: 0.15,
		effect: 'down',
		unit: 'share of capital a year',
		origin: 'published',
		citation: datta2015,
		note: 'Staff, maintenance and consumables: 10% of capital a year (5.5–15%).'
	},
	life: {
		id: 'life',
		label: 'Machine life',
		default: 15,
		min: 5,
		max: 30,
		step: 1,
		low: 15,
		high: 15,
		effect: 'fixed',
		unit: 'years',
		origin: 'published',
		citation: datta2015,
		note: 'A machine is replaced after 15 years; new centres are appraised over one machine life.'
	},
	tro: {
		id: 'tro',
		label: 'Training cost per radiation oncologist',
		default: 0,
		min: 0,
		max: 2_000_000,
		step: 1_000,
		low: 0,
		high: 0,
		effect: 'fixed',
		unit: 'US$ per person',
		origin: 'user-choice',
		citation: ours,
		note: 'No verified price: enter your own. Until then training is counted in people, not money.'
	},
	tmp: {
		id: 'tmp',
		label: 'Training cost per medical physicist',
		default: 0,
		min: 0,
		max: 2_000_000,
		step: 1_000,
		low: 0,
		high: 0,
		effect: 'fixed',
		unit: 'US$ per person',
		origin: 'user-choice',
		citation: ours,
		note: 'No verified price: enter your own. Until then training is counted in people, not money.'
	},
	trtt: {
		id: 'trtt',
		label: 'Training cost per radiation therapist',
		default: 0,
		min: 0,
		max: 2_000_000,
		step: 1_000,
		low: 0,
		high: 0,
		effect: 'fixed',
		unit: 'US$ per person',
		origin: 'user-choice',
		citation: ours,
		note: 'No verified price: enter your own. Until then training is counted in people, not money.'
	},
	price: {
		id: 'price',
		label: 'Unit price of a megavoltage machine (market)',
		default: 0,
		min: 0,
		max: 20_000_000,
		step: 10_000,
		low: 0,
		high: 0,
		effect: 'fixed',
		unit: 'US$ per machine',
		origin: 'user-choice',
		citation: ours,
		note: 'No price is presented as fact: enter your own. Until then the market is counted in machines.'
	}
} as const satisfies Record<string, ReturnParameterDefinition>;

export type ReturnParameterId = keyof typeof returnParameterDefinitions;
export const returnParameterIds = Object.keys(returnParameterDefinitions) as ReturnParameterId[];
export type ReturnParameters = { readonly [K in ReturnParameterId]: number };

export const defaultReturnParameters: ReturnParameters = Object.freeze(
	Object.fromEntries(returnParameterIds.map((id) => [id, returnParameterDefinitions[id].default])) as {
		[K in ReturnParameterId]: number;
	}
);

export type RangePoint = 'low' | 'central' | 'high';
export const rangePoints: readonly RangePoint[] = ['low', 'central', 'high'];

/**
 * The parameters at one end of their uncertainty ranges: `low` sets every uncertain parameter where it lowers the
 * return, `high` where it raises it; the range always includes the value the user chose.
 *
 * @example rangeParameters(defaultReturnParameters, 'low').surv // 0.1
 */
export function rangeParameters(params: ReturnParameters, point: RangePoint): ReturnParameters {
	if (point === 'central') return params;
	const out: Record<string, number> = { ...params };
	for (const id of returnParameterIds) {
		const d: ReturnParameterDefinition = returnParameterDefinitions[id];
		if (d.effect === 'fixed') continue;
		const lo = Math.min(d.low, params[id]);
		const hi = Math.max(d.high, params[id]);
		const raises = point === 'high';
		out[id] = (d.effect === 'up') === raises ? hi : lo;
	}
	return out as ReturnParameters;
}

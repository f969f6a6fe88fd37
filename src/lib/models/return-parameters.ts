import type { Citation, ParameterOrigin, Scenario } from './parameters';

/**
 * A triangular distribution (minimum, most likely, maximum): the uncertainty a parameter is drawn from in the
 * probabilistic sensitivity analysis. Chosen because the sources give a central value and a range, nothing more.
 */
export interface Triangular {
	min: number;
	mode: number;
	max: number;
}

/** How benefits are counted: `incremental` credits only radiotherapy's own survival benefit (Hanna et al. 2018);
 * `gross` values every two-year survivor (Datta et al. 2015), as if none would have survived without treatment. */
export type BenefitMode = 'incremental' | 'gross';
export const benefitModes: readonly BenefitMode[] = ['incremental', 'gross'];
export const defaultBenefitMode: BenefitMode = 'incremental';

/** A return-model parameter, editable between `min` and `max`. */
export interface ReturnParameterDefinition {
	/** Short and URL-safe: the query-string key. */
	id: string;
	label: string;
	/** `null`: no published default; the parameter is "not set" until the user enters a value. */
	default: number | null;
	min: number;
	max: number;
	step: number;
	unit: string;
	origin: ParameterOrigin;
	citation: Citation;
	/** Why the default is what it is, in a sentence the Methods page can show. */
	note: string;
	/** The uncertainty drawn from in the probabilistic sensitivity analysis; absent: a choice, held fixed. */
	uncertainty?: Triangular;
	/** For a choice (no uncertainty): the documented alternatives the one-way sensitivity analysis tries. */
	alternatives?: readonly [number, number];
	scenarios?: readonly Scenario[];
	/** The benefit modes the parameter enters; absent: both, or costs. */
	modes?: readonly BenefitMode[];
}

/** Datta, Samiei, Bodis. Int J Radiat Oncol Biol Phys 2015;93(2):229–240. */
export const datta2015: Citation = {
	author: 'Datta et al.',
	year: 2015,
	title:
		'Are state-sponsored new radiation therapy facilities economically viable in low- and middle-income countries? Int J Radiat Oncol Biol Phys 93(2):229–240 (Methods)'
};
/** Datta, Rogers, Bodis. Int J Radiat Oncol Biol Phys 2019;105(5):918–933. */
export const datta2019: Citation = {
	author: 'Datta et al.',
	year: 2019,
	title:
		'Challenges and opportunities to realize “The 2030 Agenda for Sustainable Development” by the United Nations: implications for radiation therapy infrastructure in LMICs. Int J Radiat Oncol Biol Phys 105(5):918–933 (Methods: US$2.05 M per primary, US$5.05 M per secondary centre)'
};
/** Hanna et al. Radiother Oncol 2018;126(2):191–197. */
export const hanna2018: Citation = {
	author: 'Hanna et al.',
	year: 2018,
	title:
		'The population benefit of evidence-based radiotherapy: 5-year local control and overall survival benefits. Radiother Oncol 126(2):191–197 (Findings: 48 % of all cancer patients have indications; 5-year OS benefit in 2.4 %, 95 % CI 2.1–2.7)'
};
/** Jamison et al. Lancet 2013;382:1898–1955. */
export const jamison2013: Citation = {
	author: 'Jamison et al.',
	year: 2013,
	title:
		'Global health 2035: a world converging within a generation (The Lancet Commission on Investing in Health). Lancet 382:1898–1955: value of a life-year 2.3 × income per capita'
};
/** Chang et al. J Glob Health 2017;7(1):010401. */
export const chang2017: Citation = {
	author: 'Chang et al.',
	year: 2017,
	title:
		'Economics in “Global health 2035”: a sensitivity analysis of the value of a life year estimates. J Glob Health 7(1):010401'
};
/** Tan-Torres Edejer et al. (eds), WHO 2003. */
export const whoChoice2003: Citation = {
	author: 'WHO-CHOICE (Tan-Torres Edejer et al.)',
	year: 2003,
	title:
		'Making choices in health: WHO guide to cost-effectiveness analysis. Geneva: WHO (3 % discount rate, 0 % and 6 % in sensitivity analysis)'
};
/** Van Der Giessen et al. Radiother Oncol 2004;71(3):347–355. */
export const vanDerGiessen2004: Citation = {
	author: 'Van Der Giessen et al.',
	year: 2004,
	title:
		'Multinational assessment of some operational costs of teletherapy. Radiother Oncol 71(3):347–355 (Results: median cost per fraction US$11.02 for linear accelerators, US$4.87 for cobalt); 18.4 fractions per patient from Atun et al. 2015, Lancet Oncol 16(10):1153–1186'
};
/** Independent Sector with the Do Good Institute, University of Maryland: Value of Volunteer Time, April 2022. */
export const independentSector2022: Citation = {
	author: 'Independent Sector',
	year: 2022,
	title:
		'Value of Volunteer Time: US$29.95 an hour for 2021 (average hourly earnings of non-management, non-farm workers, BLS, plus fringe benefits); US$33.68 in 2023 US$ with the CPI-U'
};
const ours: Citation = {
	author: 'ICEC Atlas',
	year: 2026,
	title: 'Modelling assumption (no published value); the reason is given beside it'
};
const noDefault: Citation = {
	author: 'No published default',
	year: 2026,
	title: 'Not set until you enter a value; figures that need it say so'
};

/** Radiotherapy's 5-year overall-survival benefit per patient with an indication: 2.4 % of all patients / 48 %. */
const osPerIndicated = (share: number) => share / 0.48;

/** Valuation and cost parameters of the return, scenario and market models, keyed by URL-safe id. */
export const returnParameterDefinitions = {
	rtos: {
		id: 'rtos',
		label: 'Survival gained from radiotherapy, per patient treated',
		default: 0.05,
		min: 0,
		max: 0.5,
		step: 0.005,
		uncertainty: { min: osPerIndicated(0.021), mode: 0.05, max: osPerIndicated(0.027) },
		unit: 'share of patients treated alive at 5 years because of radiotherapy',
		origin: 'inferred',
		citation: hanna2018,
		modes: ['incremental'],
		note: 'Radiotherapy gives a 5-year overall-survival benefit to 2.4 % of all cancer patients (95 % CI 2.1–2.7 %), of whom 48 % have an indication: 2.4 / 48 ≈ 5 % of the patients it treats.'
	},
	lex: {
		id: 'lex',
		label: 'Life-years credited per survivor gained',
		default: 5,
		min: 1,
		max: 40,
		step: 1,
		alternatives: [5, 15],
		unit: 'years',
		origin: 'inferred',
		citation: hanna2018,
		modes: ['incremental'],
		note: 'Hanna et al. measure the survival benefit at five years, so five years per survivor is what the evidence shows (a lower bound). Enter your patients’ remaining life expectancy to credit more.'
	},
	surv: {
		id: 'surv',
		label: 'Two-year survival of patients treated',
		default: 0.3,
		min: 0,
		max: 1,
		step: 0.05,
		uncertainty: { min: 0.1, mode: 0.3, max: 0.5 },
		unit: 'share of patients treated',
		origin: 'published',
		citation: datta2015,
		modes: ['gross'],
		note: 'Datta et al. take 10–50% of treated patients alive at two years; 30% is the middle of their range.'
	},
	years: {
		id: 'years',
		label: 'Productive years gained per surviving patient',
		default: 2,
		min: 1,
		max: 20,
		step: 1,
		unit: 'years',
		origin: 'published',
		citation: datta2015,
		modes: ['gross'],
		note: 'Datta et al.: each employed survivor contributes to national income for at least two years.'
	},
	work: {
		id: 'work',
		label: 'Share of patients of working age',
		default: 0.5,
		min: 0,
		max: 1,
		step: 0.05,
		unit: 'share of patients',
		origin: 'published',
		citation: datta2015,
		note: 'Datta et al. assume half of patients are of working age.'
	},
	emp: {
		id: 'emp',
		label: 'Employment-to-population ratio',
		default: null,
		min: 0,
		max: 1,
		step: 0.01,
		unit: 'share of working-age people employed',
		origin: 'user-choice',
		citation: noDefault,
		note: 'Datta et al. use each country’s World Bank employment-to-population ratio, which is not in the loaded data: enter it (World Bank SL.EMP.TOTL.SP.ZS) to see the human-capital return.'
	},
	vly: {
		id: 'vly',
		label: 'Value of a life-year, in multiples of GDP per capita',
		default: 2.3,
		min: 0,
		max: 5,
		step: 0.1,
		alternatives: [0.2, 2.1],
		scenarios: [
			{ label: 'Global health 2035', value: 2.3, citation: jamison2013 },
			{ label: 'Chang et al., low', value: 0.2, citation: chang2017 },
			{ label: 'Chang et al., high', value: 2.1, citation: chang2017 }
		],
		unit: '× GDP per capita',
		origin: 'published',
		citation: jamison2013,
		note: 'A choice of values, not an uncertainty: the Lancet Commission (Global health 2035) values a life-year at 2.3 × income per capita; Chang et al. 2017 find 0.2–2.1 under other assumptions.'
	},
	attr: {
		id: 'attr',
		label: 'Share of the rise in patients credited to mentorship',
		default: 0.5,
		min: 0,
		max: 1,
		step: 0.05,
		uncertainty: { min: 0.25, mode: 0.5, max: 0.75 },
		unit: 'share',
		origin: 'user-choice',
		citation: ours,
		note: 'Without comparison centres, a rise after mentorship is not proof that mentorship caused it (funding, machines and referrals change too): half is credited, 25–75 % in the uncertainty analysis.'
	},
	disc: {
		id: 'disc',
		label: 'Discount rate',
		default: 0.03,
		min: 0,
		max: 0.15,
		step: 0.005,
		alternatives: [0, 0.06],
		unit: 'per year',
		origin: 'published',
		citation: whoChoice2003,
		note: 'Future costs and benefits are discounted at 3% a year, as WHO-CHOICE recommends (0% and 6% as alternatives).'
	},
	course: {
		id: 'course',
		label: 'Treatment cost of one radiotherapy course',
		default: 203,
		min: 0,
		max: 20_000,
		step: 1,
		uncertainty: { min: 60, mode: 203, max: 728 },
		unit: 'US$ per course',
		origin: 'inferred',
		citation: vanDerGiessen2004,
		note: 'Median cost of a linac fraction US$11.02 (range 3.27–39.59; physicians excluded) × 18.4 fractions a course (Atun et al. 2015): about US$203 (60–728). Charged for every extra patient credited to mentorship.'
	},
	hour: {
		id: 'hour',
		label: 'Value of an hour of volunteer expert time',
		default: 33.68,
		min: 0,
		max: 1_000,
		step: 0.01,
		alternatives: [0, 101.04],
		unit: 'US$ (2023) per hour',
		origin: 'published',
		citation: independentSector2022,
		note: 'Experts give their time: each session hour is costed at the value of a volunteer hour (Independent Sector: US$29.95 for 2021, US$33.68 in 2023 dollars), a floor for specialists, whose time costs more; the sensitivity analysis tries 0 (time not costed) and three times the value.'
	},
	cap1: {
		id: 'cap1',
		label: 'Capital cost of a one-machine centre',
		default: 2_050_000,
		min: 100_000,
		max: 20_000_000,
		step: 50_000,
		unit: 'US$',
		origin: 'published',
		citation: datta2019,
		note: 'A primary centre with one teletherapy unit, its building (bunker) and equipment: US$2.05 M (Datta et al. 2019). No published range: held fixed.'
	},
	cap2: {
		id: 'cap2',
		label: 'Capital cost of a two-machine centre with brachytherapy',
		default: 5_050_000,
		min: 100_000,
		max: 40_000_000,
		step: 50_000,
		unit: 'US$',
		origin: 'published',
		citation: datta2019,
		note: 'A secondary centre with two teletherapy units and one brachytherapy unit, building included: US$5.05 M (Datta et al. 2019).'
	},
	run: {
		id: 'run',
		label: 'Running cost per year, as a share of capital',
		default: 0.1,
		min: 0,
		max: 0.3,
		step: 0.005,
		uncertainty: { min: 0.055, mode: 0.1, max: 0.15 },
		unit: 'share of capital a year',
		origin: 'published',
		citation: datta2015,
		note: 'Recurring and overhead costs of 5.5–15% of capital a year (Datta et al. 2015); 10% is the middle.'
	},
	life: {
		id: 'life',
		label: 'Machine life',
		default: 15,
		min: 5,
		max: 30,
		step: 1,
		unit: 'years',
		origin: 'published',
		citation: datta2015,
		note: 'The 15-year lifespan of a teletherapy unit (Datta et al. 2015); new centres are appraised over one machine life.'
	},
	tro: {
		id: 'tro',
		label: 'Training cost per radiation oncologist',
		default: null,
		min: 0,
		max: 2_000_000,
		step: 1_000,
		unit: 'US$ per person',
		origin: 'user-choice',
		citation: noDefault,
		note: 'No published per-person cost: training is counted in people until you enter one.'
	},
	tmp: {
		id: 'tmp',
		label: 'Training cost per medical physicist',
		default: null,
		min: 0,
		max: 2_000_000,
		step: 1_000,
		unit: 'US$ per person',
		origin: 'user-choice',
		citation: noDefault,
		note: 'No published per-person cost: training is counted in people until you enter one.'
	},
	trtt: {
		id: 'trtt',
		label: 'Training cost per radiation therapist',
		default: null,
		min: 0,
		max: 2_000_000,
		step: 1_000,
		unit: 'US$ per person',
		origin: 'user-choice',
		citation: noDefault,
		note: 'No published per-person cost: training is counted in people until you enter one.'
	},
	price: {
		id: 'price',
		label: 'Unit price of a megavoltage machine (market)',
		default: null,
		min: 0,
		max: 20_000_000,
		step: 10_000,
		unit: 'US$ per machine',
		origin: 'user-choice',
		citation: noDefault,
		note: 'Machine prices vary more than tenfold between buyers (Van Der Giessen et al. 2004): no single price is presented as fact. The market is counted in machines until you enter one.'
	}
} as const satisfies Record<string, ReturnParameterDefinition>;

export type ReturnParameterId = keyof typeof returnParameterDefinitions;
export const returnParameterIds = Object.keys(returnParameterDefinitions) as ReturnParameterId[];

/** Parameters without a published default: `null` means "not set". */
export type OptionalReturnParameterId = {
	[K in ReturnParameterId]: (typeof returnParameterDefinitions)[K]['default'] extends null ? K : never;
}[ReturnParameterId];
export type ReturnParameters = {
	readonly [K in ReturnParameterId]: K extends OptionalReturnParameterId ? number | null : number;
};

export const defaultReturnParameters: ReturnParameters = Object.freeze(
	Object.fromEntries(returnParameterIds.map((id) => [id, returnParameterDefinitions[id].default]))
) as unknown as ReturnParameters;

export const returnParameter = (id: ReturnParameterId): ReturnParameterDefinition =>
	returnParameterDefinitions[id];

/** The parameters drawn in the probabilistic sensitivity analysis (those with a documented uncertainty). */
export const uncertainParameterIds = returnParameterIds.filter((id) => returnParameter(id).uncertainty);

/** Whether a parameter enters the figures of a benefit mode. */
export const usedInMode = (id: ReturnParameterId, mode: BenefitMode): boolean =>
	(returnParameter(id).modes ?? benefitModes).includes(mode);

/** The valuation parameters, in the order /roi and a centre page show them. */
const valuationParameterIds: readonly ReturnParameterId[] = [
	'rtos',
	'lex',
	'surv',
	'years',
	'vly',
	'attr',
	'disc',
	'course',
	'hour',
	'work',
	'emp'
];

/** The valuation parameters a benefit mode uses (the others would change nothing on screen). */
export const valuationIdsFor = (mode: BenefitMode): ReturnParameterId[] =>
	valuationParameterIds.filter((id) => usedInMode(id, mode));

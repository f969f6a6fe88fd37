/** A published source for a parameter default. */
export interface Citation {
	author: string;
	year: number;
	title: string;
}

/** A named alternative value the UI offers beside the default. */
export interface Scenario {
	label: string;
	value: number;
	citation?: Citation;
}

/**
 * How a parameter's default was obtained: `published` (stated in the source), `inferred` (derived by us from
 * figures in the source) or `user-choice` (no agreed standard; the default is a documented starting point).
 */
export type ParameterOrigin = 'published' | 'inferred' | 'user-choice';

export interface ParameterDefinition {
	/** Short and URL-safe: the query-string key. */
	id: string;
	label: string;
	default: number;
	min: number;
	max: number;
	step: number;
	unit: string;
	origin: ParameterOrigin;
	citation: Citation;
	/** Why the default is what it is, in a sentence the Methods page can show. */
	note: string;
	scenarios?: readonly Scenario[];
}

const estroQuarts: Citation = {
	author: 'Slotman et al.',
	year: 2005,
	title: 'Overview of national guidelines for infrastructure and staffing of radiotherapy (ESTRO-QUARTS)'
};
const wilson: Citation = {
	author: 'Wilson et al.',
	year: 2019,
	title: 'Estimates of global chemotherapy demands and corresponding physician workforce requirements'
};

/** Every numeric model parameter, keyed by its id. */
export const parameterDefinitions = {
	rtu: {
		id: 'rtu',
		label: 'Radiotherapy utilisation (share of new cases needing radiotherapy)',
		default: 0.5,
		min: 0.4,
		max: 0.6,
		step: 0.01,
		unit: 'share of new cases',
		origin: 'published',
		citation: { author: 'Yap et al.', year: 2016, title: 'Global access to radiotherapy services' },
		note: 'About half of new cases benefit from radiotherapy at least once.',
		scenarios: [
			{
				label: 'Evidence-based estimate',
				value: 0.483,
				citation: { author: 'Barton et al.', year: 2014, title: 'Estimating the demand for radiotherapy' }
			}
		]
	},
	courses: {
		id: 'courses',
		label: 'Courses per megavoltage machine per year',
		default: 450,
		min: 200,
		max: 1200,
		step: 10,
		unit: 'courses per machine-year',
		origin: 'published',
		citation: estroQuarts,
		note: 'Treatment courses one machine delivers in a year on a standard working day.',
		scenarios: [
			{ label: 'Standard day (ESTRO-QUARTS)', value: 450, citation: estroQuarts },
			{ label: 'Higher throughput', value: 500 },
			{ label: 'Extended 12-hour day', value: 1000 }
		]
	},
	mpm: {
		id: 'mpm',
		label: 'Machines per million people (population basis)',
		default: 4,
		min: 1,
		max: 8,
		step: 0.5,
		unit: 'machines per million people',
		origin: 'published',
		citation: {
			author: 'Grover et al.',
			year: 2015,
			title: 'A systematic review of radiotherapy capacity in LMICs (reporting the IAEA recommendation)'
		},
		note: 'Used only when the machine need is based on population rather than new cases.'
	},
	ro: {
		id: 'ro',
		label: 'Patients per radiation oncologist per year',
		default: 250,
		min: 200,
		max: 250,
		step: 5,
		unit: 'patients per oncologist-year',
		origin: 'published',
		citation: estroQuarts,
		note: 'ESTRO-QUARTS gives 200–250 patients a year for each radiation oncologist.'
	},
	mp: {
		id: 'mp',
		label: 'Patients per medical physicist per year',
		default: 450,
		min: 300,
		max: 600,
		step: 10,
		unit: 'patients per physicist-year',
		origin: 'published',
		citation: estroQuarts,
		note: 'Physicist need is the larger of this workload basis and the per-machine minimum.'
	},
	mpmach: {
		id: 'mpmach',
		label: 'Minimum medical physicists per machine',
		default: 1,
		min: 0.5,
		max: 2,
		step: 0.5,
		unit: 'physicists per machine',
		origin: 'published',
		citation: estroQuarts,
		note: 'Every machine in service needs physics cover, however few patients it treats.'
	},
	rtt: {
		id: 'rtt',
		label: 'Radiation therapists per machine',
		default: 7.5,
		min: 4,
		max: 12,
		step: 0.5,
		unit: 'therapists per machine',
		origin: 'published',
		citation: estroQuarts,
		note: 'IAEA basic centre: 7–8 radiation therapists per ~1,000 patients a year.'
	},
	chemo: {
		id: 'chemo',
		label: 'Share of new cases needing first-course chemotherapy',
		default: 0.54,
		min: 0.3,
		max: 0.8,
		step: 0.01,
		unit: 'share of new cases',
		origin: 'inferred',
		citation: wilson,
		note: 'Inferred, not stated: 9.8 M first-course chemotherapy patients of 18.1 M new cases in 2018.'
	},
	mo: {
		id: 'mo',
		label: 'Chemotherapy patients per medical oncologist per year',
		default: 150,
		min: 100,
		max: 1000,
		step: 10,
		unit: 'patients per oncologist-year',
		origin: 'published',
		citation: wilson,
		note: 'Mathew 2018 reports load bands of 150 / 500 / 1,000 new cases per oncologist.',
		scenarios: [
			{ label: 'Benchmark load', value: 150, citation: wilson },
			{
				label: 'Heavy load',
				value: 500,
				citation: { author: 'Mathew', year: 2018, title: 'Global survey of clinical oncology workforce' }
			},
			{
				label: 'Very heavy load',
				value: 1000,
				citation: { author: 'Mathew', year: 2018, title: 'Global survey of clinical oncology workforce' }
			}
		]
	},
	surg: {
		id: 'surg',
		label: 'Share of new cases needing surgery',
		default: 0.8,
		min: 0.5,
		max: 0.9,
		step: 0.01,
		unit: 'share of new cases',
		origin: 'published',
		citation: {
			author: 'Sullivan et al.',
			year: 2015,
			title: 'Global cancer surgery (Lancet Oncology Commission)'
		},
		note: 'More than 80% of new cases need surgery at some point.'
	},
	sao: {
		id: 'sao',
		label: 'Surgical, anaesthetic and obstetric physicians per 100,000 people',
		default: 20,
		min: 5,
		max: 40,
		step: 1,
		unit: 'physicians per 100,000 people',
		origin: 'published',
		citation: { author: 'Meara et al.', year: 2015, title: 'Global Surgery 2030 (Lancet Commission)' },
		note: 'The Commission’s 2030 target density for the whole surgical workforce, not cancer surgery alone.'
	},
	path: {
		id: 'path',
		label: 'Target pathologists per million people',
		default: 14,
		min: 1,
		max: 70,
		step: 1,
		unit: 'pathologists per million people',
		origin: 'user-choice',
		citation: {
			author: 'Bychkov & Schubert',
			year: 2023,
			title: 'Constant demand, patchy supply (global pathologist workforce)'
		},
		note: 'No agreed standard: set your own target. The default is the 2019–2022 world mean (the USA has about 65).'
	}
} as const satisfies Record<string, ParameterDefinition>;

export type NumericParameterId = keyof typeof parameterDefinitions;
export const numericParameterIds = Object.keys(parameterDefinitions) as NumericParameterId[];

/**
 * What the machine need is based on: `cases` (`M = I × RTU / C`, the default) or `population`
 * (`M = population / 1e6 × mpm`, the IAEA machines-per-million alternative).
 */
export type MachineBasis = 'cases' | 'population';
export const machineBases: readonly MachineBasis[] = ['cases', 'population'];
export const defaultMachineBasis: MachineBasis = 'cases';

/** One value for every model parameter. */
export type ModelParameters = { readonly [K in NumericParameterId]: number } & {
	readonly basis: MachineBasis;
};

export const defaultParameters: ModelParameters = Object.freeze({
	...(Object.fromEntries(numericParameterIds.map((id) => [id, parameterDefinitions[id].default])) as {
		[K in NumericParameterId]: number;
	}),
	basis: defaultMachineBasis
});

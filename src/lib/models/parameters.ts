/** A published source for a parameter default. */
export interface Citation {
	author: string;
	year: number;
	title: string;
	/** Journal, volume and pages, and the table, section or sentence that holds the figure. */
	locator?: string;
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
	title: 'Overview of national guidelines for infrastructure and staffing of radiotherapy (ESTRO-QUARTS)',
	locator:
		'Radiother Oncol 2005;75:349–354, the table of national guidelines (patients per megavoltage unit and per staff member)'
};
const iaeaPhysicsStaffing: Citation = {
	author: 'IAEA',
	year: 2015,
	title: 'Staffing in radiotherapy: an activity based approach (Human Health Reports No. 13)',
	locator:
		'as summarised on the IAEA Human Health Campus page Medical physics staffing in radiotherapy (1 per 400 patients; 1.7 per linear accelerator)'
};
const iaeaBasicCentre: Citation = {
	author: 'IAEA',
	year: 2008,
	title:
		'Setting up a radiotherapy programme: clinical, medical physics, radiation protection and safety aspects',
	locator: 'STI/PUB/1296, staffing of a basic centre (two megavoltage units, up to 1,000 patients a year)'
};
const mathew: Citation = {
	author: 'Mathew',
	year: 2018,
	title: 'Global survey of clinical oncology workforce',
	locator: 'J Glob Oncol 2018;4:1–12, Results (load bands of 150, 500 and 1,000 new cases per oncologist)'
};
const wilson: Citation = {
	author: 'Wilson et al.',
	year: 2019,
	title: 'Estimates of global chemotherapy demands and corresponding physician workforce requirements',
	locator:
		'Lancet Oncol 2019;20:769–780, Findings (9.8 M first-course patients in 2018; 65,000 physicians at 150 each)'
};

/** Every numeric model parameter, keyed by its id. */
export const parameterDefinitions = {
	rtu: {
		id: 'rtu',
		label: 'Radiotherapy utilisation (share of new cases needing radiotherapy)',
		default: 0.5,
		min: 0.3,
		max: 0.65,
		step: 0.01,
		unit: 'share of new cases',
		origin: 'published',
		citation: {
			author: 'Yap et al.',
			year: 2016,
			title: 'Global access to radiotherapy services: have we made progress during the past decade?',
			locator: 'J Glob Oncol 2016;2:207–215, Results (world optimal utilisation about 50 %)'
		},
		note: 'About half of new cases benefit from radiotherapy at least once.',
		scenarios: [
			{
				label: 'Evidence-based estimate',
				value: 0.483,
				citation: {
					author: 'Barton et al.',
					year: 2014,
					title:
						'Estimating the demand for radiotherapy from the evidence: a review of changes from 2003 to 2012',
					locator: 'Radiother Oncol 2014;112:140–144, Table 1 (all cancers 48.3 %)'
				}
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
	retreat: {
		id: 'retreat',
		label: 'Radiotherapy courses per patient (re-treatment factor)',
		default: 1,
		min: 1,
		max: 1.5,
		step: 0.05,
		unit: 'courses per patient',
		origin: 'user-choice',
		citation: {
			author: 'Delaney et al.',
			year: 2005,
			title:
				'The role of radiotherapy in cancer treatment: estimating optimal utilization from a review of evidence-based clinical guidelines',
			locator: 'Cancer 2005;104:1129–1137, Abstract (utilisation counts patients treated at least once)'
		},
		note: 'Need is counted in patients treated at least once; machine capacity in courses, re-treatments included. 1 reproduces the published gap studies, which divide patients by courses per machine.'
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
			title: 'A systematic review of radiotherapy capacity in low- and middle-income countries',
			locator:
				'Front Oncol 2015;4:380, Introduction (the IAEA benchmark of megavoltage machines per million people)'
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
		default: 400,
		min: 250,
		max: 600,
		step: 10,
		unit: 'patients per physicist-year',
		origin: 'published',
		citation: iaeaPhysicsStaffing,
		note: 'IAEA: 1 full-time medical physicist per 400 patients. Physicist need is the larger of this workload basis and the per-machine minimum.'
	},
	mpmach: {
		id: 'mpmach',
		label: 'Minimum medical physicists per machine',
		default: 1,
		min: 0.5,
		max: 2,
		step: 0.1,
		unit: 'physicists per machine',
		origin: 'published',
		citation: estroQuarts,
		note: 'Every machine in service needs physics cover, however few patients it treats. The IAEA’s equipment basis is 1.7 per linear accelerator.',
		scenarios: [{ label: 'IAEA equipment basis', value: 1.7, citation: iaeaPhysicsStaffing }]
	},
	rtt: {
		id: 'rtt',
		label: 'Radiation therapists per machine per shift',
		default: 3.4,
		min: 2,
		max: 6,
		step: 0.1,
		unit: 'therapists per machine per shift',
		origin: 'inferred',
		citation: iaeaBasicCentre,
		note: 'IAEA basic centre: 7–8 radiation therapists for up to 1,000 patients a year on two machines; 7.5 per 1,000 patients at 450 patients a machine-shift is 3.4. A machine run for more courses works more shifts.'
	},
	chemo: {
		id: 'chemo',
		label: 'Share of new cases needing first-course chemotherapy',
		default: 0.58,
		min: 0.3,
		max: 0.8,
		step: 0.01,
		unit: 'share of new cases',
		origin: 'inferred',
		citation: wilson,
		note: 'Inferred, not stated: 9.8 M first-course chemotherapy patients in 2018 (Wilson et al.) over 17.0 M new cases excluding non-melanoma skin cancer (GLOBOCAN 2018), the base of the Atlas’s new cases.'
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
				citation: mathew
			},
			{
				label: 'Very heavy load',
				value: 1000,
				citation: mathew
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
			title:
				'Global cancer surgery: delivering safe, affordable, and timely cancer surgery (Lancet Oncology Commission)',
			locator: 'Lancet Oncol 2015;16:1193–1224, Summary (more than 80 % of new cases need surgery)'
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
		citation: {
			author: 'Meara et al.',
			year: 2015,
			title:
				'Global Surgery 2030: evidence and solutions for achieving health, welfare, and economic development',
			locator:
				'Lancet 2015;386:569–624, Summary (target of 20 surgical, anaesthetic and obstetric physicians per 100,000 by 2030)'
		},
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
			title: 'Constant demand, patchy supply (global pathologist workforce)',
			locator: 'The Pathologist 2023, the country table of pathologists per million people'
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

/**
 * Which radiotherapy utilisation a country's need uses: `flat` (the `rtu` value for every country, the default, as in
 * Zubizarreta et al. 2015 and Datta et al. 2019) or `case-mix` (each country's own mix of cancer sites × the optimal
 * utilisation of each site, Barton et al. 2014 Table 1, as in Yap et al. 2016).
 */
export type RtuBasis = 'flat' | 'case-mix';
export const rtuBases: readonly RtuBasis[] = ['flat', 'case-mix'];
export const defaultRtuBasis: RtuBasis = 'flat';

/** One value for every model parameter. */
export type ModelParameters = { readonly [K in NumericParameterId]: number } & {
	readonly basis: MachineBasis;
	readonly rtuBasis: RtuBasis;
};

export const defaultParameters: ModelParameters = Object.freeze({
	...(Object.fromEntries(numericParameterIds.map((id) => [id, parameterDefinitions[id].default])) as {
		[K in NumericParameterId]: number;
	}),
	basis: defaultMachineBasis,
	rtuBasis: defaultRtuBasis
});

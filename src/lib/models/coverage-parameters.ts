import type { Citation, ParameterDefinition } from './parameters';

const icecValuation: Citation = {
	author: 'International Cancer Expert Corps',
	year: 2016,
	title: 'Volunteer time in the first quarter of 2016 valued at about US$82,000 at the NIH full-time rate'
};

/**
 * The coverage models' editable parameters, in the same shape as `parameterDefinitions`, so the Methods page can list
 * them beside the capacity-gap parameters.
 */
export const coverageParameterDefinitions = {
	rate: {
		id: 'rate',
		label: 'Value of one volunteer hour',
		default: 89,
		min: 10,
		max: 400,
		step: 1,
		unit: 'US$ per hour',
		origin: 'inferred',
		citation: icecValuation,
		note:
			'ICEC valued its volunteers’ time at the NIH full-time rate. We infer an hourly rate from the 2016 NIH salary cap ' +
			'(Executive Level II, US$185,100 a year) over 2,080 working hours: US$89. Set your own rate for other settings.'
	},
	weekly: {
		id: 'weekly',
		label: 'Benchmark mentoring contacts per centre per month',
		default: 52 / 12,
		min: 1,
		max: 20,
		step: 0.01,
		unit: 'sessions per centre-month',
		origin: 'inferred',
		citation: {
			author: 'Balogun et al.',
			year: 2018,
			title: 'Weekly contact between a twinned centre and its mentors, as cited for ICEC twinning programmes'
		},
		note: 'One contact a week: 52 weeks ÷ 12 months ≈ 4.33 sessions per centre-month.'
	},
	depth: {
		id: 'depth',
		label: 'Minimum distinct active experts per centre and specialty',
		default: 3,
		min: 1,
		max: 10,
		step: 1,
		unit: 'experts',
		origin: 'user-choice',
		citation: {
			author: 'International Cancer Expert Corps',
			year: 2014,
			title: 'No effort depends on one or two people (corps design principle)'
		},
		note: 'A centre and specialty served by fewer experts than this is flagged as thin; one served by none is flagged too.'
	},
	depthSessions: {
		id: 'depthSessions',
		label: 'Minimum sessions for an expert to count toward depth',
		default: 3,
		min: 1,
		max: 24,
		step: 1,
		unit: 'sessions at the centre in the specialty in the period',
		origin: 'user-choice',
		citation: {
			author: 'NCI Cancer Bulletin (Vikram, quoted)',
			year: 2010,
			title:
				'The Cancer Expert Corps: an idea for building human capital. A dedicated, long-term commitment, not a lecture or two'
		},
		note:
			'An expert counts toward a centre’s depth only with at least this many sessions there in the specialty in the ' +
			'period. The corps was founded on long-term commitment rather than “a lecture or two”: three sessions is the ' +
			'smallest number that is more than a visit and its follow-up. With one, every guest appearance counts.'
	}
} as const satisfies Record<string, ParameterDefinition>;

export type CoverageParameterId = keyof typeof coverageParameterDefinitions;

export type CoverageParameters = { readonly [K in CoverageParameterId]: number };

export const defaultCoverageParameters: CoverageParameters = Object.freeze({
	rate: coverageParameterDefinitions.rate.default,
	weekly: coverageParameterDefinitions.weekly.default,
	depth: coverageParameterDefinitions.depth.default,
	depthSessions: coverageParameterDefinitions.depthSessions.default
});

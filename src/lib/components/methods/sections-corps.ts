import { m } from '$lib/i18n';
import type { Citation } from '$lib/models/parameters';
import type { ModelMethod } from './sections';

const coleman2014: Citation = {
	author: 'Coleman et al.',
	year: 2014,
	title:
		'The International Cancer Expert Corps: a unique approach for sustainable cancer care in low and lower-middle income countries. Front Oncol 4:333'
};
const balogun2018: Citation = {
	author: 'Balogun et al.',
	year: 2018,
	title: 'Weekly contact between a twinned centre and its mentors, as cited for ICEC twinning programmes'
};

/**
 * The mentorship (corps) measures on the Methods page, in reading order: one section per measure the Mentorship view
 * and the report show, each with its formula, parameters, sources and a worked example. ICEC publishes no formula for
 * these; the definitions are the app's own, and the sections say so.
 */
export const corpsMethods: readonly ModelMethod[] = [
	{
		id: 'corps-share',
		title: m.corps_methods_share_title,
		summary: m.corps_methods_share_summary,
		formulas: () => [
			{ name: m.corps_methods_f_share(), formula: 'share = centres with ≥ 1 session ÷ partner centres' }
		],
		parameters: [],
		example: m.corps_methods_share_example,
		citations: [coleman2014]
	},
	{
		id: 'corps-gap-reach',
		title: m.corps_methods_gap_title,
		summary: m.corps_methods_gap_summary,
		formulas: () => [
			{
				name: m.corps_methods_f_gap(),
				formula: 'reach = Σ gap(countries with a mentored centre) ÷ Σ gap(countries with a known gap)'
			}
		],
		parameters: [],
		example: m.corps_methods_gap_example,
		citations: [coleman2014]
	},
	{
		id: 'corps-mentees',
		title: m.corps_methods_mentees_title,
		summary: m.corps_methods_mentees_summary,
		formulas: () => [
			{
				name: m.corps_methods_f_mentees(),
				formula: 'mentees per expert = distinct (expert, centre) pairs with a session ÷ active experts'
			}
		],
		parameters: [],
		example: m.corps_methods_mentees_example,
		citations: [coleman2014]
	},
	{
		id: 'corps-contact',
		title: m.corps_methods_contact_title,
		summary: m.corps_methods_contact_summary,
		formulas: () => [
			{ name: m.corps_methods_f_contact_centre(), formula: 'meets_i = sessions_i ÷ engaged months_i ≥ B' },
			{
				name: m.corps_methods_f_contact_share(),
				formula: 'share = Σ meets_i ÷ centres with ≥ 1 engaged month'
			},
			{ name: m.corps_methods_f_contact_pooled(), formula: 'pooled = Σ sessions_i ÷ Σ engaged months_i' },
			{
				name: m.corps_methods_f_continuity(),
				formula: 'continuity = min(1, Σ months with a session ÷ Σ engaged months)'
			}
		],
		parameters: [],
		coverageParameters: ['weekly'],
		example: m.corps_methods_contact_example,
		citations: [balogun2018]
	},
	{
		id: 'corps-depth',
		title: m.corps_methods_depth_title,
		summary: m.corps_methods_depth_summary,
		formulas: () => [
			{ name: m.corps_methods_f_depth(), formula: 'q = #{ experts e : sessions_e ≥ s_min }' },
			{ name: m.corps_methods_f_status(), formula: 'none if q = 0; thin if 0 < q < D; deep if q ≥ D' },
			{ name: m.corps_methods_f_top(), formula: 'top share = max_e sessions_e ÷ Σ_e sessions_e' },
			{
				name: m.corps_methods_f_hhi(),
				formula: 'HHI = Σ_e (sessions_e ÷ Σ sessions)²; 1 ÷ HHI = effective experts'
			}
		],
		parameters: [],
		coverageParameters: ['depth', 'depthSessions'],
		example: m.corps_methods_depth_example,
		citations: [
			coleman2014,
			{ author: 'Hirschman', year: 1964, title: 'The paternity of an index. Am Econ Rev 54(5):761' }
		]
	},
	{
		id: 'corps-match',
		title: m.corps_methods_match_title,
		summary: m.corps_methods_match_summary,
		formulas: () => [
			{ name: m.corps_methods_f_km(), formula: 'S(t) = Π_{t_j ≤ t} (1 − d_j ÷ n_j)' },
			{ name: m.corps_methods_f_median(), formula: 'median = min { t_j : S(t_j) ≤ 0.5 }, else not reached' },
			{
				name: m.corps_methods_f_greenwood(),
				formula: 'V = Σ_{t_j ≤ t} d_j ÷ (n_j (n_j − d_j)); band S^exp(±1.96 √V ÷ |ln S|)'
			},
			{
				name: m.corps_methods_f_median_ci(),
				formula: 'lower = min { t_j : S_lower(t_j) ≤ 0.5 }; upper = min { t_j : S_upper(t_j) ≤ 0.5 }'
			}
		],
		parameters: [],
		example: m.corps_methods_match_example,
		citations: [
			{
				author: 'Kaplan & Meier',
				year: 1958,
				title: 'Nonparametric estimation from incomplete observations. J Am Stat Assoc 53:457–481'
			},
			{
				author: 'Greenwood',
				year: 1926,
				title: 'The natural duration of cancer. Reports on Public Health and Medical Subjects 33'
			},
			{
				author: 'Kalbfleisch & Prentice',
				year: 1980,
				title: 'The statistical analysis of failure time data (log(−log) intervals)'
			},
			{
				author: 'Brookmeyer & Crowley',
				year: 1982,
				title: 'A confidence interval for the median survival time. Biometrics 38:29–41'
			}
		]
	},
	{
		id: 'corps-phase',
		title: m.corps_methods_phase_title,
		summary: m.corps_methods_phase_summary,
		formulas: () => [
			{
				name: m.corps_methods_f_phase_year(),
				formula: 'phase(c, y) = phase of the latest record of c in a year ≤ y'
			},
			{ name: m.corps_methods_f_phase_step(), formula: 'step k → k+1 = first year at k+1 − first year at k' },
			{
				name: m.corps_methods_f_phase_skip(),
				formula: 'skipped(c) = { k : never recorded, a phase < k recorded before a phase > k }'
			}
		],
		parameters: [],
		example: m.corps_methods_phase_example,
		citations: [coleman2014]
	},
	{
		id: 'corps-in-kind',
		title: m.corps_methods_kind_title,
		summary: m.corps_methods_kind_summary,
		formulas: () => [
			{ name: m.corps_methods_f_kind(), formula: 'in-kind value = volunteer hours × hourly rate' }
		],
		parameters: [],
		coverageParameters: ['rate'],
		example: m.corps_methods_kind_example,
		citations: [
			{
				author: 'International Cancer Expert Corps',
				year: 2016,
				title:
					'Volunteer time in the first quarter of 2016 valued at about US$82,000 at the NIH full-time rate'
			}
		]
	}
];

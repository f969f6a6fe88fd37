/**
 * Case-mix radiotherapy utilisation: the share of a country's new cases that should receive radiotherapy at least
 * once, from its own mix of cancer sites rather than one world figure. `RTU_c = Σ_s share_s × RTU_s`, with the
 * optimal utilisation of each site from the CCORE evidence model (Barton et al. 2014, Table 1), applied to the
 * GLOBOCAN 2022 sites the way Yap et al. 2016 applied it to GLOBOCAN 2012 (world ≈ 50 %, 32 % Mongolia to 59 %
 * Comoros).
 */

/** The CCORE tumour sites with an optimal radiotherapy utilisation (Barton et al. 2014, Table 1). */
export type BartonSite =
	| 'head-and-neck'
	| 'oesophagus'
	| 'stomach'
	| 'colon'
	| 'rectum'
	| 'liver'
	| 'gall-bladder'
	| 'pancreas'
	| 'lung'
	| 'melanoma'
	| 'breast'
	| 'vulva'
	| 'vagina'
	| 'cervix'
	| 'uterus'
	| 'ovary'
	| 'prostate'
	| 'testis'
	| 'kidney'
	| 'bladder'
	| 'brain'
	| 'thyroid'
	| 'lymphoma'
	| 'myeloma'
	| 'leukaemia'
	| 'other';

/**
 * Optimal radiotherapy utilisation by tumour site, the share of patients with an indication for radiotherapy at
 * least once: Barton MB et al., Estimating the demand for radiotherapy from the evidence: a review of changes from
 * 2003 to 2012, Radiother Oncol 2014;112:140–144, Table 1 (all cancers 48.3 %). "Other" covers the sites the model
 * groups as other cancers and the GLOBOCAN sites it does not name (anus, mesothelioma, Kaposi sarcoma, penis, and
 * the remainder of the all-sites total).
 */
export const bartonOptimalRtu: Readonly<Record<BartonSite, number>> = {
	'head-and-neck': 0.74,
	oesophagus: 0.71,
	stomach: 0.27,
	colon: 0.04,
	rectum: 0.6,
	liver: 0.005,
	'gall-bladder': 0.17,
	pancreas: 0.49,
	lung: 0.77,
	melanoma: 0.21,
	breast: 0.87,
	vulva: 0.39,
	vagina: 0.94,
	cervix: 0.71,
	uterus: 0.38,
	ovary: 0.04,
	prostate: 0.58,
	testis: 0.07,
	kidney: 0.15,
	bladder: 0.47,
	brain: 0.8,
	thyroid: 0.04,
	lymphoma: 0.73,
	myeloma: 0.45,
	leukaemia: 0.04,
	other: 0.5
};

/**
 * GLOBOCAN 2022 cancer codes to CCORE sites. Code 40 (all sites except non-melanoma skin) is the total; 41
 * (colorectum) is left out because colon (8), rectum (9) and anus (10) are listed apart; 17 (non-melanoma skin) is
 * outside the total, as in every figure of the Atlas.
 */
export const globocanSiteToBarton: Readonly<Record<number, BartonSite>> = {
	1: 'head-and-neck',
	2: 'head-and-neck',
	3: 'head-and-neck',
	4: 'head-and-neck',
	5: 'head-and-neck',
	14: 'head-and-neck',
	6: 'oesophagus',
	7: 'stomach',
	8: 'colon',
	9: 'rectum',
	10: 'other',
	11: 'liver',
	12: 'gall-bladder',
	13: 'pancreas',
	15: 'lung',
	16: 'melanoma',
	18: 'other',
	19: 'other',
	20: 'breast',
	21: 'vulva',
	22: 'vagina',
	23: 'cervix',
	24: 'uterus',
	25: 'ovary',
	26: 'other',
	27: 'prostate',
	28: 'testis',
	29: 'kidney',
	30: 'bladder',
	31: 'brain',
	32: 'thyroid',
	33: 'lymphoma',
	34: 'lymphoma',
	35: 'myeloma',
	36: 'leukaemia'
};

/** New cases of one GLOBOCAN site in one country. */
export interface SiteCases {
	siteCode: number;
	newCases: number | null;
}

/**
 * A country's case-mix radiotherapy utilisation: `Σ_s cases_s × RTU_s / total`, where the cases of the sites the
 * model names are weighed by their own rate and the rest of the all-sites total by the "other" rate.
 * `null` when the total is missing or zero, or when the named sites add up to more than the total (inconsistent data).
 *
 * @param sites new cases by GLOBOCAN site (codes other than those in `globocanSiteToBarton` are ignored)
 * @param total new cases, all sites except non-melanoma skin cancer (GLOBOCAN code 40)
 * @example caseMixRtu([{ siteCode: 20, newCases: 600 }, { siteCode: 11, newCases: 400 }], 1_000) // 0.87 × 0.6 + 0.005 × 0.4 = 0.524
 */
export function caseMixRtu(sites: readonly SiteCases[], total: number | null): number | null {
	if (total === null || !Number.isFinite(total) || !(total > 0)) return null;
	let named = 0;
	let weighted = 0;
	for (const { siteCode, newCases } of sites) {
		const site = globocanSiteToBarton[siteCode];
		if (site === undefined || newCases === null || !Number.isFinite(newCases) || newCases < 0) continue;
		named += newCases;
		weighted += newCases * bartonOptimalRtu[site];
	}
	if (named > total * (1 + 1e-9)) return null;
	return (weighted + (total - named) * bartonOptimalRtu.other) / total;
}

/**
 * The same utilisation from two sums the database computes with `bartonOptimalRtu` as weights: the site-weighted
 * cases `Σ_s cases_s × RTU_s` and the named-site cases `Σ_s cases_s`, over the sites in `globocanSiteToBarton`.
 *
 * @example caseMixRtuFromSums(524, 1_000, 1_000) // 0.524; caseMixRtuFromSums(435, 500, 1_000) // (435 + 500 × 0.5) / 1,000 = 0.685
 */
export function caseMixRtuFromSums(
	weightedCases: number | null,
	namedCases: number | null,
	total: number | null
): number | null {
	if (total === null || !Number.isFinite(total) || !(total > 0)) return null;
	if (weightedCases === null || namedCases === null || !(namedCases >= 0) || !(weightedCases >= 0))
		return null;
	if (namedCases > total * (1 + 1e-9)) return null;
	return (weightedCases + (total - namedCases) * bartonOptimalRtu.other) / total;
}

/** Each GLOBOCAN site code with its optimal utilisation, for the database to weigh site cases. */
export const siteRtuWeights: readonly { siteCode: number; rtu: number }[] = Object.entries(
	globocanSiteToBarton
).map(([code, site]) => ({ siteCode: Number(code), rtu: bartonOptimalRtu[site] }));

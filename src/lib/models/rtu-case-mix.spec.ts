import { describe, expect, it } from 'vitest';
import {
	bartonOptimalRtu,
	caseMixRtu,
	caseMixRtuFromSums,
	globocanSiteToBarton,
	siteRtuWeights
} from './rtu-case-mix';

describe('caseMixRtu', () => {
	it('weighs each site by its optimal utilisation and the rest of the total by "other"', () => {
		// breast 600 × 0.87 + liver 300 × 0.005 + 100 unnamed × 0.5
		const sites = [
			{ siteCode: 20, newCases: 600 },
			{ siteCode: 11, newCases: 300 }
		];
		expect(caseMixRtu(sites, 1_000)).toBeCloseTo((522 + 1.5 + 50) / 1_000, 12);
	});

	it('ignores the total, colorectum and non-melanoma skin codes (40, 41, 17): never summed twice', () => {
		const sites = [
			{ siteCode: 40, newCases: 1_000 },
			{ siteCode: 41, newCases: 500 },
			{ siteCode: 17, newCases: 900 },
			{ siteCode: 8, newCases: 300 },
			{ siteCode: 9, newCases: 200 }
		];
		expect(caseMixRtu(sites, 1_000)).toBeCloseTo((300 * 0.04 + 200 * 0.6 + 500 * 0.5) / 1_000, 12);
	});

	it('is unknown without a total, and when the named sites exceed it', () => {
		expect(caseMixRtu([{ siteCode: 20, newCases: 10 }], null)).toBeNull();
		expect(caseMixRtu([{ siteCode: 20, newCases: 10 }], 0)).toBeNull();
		expect(caseMixRtu([{ siteCode: 20, newCases: 10 }], 5)).toBeNull();
	});

	it('from the database sums gives the same value', () => {
		const sites = [
			{ siteCode: 20, newCases: 600 },
			{ siteCode: 11, newCases: 300 }
		];
		const weighted = 600 * 0.87 + 300 * 0.005;
		expect(caseMixRtuFromSums(weighted, 900, 1_000)).toBeCloseTo(caseMixRtu(sites, 1_000) ?? NaN, 12);
		expect(caseMixRtuFromSums(null, null, 1_000)).toBeNull();
		expect(caseMixRtuFromSums(1, 2, 1)).toBeNull();
	});

	it('Barton et al. 2014 Table 1: every rate is a share, and every mapped GLOBOCAN code has one', () => {
		for (const rate of Object.values(bartonOptimalRtu)) expect(rate).toBeGreaterThanOrEqual(0);
		for (const rate of Object.values(bartonOptimalRtu)) expect(rate).toBeLessThanOrEqual(1);
		expect(siteRtuWeights).toHaveLength(Object.keys(globocanSiteToBarton).length);
		expect(siteRtuWeights.map((w) => w.siteCode)).not.toContain(40);
		expect(siteRtuWeights.map((w) => w.siteCode)).not.toContain(41);
	});
});

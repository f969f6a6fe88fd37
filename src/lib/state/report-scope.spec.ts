import { describe, expect, it } from 'vitest';
import { resolveScope, type ScopeCatalog } from './report-scope';
import { readReportState } from './report-state';

const catalog: ScopeCatalog = {
	countries: [
		{ iso3: 'KEN', region: 'Sub-Saharan Africa', incomeGroup: 'LM' },
		{ iso3: 'SEN', region: 'Sub-Saharan Africa', incomeGroup: 'LM' },
		{ iso3: 'ETH', region: 'Sub-Saharan Africa', incomeGroup: 'L' },
		{ iso3: 'GLP', region: null, incomeGroup: null },
		{ iso3: 'IND', region: 'South Asia', incomeGroup: 'LM' }
	],
	centres: [
		{ centreId: 'C001', iso3: 'KEN' },
		{ centreId: 'C002', iso3: 'IND' },
		{ centreId: 'C003', iso3: 'ETH' }
	]
};
const members = (raw: Parameters<typeof resolveScope>[0]) => {
	const r = resolveScope(raw, catalog);
	if (!r.ok) throw new Error('expected a scope');
	return { iso3: [...r.value.iso3].sort(), centres: [...r.value.centreIds].sort(), country: r.value.country };
};

describe('resolveScope', () => {
	it('covers every country for the world, territories without a World Bank group included', () => {
		expect(members({ kind: 'world' })).toEqual({
			iso3: ['ETH', 'GLP', 'IND', 'KEN', 'SEN'],
			centres: ['C001', 'C002', 'C003'],
			country: null
		});
	});

	it('covers a region, an income group, a country and a centre', () => {
		expect(members({ kind: 'region', region: 'Sub-Saharan Africa' })).toEqual({
			iso3: ['ETH', 'KEN', 'SEN'],
			centres: ['C001', 'C003'],
			country: null
		});
		expect(members({ kind: 'income', income: 'LM' })).toEqual({
			iso3: ['IND', 'KEN', 'SEN'],
			centres: ['C001', 'C002'],
			country: null
		});
		expect(members({ kind: 'country', iso3: 'SEN' })).toEqual({ iso3: ['SEN'], centres: [], country: 'SEN' });
		expect(members({ kind: 'centre', centreId: 'C003' })).toEqual({
			iso3: ['ETH'],
			centres: ['C003'],
			country: 'ETH'
		});
	});

	it('names what exists when the scope names nothing', () => {
		const problem = (scope: Parameters<typeof resolveScope>[0]) => {
			const r = resolveScope(scope, catalog);
			return r.ok ? null : r.problem.known;
		};
		expect(problem({ kind: 'country', iso3: 'XKX' })).toEqual(['ETH', 'GLP', 'IND', 'KEN', 'SEN']);
		expect(problem({ kind: 'region', region: 'Atlantis' })).toEqual(['South Asia', 'Sub-Saharan Africa']);
		expect(problem({ kind: 'income', income: 'H' })).toEqual(['L', 'LM']);
		expect(problem({ kind: 'centre', centreId: 'C999' })).toEqual(['C001', 'C002', 'C003']);
	});
});

describe('readReportState', () => {
	const data = { catalog, range: { first: '2016-03', last: '2026-06' } };

	it('reads scope, period and language from the URL', () => {
		const s = readReportState(new URLSearchParams('scope=KEN&from=2024-01&to=2024-12&lang=fr'), data);
		expect(s.resolved?.country).toBe('KEN');
		expect(s.period).toEqual({ from: '2024-01', to: '2024-12' });
		expect(s.periodIgnored).toBe(false);
		expect(s.lang).toBe('fr');
	});

	it('defaults to the world and the last twelve months', () => {
		const s = readReportState(new URLSearchParams(''), data);
		expect(s.scope).toEqual({ kind: 'world' });
		expect(s.period).toEqual({ from: '2025-07', to: '2026-06' });
		expect(s.lang).toBeNull();
	});

	it('says when the period was unusable, and clamps one that overlaps the record', () => {
		expect(readReportState(new URLSearchParams('from=2030-01&to=2030-12'), data).periodIgnored).toBe(true);
		expect(readReportState(new URLSearchParams('from=2025-13&to=2025-12'), data).periodIgnored).toBe(true);
		const clamped = readReportState(new URLSearchParams('from=2026-01&to=2027-12'), data);
		expect(clamped.period).toEqual({ from: '2026-01', to: '2026-06' });
		expect(readReportState(new URLSearchParams('from=2025-12&to=2025-01'), data).period).toEqual({
			from: '2025-01',
			to: '2025-12'
		});
	});

	it('keeps a malformed or unknown scope apart from a known one', () => {
		const malformed = readReportState(new URLSearchParams('scope=Kenya!'), data);
		expect(malformed.resolved).toBeNull();
		expect(malformed.problem).toBeNull();
		const unknown = readReportState(new URLSearchParams('scope=XKX'), data);
		expect(unknown.resolved).toBeNull();
		expect(unknown.problem?.known).toContain('KEN');
		expect(readReportState(new URLSearchParams('lang=xx'), data).lang).toBeNull();
	});
});

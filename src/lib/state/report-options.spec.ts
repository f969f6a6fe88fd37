import { describe, expect, it } from 'vitest';
import {
	clampPeriod,
	lastTwelveMonths,
	monthsIn,
	parsePeriod,
	parseScope,
	reportSearch,
	scopeText,
	type ReportScope
} from './report-options';

describe('parseScope', () => {
	it.each([
		['world', { kind: 'world' }],
		['', { kind: 'world' }],
		['KEN', { kind: 'country', iso3: 'KEN' }],
		['ken', { kind: 'country', iso3: 'KEN' }],
		['country:sen', { kind: 'country', iso3: 'SEN' }],
		['region:Sub-Saharan Africa', { kind: 'region', region: 'Sub-Saharan Africa' }],
		['income:lm', { kind: 'income', income: 'LM' }],
		['centre:C001', { kind: 'centre', centreId: 'C001' }],
		['center:C001', { kind: 'centre', centreId: 'C001' }]
	] as const)('reads %j', (raw, scope) => {
		expect(parseScope(raw)).toEqual(scope);
	});

	it.each(['KENYA', 'KE', 'income:XL', 'region:', 'planet:Mars', 'centre:', 'K3N'])('refuses %j', (raw) => {
		expect(parseScope(raw)).toBeNull();
	});

	it('writes what it reads', () => {
		const scopes: ReportScope[] = [
			{ kind: 'world' },
			{ kind: 'country', iso3: 'KEN' },
			{ kind: 'region', region: 'Latin America & Caribbean' },
			{ kind: 'income', income: 'UM' },
			{ kind: 'centre', centreId: 'C012' }
		];
		for (const scope of scopes) expect(parseScope(scopeText(scope))).toEqual(scope);
	});
});

describe('parsePeriod', () => {
	it.each([
		['2025', { from: '2025-01', to: '2025-12' }],
		['2025-03', { from: '2025-03', to: '2025-03' }],
		['2024-07..2025-06', { from: '2024-07', to: '2025-06' }],
		['2023..2024', { from: '2023-01', to: '2024-12' }],
		['2025-06..2024-07', { from: '2024-07', to: '2025-06' }],
		[' 2025 ', { from: '2025-01', to: '2025-12' }]
	])('reads %j', (raw, period) => {
		expect(parsePeriod(raw)).toEqual(period);
	});

	it.each(['', '25', '2025-13', '2025-00', '2024..2025..2026', 'last year', '2025-1'])(
		'refuses %j',
		(raw) => {
			expect(parsePeriod(raw)).toBeNull();
		}
	);
});

describe('periods against the record', () => {
	const range = { first: '2016-03', last: '2026-06' };

	it('clamps a period to the record and refuses one outside it', () => {
		expect(clampPeriod({ from: '2010-01', to: '2030-12' }, range)).toEqual({
			from: '2016-03',
			to: '2026-06'
		});
		expect(clampPeriod({ from: '2020-01', to: '2020-12' }, range)).toEqual({
			from: '2020-01',
			to: '2020-12'
		});
		expect(clampPeriod({ from: '2027-01', to: '2027-12' }, range)).toBeNull();
		expect(clampPeriod({ from: '2001-01', to: '2016-02' }, range)).toBeNull();
	});

	it('defaults to the last twelve months, or the whole record when shorter', () => {
		expect(lastTwelveMonths(range)).toEqual({ from: '2025-07', to: '2026-06' });
		expect(lastTwelveMonths({ first: '2026-01', last: '2026-06' })).toEqual({
			from: '2026-01',
			to: '2026-06'
		});
		expect(lastTwelveMonths({ first: '2020-01', last: '2025-12' })).toEqual({
			from: '2025-01',
			to: '2025-12'
		});
	});

	it('counts months with both ends included', () => {
		expect(monthsIn({ from: '2025-01', to: '2025-12' })).toBe(12);
		expect(monthsIn({ from: '2024-07', to: '2025-06' })).toBe(12);
		expect(monthsIn({ from: '2025-03', to: '2025-03' })).toBe(1);
	});
});

describe('reportSearch', () => {
	it('writes scope, period and language, keeping model parameters', () => {
		const search = reportSearch(
			{ scope: { kind: 'country', iso3: 'KEN' }, period: { from: '2025-01', to: '2025-12' }, lang: 'fr' },
			new URLSearchParams('rtu=0.483&lang=en&from=2020-01')
		);
		expect(search.get('scope')).toBe('KEN');
		expect(search.get('from')).toBe('2025-01');
		expect(search.get('to')).toBe('2025-12');
		expect(search.get('lang')).toBe('fr');
		expect(search.get('rtu')).toBe('0.483');
		expect(search.getAll('lang')).toEqual(['fr']);
	});

	it('leaves the period and language out when not given', () => {
		expect(reportSearch({ scope: { kind: 'region', region: 'South Asia' } }).toString()).toBe(
			'scope=region%3ASouth+Asia'
		);
	});
});

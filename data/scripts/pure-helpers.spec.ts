import { describe, expect, it } from 'vitest';
import { admin1Code, admin1Iso3, isFallbackCode, type Admin1Attributes } from './admin1-codes';
import { nearestSiteKm } from './access';
import { incomeCode } from './countries';
import { centreKeys } from './dirac';
import { DIRAC_HEADER, mapDiracCountries, parseDiracRecords } from './dirac-rows';

const H = [...DIRAC_HEADER];
const F = 'dirac.csv';

describe('parseDiracRecords', () => {
	it('reads a well-formed row', () => {
		const [f] = parseDiracRecords(
			[H, ['Kenya', 'Nairobi', 'KNH', '3', '0', '1', '2', '2021.0', '-1.3', '36.8']],
			F
		);
		expect(f).toMatchObject({
			row: 2,
			mvMachines: 3,
			brachytherapy: 2,
			xrayUnits: 1,
			lastUpdate: 2021,
			repaired: false
		});
	});

	it('repairs a row shifted by a comma in the operator name', () => {
		const raw = [
			'Argentina',
			'Mar del Plata',
			'Hospital Privado',
			' Centro de la Costa',
			'2',
			'0',
			'1',
			'0.0',
			'-38',
			'-57.5'
		];
		const [f] = parseDiracRecords([H, raw], F);
		expect(f).toMatchObject({
			city: 'Mar del Plata',
			name: 'Hospital Privado, Centro de la Costa',
			mvMachines: 2
		});
		expect(f).toMatchObject({
			protonIon: 0,
			xrayUnits: 1,
			brachytherapy: 0,
			lastUpdate: null,
			repaired: true
		});
	});

	it('repairs a row shifted by a comma in the city', () => {
		const raw = [
			'South Africa',
			'Johannesburg; Berea',
			' Berea',
			'Netcare Rand Clinic',
			'1',
			'0',
			'0',
			'0.0',
			'-26.2',
			'28.0'
		];
		const [f] = parseDiracRecords([H, raw], F);
		expect(f).toMatchObject({
			city: 'Johannesburg; Berea, Berea',
			name: 'Netcare Rand Clinic',
			mvMachines: 1
		});
	});

	it('fails naming file and row on any other malformed row', () => {
		const ok = ['Kenya', 'Nairobi', 'KNH', '3', '0', '1', '2', '2021.0', '-1.3', '36.8'];
		expect(() =>
			parseDiracRecords([H, ok, ['Kenya', 'Nairobi', 'KNH', 'three', '0', '1', '2', '2021.0', '-1', '36']], F)
		).toThrow(/dirac\.csv row 3/);
		expect(() => parseDiracRecords([H, ['Kenya', 'Nairobi']], F)).toThrow(
			'dirac.csv row 2: 2 fields, expected 10'
		);
		expect(() =>
			parseDiracRecords([H, ['Kenya', 'Nairobi', 'KNH', '3', '0', '1', '2', '2021.0', '95', '36']], F)
		).toThrow(/row 2: column "Latitude"/);
	});

	it('fails naming the file when a column is missing', () => {
		expect(() => parseDiracRecords([H.slice(0, 9)], F)).toThrow(
			'dirac.csv: missing or misplaced column(s) Longitude'
		);
	});

	it('maps countries through the crosswalk and fails on an unknown name', () => {
		const facilities = parseDiracRecords([H, ['Narnia', 'X', 'Y', '1', '0', '0', '0', '2020.0', '', '']], F);
		expect(() => mapDiracCountries(facilities, new Map([['Kenya', 'KEN']]), F)).toThrow(
			'dirac.csv row 2: country "Narnia" has no ISO3 code in the crosswalk'
		);
	});
});

describe('code mapping', () => {
	const attrs = (o: Partial<Admin1Attributes>): Admin1Attributes => ({
		ne_id: '1',
		adm1_code: 'ARG-1309',
		iso_3166_2: 'AR-E',
		code_hasc: null,
		adm0_a3: 'ARG',
		iso_a2: 'AR',
		name: null,
		name_en: null,
		...o
	});

	it('uses ISO 3166-2, else the NE adm1_code for blank or "~" codes', () => {
		expect(admin1Code(attrs({}), 'w')).toBe('AR-E');
		expect(admin1Code(attrs({ iso_3166_2: 'AR-~' }), 'w')).toBe('ARG-1309');
		expect(admin1Code(attrs({ iso_3166_2: null }), 'w')).toBe('ARG-1309');
		expect(isFallbackCode('ARG-1309')).toBe(true);
		expect(isFallbackCode('AU-NSW')).toBe(false);
		expect(() => admin1Code(attrs({ iso_3166_2: '', adm1_code: '' }), 'attrs.csv row 7')).toThrow(
			'attrs.csv row 7'
		);
	});

	it('maps NE country codes to ISO3, overseas departments to their own code', () => {
		const iso3s = new Set(['ARG', 'SSD', 'FRA', 'GLP']);
		const iso2 = new Map([
			['SS', 'SSD'],
			['FR', 'FRA']
		]);
		expect(admin1Iso3(attrs({}), iso3s, iso2)).toBe('ARG');
		expect(admin1Iso3(attrs({ adm0_a3: 'SDS', iso_a2: 'SS' }), iso3s, iso2)).toBe('SSD');
		expect(admin1Iso3(attrs({ adm0_a3: 'FRA', iso_a2: 'FR', iso_3166_2: 'FR-GP' }), iso3s, iso2)).toBe('GLP');
		expect(admin1Iso3(attrs({ adm0_a3: 'KOS', iso_a2: 'XK' }), iso3s, iso2)).toBeNull();
	});

	it('maps income groups and fails on an unknown label', () => {
		expect(incomeCode('Lower middle income', 'w')).toBe('LM');
		expect(incomeCode(null, 'w')).toBeNull();
		expect(() => incomeCode('Middle income', 'CLASS.xlsx row 9')).toThrow(
			'CLASS.xlsx row 9: unknown income group "Middle income"'
		);
	});

	it('gives stable, distinct centre keys', () => {
		const keys = centreKeys([
			{ iso3: 'KEN', city: 'Nairobi', name: 'KNH' },
			{ iso3: 'KEN', city: 'Nairobi', name: 'KNH' }
		]);
		expect(keys[0]).toMatch(/^KEN-[0-9a-f]{8}$/);
		expect(keys[1]).toBe(`${keys[0]}-2`);
	});
});

describe('nearestSiteKm', () => {
	it('measures great-circle distance, across the antimeridian, and gives Infinity beyond the limit', () => {
		const km = nearestSiteKm(
			[
				[0, 0],
				[179.9, 0],
				[50, 50]
			],
			[
				[1, 0],
				[-179.9, 0]
			],
			200
		);
		expect(km[0]).toBeCloseTo(111.2, 0);
		expect(km[1]).toBeCloseTo(22.2, 0);
		expect(km[2]).toBe(Infinity);
	});
});

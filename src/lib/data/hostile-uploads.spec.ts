import { describe, expect, it } from 'vitest';
import { HOSTILE_UPLOADS } from '../../../tests/fixtures/hostile-uploads';
import type { CountryCodes } from './program-checks';
import { analyseProgramFile } from './program-upload';
import { formatIssue } from './validate';

const countries: CountryCodes = {
	iso3: new Set(['KEN', 'SEN', 'COD', 'ROU', 'TLS', 'FRA', 'USA']),
	iso2ToIso3: new Map([
		['KE', 'KEN'],
		['SN', 'SEN']
	])
};
const loaded = { hubs: [{ hub_id: 'H01' }], engagements: [{ engagement_id: 'G0001' }] };
const analyse = (name: string, bytes: Uint8Array) =>
	analyseProgramFile(bytes.slice().buffer, name, bytes.byteLength, { mode: 'append', loaded, countries });

describe('odd and hostile uploads', () => {
	it.each(HOSTILE_UPLOADS.map((h) => [h.what, h] as const))('%s', async (_, h) => {
		const a = await analyse(h.name, h.bytes);
		const kinds = new Set(a.issues.map((i) => i.kind));
		for (const k of h.kinds) expect(kinds, a.issues.map(formatIssue).join('\n')).toContain(k);
		if (h.kinds.length === 0) expect(a.fatal).toBe(false);
	});

	it('reports every problem of a row, and cell problems despite a missing column', async () => {
		const h = HOSTILE_UPLOADS.find((x) => x.name === 'centres missing.csv');
		const a = await analyse(h?.name ?? '', h?.bytes ?? new Uint8Array());
		expect(a.fatal).toBe(true);
		expect(
			a.issues.filter((i) => i.row && i.row > 1).map((i) => [i.row, i.column, i.value, i.kind, i.suggestion])
		).toEqual([
			[2, 'iso3', 'KE', 'pattern', 'KEN'],
			[2, 'phase', 'six', 'type', undefined],
			[3, 'iso3', 'ZAR', 'reference', 'COD']
		]);
	});

	it('checks an unknown country code on a row that has other problems', async () => {
		const h = HOSTILE_UPLOADS.find((x) => x.name === 'centres unknown code.csv');
		const a = await analyse(h?.name ?? '', h?.bytes ?? new Uint8Array());
		expect(a.issues.filter((i) => i.row === 2).map((i) => [i.column, i.kind])).toEqual([
			['phase', 'type'],
			['iso3', 'reference']
		]);
	});

	it('suggests the code meant for retired codes, and the number meant for a decimal comma', async () => {
		const legacy = HOSTILE_UPLOADS.find((x) => x.name === 'centres legacy.csv');
		const a = await analyse(legacy?.name ?? '', legacy?.bytes ?? new Uint8Array());
		expect(a.issues.map((i) => [i.value, i.suggestion])).toEqual([
			['ZAR', 'COD'],
			['ROM', 'ROU'],
			['TMP', 'TLS']
		]);
		const comma = HOSTILE_UPLOADS.find((x) => x.name === 'sessions comma.csv');
		const b = await analyse(comma?.name ?? '', comma?.bytes ?? new Uint8Array());
		expect(b.issues[0]).toMatchObject({ value: '2,5', suggestion: '2.5', detail: 'decimal_comma' });
	});

	it('skips a repeated header and loads the rows of both halves', async () => {
		const h = HOSTILE_UPLOADS.find((x) => x.name === 'two exports.csv');
		const a = await analyse(h?.name ?? '', h?.bytes ?? new Uint8Array());
		expect(a).toMatchObject({ rowsRead: 2, accepted: 2, table: 'centres' });
		expect(a.issues.map((i) => [i.kind, i.row])).toEqual([['repeated_header', 3]]);
	});

	it('reads semicolons and decimal commas, and says so', async () => {
		const h = HOSTILE_UPLOADS.find((x) => x.name === 'centres fr.csv');
		const a = await analyse(h?.name ?? '', h?.bytes ?? new Uint8Array());
		expect(a.read).toMatchObject({ delimiter: ';', decimalComma: true });
		expect(a.rows).toMatchObject([{ lat: 14.69, lon: -17.44 }]);
	});

	it('decodes UTF-16 with or without a byte-order mark', async () => {
		for (const name of ['hubs utf16.csv', 'hubs utf16 bom.csv']) {
			const h = HOSTILE_UPLOADS.find((x) => x.name === name);
			const a = await analyse(name, h?.bytes ?? new Uint8Array());
			expect(a.read?.encoding).toBe('utf-16le');
			expect((a.rows[0] as { name: string }).name).toMatch(/^Hub (Été|Ñandú)$/);
		}
	});
});

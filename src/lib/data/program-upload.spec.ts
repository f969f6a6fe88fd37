import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CountryCodes } from './program-checks';
import { analyseProgramFile, checkFileSize, MAX_FILE_BYTES, WARN_FILE_BYTES } from './program-upload';

const fixture = (name: string) => {
	const b = readFileSync(`tests/fixtures/program/${name}`);
	return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const countries: CountryCodes = {
	iso3: new Set(['KEN', 'SEN', 'ROU', 'FRA', 'USA']),
	iso2ToIso3: new Map([
		['KE', 'KEN'],
		['SN', 'SEN']
	])
};
const loaded = {
	hubs: [{ hub_id: 'H01' }],
	centres: [{ centre_id: 'C001' }],
	experts: [{ expert_id: 'E001' }]
};
const analyse = (name: string, mode: 'replace' | 'append' = 'replace') =>
	analyseProgramFile(fixture(name), name, 1, { mode, loaded, countries });

describe('checkFileSize', () => {
	it.each([
		[0, 'ok'],
		[WARN_FILE_BYTES, 'ok'],
		[WARN_FILE_BYTES + 1, 'warn'],
		[MAX_FILE_BYTES, 'warn'],
		[MAX_FILE_BYTES + 1, 'refuse']
	] as const)('%d bytes → %s', (bytes, verdict) => expect(checkFileSize(bytes)).toBe(verdict));
});

describe('analyseProgramFile', () => {
	it('accepts good rows and rejects bad ones, row by row', async () => {
		const a = await analyse('investments_wrong_types.csv');
		expect(a).toMatchObject({ table: 'investments', rowsRead: 5, fatal: false });
		expect(a.rows.map((r) => (r as { investment_id: string }).investment_id)).toEqual(['I9001', 'I9005']);
		expect(a.issues.map((i) => [i.row, i.column, i.value, i.kind])).toEqual([
			[3, 'amount_usd', 'N/A', 'type'],
			[4, 'amount_usd', '1,234', 'type'],
			[5, 'amount_usd', '1.234,5', 'type']
		]);
	});

	it('checks country codes and says which code was meant', async () => {
		const a = await analyse('centres_country_codes.csv');
		expect(a.rows).toHaveLength(1);
		expect(a.issues.map((i) => [i.row, i.value, i.kind, i.suggestion])).toEqual([
			[3, 'KE', 'pattern', 'KEN'],
			[4, 'XYZ', 'reference', undefined],
			[5, 'ROM', 'reference', 'ROU']
		]);
	});

	it('rejects references to centres and experts that are not loaded', async () => {
		const a = await analyse('engagements_missing_refs.csv');
		expect(a.rows).toHaveLength(1);
		expect(a.issues.map((i) => [i.row, i.column, i.value])).toEqual([
			[3, 'centre_id', 'C999'],
			[4, 'expert_id', 'E999']
		]);
	});

	it('rejects appended rows whose key is already loaded, but not when replacing', async () => {
		const appended = await analyse('centres_ok.csv', 'append');
		expect(appended.issues.filter((i) => i.kind === 'duplicate_key').map((i) => i.value)).toEqual(['C001']);
		const replaced = await analyse('centres_ok.csv', 'replace');
		expect(replaced.issues.filter((i) => i.kind === 'duplicate_key')).toEqual([]);
	});

	it.each([
		['centres_empty.csv', 'empty_file'],
		['centres_header_only.csv', 'header_only'],
		['sessions_corrupt.parquet', 'parse']
	])('finds nothing to load in %s', async (name, kind) => {
		const a = await analyse(name);
		expect(a.fatal).toBe(true);
		expect(a.issues.map((i) => i.kind)).toContain(kind);
	});

	it('warns, when replacing, of rows in other tables the file leaves referring to nothing', async () => {
		const withDependents = {
			...loaded,
			engagements: [
				{ engagement_id: 'G1', centre_id: 'C001', expert_id: 'E001' },
				{ engagement_id: 'G2', centre_id: 'C777', expert_id: 'E001' },
				{ engagement_id: 'G3', centre_id: 'C555', expert_id: 'E001' }
			],
			investments: [{ investment_id: 'I1', centre_id: 'C001' }]
		};
		const file = 'centres_ok.csv';
		const replace = await analyseProgramFile(fixture(file), file, 1, {
			mode: 'replace',
			loaded: withDependents,
			countries
		});
		const kept = new Set(replace.rows.map((r) => (r as { centre_id: string }).centre_id));
		const expected = withDependents.engagements.filter((e) => !kept.has(e.centre_id));
		expect(expected.length).toBeGreaterThan(0);
		expect(replace.issues.filter((i) => i.kind === 'orphaned_rows')).toEqual([
			{
				kind: 'orphaned_rows',
				severity: 'warning',
				file,
				table: 'centres',
				column: 'centre_id',
				value: expected.map((e) => e.centre_id).sort()[0],
				count: expected.length,
				dependents: [{ table: 'engagements', count: expected.length }]
			}
		]);
		const append = await analyseProgramFile(fixture(file), file, 1, {
			mode: 'append',
			loaded: withDependents,
			countries
		});
		expect(append.issues.some((i) => i.kind === 'orphaned_rows')).toBe(false);
	});

	it('spots a file delimited by another character', async () => {
		const a = await analyse('centres_pipe_delimited.csv');
		expect(a.fatal).toBe(true);
		expect(a.delimiterSuspect).toBe('|');
	});

	it('reads Windows-1252 text and keeps markup as text', async () => {
		const hubs = await analyse('hubs_latin1.csv');
		expect(hubs.rows).toEqual([expect.objectContaining({ name: 'Institut Rhône-Vallée', lat: 45.76 })]);
		const hostile = await analyse('centres_hostile_text.csv');
		expect(hostile.rows.map((r) => (r as { name: string }).name)).toContain('<img src=x onerror=alert(1)>');
	});

	it('checks references only against the tables it is given (in server mode the server checks the rest)', async () => {
		const csv =
			'engagement_id,centre_id,expert_id,specialty,kind,start,end,mode,planned_hours\n' +
			'G9001,C999,E001,program_management,twinning,2016-05-12,2021-10-03,mixed,160\n';
		const file = new TextEncoder().encode(csv).buffer as ArrayBuffer;
		const checked = await analyseProgramFile(file, 'engagements.csv', 1, {
			mode: 'replace',
			loaded,
			countries
		});
		expect(checked.issues).toEqual([
			expect.objectContaining({ kind: 'reference', column: 'centre_id', value: 'C999' })
		]);
		expect(checked.accepted).toBe(0);
		const { experts } = loaded;
		const unchecked = await analyseProgramFile(file, 'engagements.csv', 1, {
			mode: 'replace',
			loaded: { experts },
			countries
		});
		expect(unchecked.issues).toEqual([]);
		expect(unchecked.accepted).toBe(1);
	});
});

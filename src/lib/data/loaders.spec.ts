import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { toCsv } from '$lib/csv';
import { detectDelimiter, loadFile, parseCsv, tableFromColumns, tableFromName } from './loaders';
import { TABLE_NAMES, type TableName } from './program-schema';
import { templateCsv, templateXlsx } from './templates';
import { formatIssue, validateReferences, type Issue, type ValidTable } from './validate';

const FIX = 'tests/fixtures/program/';
const bytes = (name: string): ArrayBuffer => {
	const b = readFileSync(FIX + name);
	return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const messages = (r: { ok: boolean; issues?: Issue[]; warnings?: Issue[] }) =>
	(r.ok ? (r.warnings ?? []) : (r.issues ?? [])).map(formatIssue);

describe('table recognition', () => {
	it.each([
		['centres.csv', 'centres'],
		['ICEC centres 2025.xlsx', 'centres'],
		['Centers_export.json', 'centres'],
		['sessions-2024-q1.parquet', 'sessions'],
		['staff.csv', 'workforce'],
		['centres and outcomes.csv', null],
		['export.csv', null]
	])('%s → %s', (file, table) => expect(tableFromName(file)).toBe(table));

	it('recognises a table from its columns', () => {
		expect(tableFromColumns(['investment_id', 'centre_id', 'year', 'source', 'category', 'amount_usd'])).toBe(
			'investments'
		);
		expect(tableFromColumns(['Centre ID', 'Year', 'New patients', 'Treated radiotherapy'])).toBe('outcomes');
		expect(tableFromColumns(['a', 'b'])).toBeNull();
	});
});

describe('CSV', () => {
	it('detects delimiters outside quotes', () => {
		expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
		expect(detectDelimiter('"a;b",c\n')).toBe(',');
		expect(detectDelimiter('\n\na\tb\tc')).toBe('\t');
	});

	it('reads a French-locale file: BOM, ";" and decimal commas, table from columns', async () => {
		const raw = parseCsv(bytes('investissements 2024.csv'), 'investissements 2024.csv');
		expect(raw).toMatchObject({ delimiter: ';', decimalComma: true, encoding: 'utf-8' });
		expect(raw.rows[0]?.[0]).toBe('investment_id');
		const r = await loadFile(bytes('investissements 2024.csv'), 'investissements 2024.csv');
		expect(r.ok && r.table).toBe('investments');
		if (!r.ok) throw new Error(messages(r).join('\n'));
		expect(r.rows.map((x) => [x.source, x.amount_usd])).toEqual([
			['government', 1250000.5],
			['local_community', 18500.75],
			['philanthropy', 12.5]
		]);
	});

	it('reads Windows-1252 text', async () => {
		const r = await loadFile(bytes('hubs_latin1.csv'), 'hubs_latin1.csv');
		expect(r.ok && r.rows[0]).toMatchObject({ name: 'Institut Rhône-Vallée', lat: 45.76 });
	});

	it('reads UTF-16 with a BOM', async () => {
		const text = '\uFEFFhub_id,name,city,iso3,lat,lon\nH01,Hub,Boston,USA,42.3,-71\n';
		const buf = new Uint8Array(text.length * 2);
		for (let i = 0; i < text.length; i++) {
			buf[2 * i] = text.charCodeAt(i) & 0xff;
			buf[2 * i + 1] = text.charCodeAt(i) >> 8;
		}
		const r = await loadFile(buf.buffer, 'hubs.csv');
		expect(r.ok && r.rows).toEqual([
			{ hub_id: 'H01', name: 'Hub', city: 'Boston', iso3: 'USA', lat: 42.3, lon: -71 }
		]);
	});

	it('names the file when quotes are broken', async () => {
		const r = await loadFile('hub_id,name\nH01,"Broken\n', 'hubs.csv');
		expect(r.ok).toBe(false);
		expect(messages(r)[0]).toMatch(/^hubs\.csv(, row \d+)?: could not be read \(Quoted field unterminated\)/);
	});
});

describe('hostile fixtures', () => {
	it.each<[string, string[]]>([
		[
			'centres_bad_values.csv',
			[
				'centres_bad_values.csv, row 5, column setting: found "lmc"; expected one of lmic, underserved_hic (did you mean lmic?)',
				'centres_bad_values.csv, row 8, column lat: found "123"; expected a number from -90 to 90 (degrees)',
				'centres_bad_values.csv, row 14, column phase: found "six"; expected a whole number from 1 to 5'
			]
		],
		[
			'centres_duplicate_key.csv',
			[
				'centres_duplicate_key.csv, row 4, column centre_id: found "C001"; expected a value not used by any other row (first used on row 2)'
			]
		],
		['experts_missing_column.csv', ['experts_missing_column.csv, row 1: missing required column track']],
		[
			'centres_misspelt_column.csv',
			[
				'centres_misspelt_column.csv, row 1, column naem: unknown column, ignored (did you mean name?)',
				'centres_misspelt_column.csv, row 1, column Extra: unknown column, ignored',
				'centres_misspelt_column.csv, row 1: missing required column name; found "naem" (did you mean name?)'
			]
		],
		[
			'engagements_bad_dates.csv',
			[
				'engagements_bad_dates.csv, row 2, column start: found "2019-02-30"; expected a date as YYYY-MM-DD',
				'engagements_bad_dates.csv, row 3, column end: found "31/12/2022"; expected a date as YYYY-MM-DD',
				'engagements_bad_dates.csv, row 4, column end: found "2019-06-30"; expected a date not before start (2020-01-01)'
			]
		]
	])('%s', async (file, expected) => {
		const r = await loadFile(bytes(file), file);
		expect(r.ok).toBe(false);
		expect(messages(r)).toEqual(expected);
	});

	it('passes markup and formula-like text through as plain text, and neutralises it on export', async () => {
		const r = await loadFile(bytes('centres_hostile_text.csv'), 'centres_hostile_text.csv');
		if (!r.ok) throw new Error(messages(r).join('\n'));
		expect(r.rows.map((x) => x.name)).toEqual([
			'=HYPERLINK("http://example.invalid","click")',
			'<img src=x onerror=alert(1)>',
			'+SUM(A1:A2)'
		]);
		const out = toCsv(
			['name', 'city', 'lat'],
			r.rows.map((x) => [x.name, x.city, x.lat])
		);
		expect(out.split('\n').slice(1, 4)).toEqual([
			`"'=HYPERLINK(""http://example.invalid"",""click"")",Nairobi,-1.29`,
			'<img src=x onerror=alert(1)>,Nairobi,-1.29',
			"'+SUM(A1:A2),'-Nairobi,-1.29"
		]);
	});

	it('finds a dangling reference across files', async () => {
		const load = async (f: string) => {
			const r = await loadFile(bytes(f), f);
			if (!r.ok) throw new Error(messages(r).join('\n'));
			return r as ValidTable;
		};
		const tables = {
			hubs: await load('hubs_ok.csv'),
			experts: await load('experts_ok.csv'),
			centres: await load('centres_ok.csv'),
			engagements: await load('engagements_dangling.csv')
		} as Parameters<typeof validateReferences>[0];
		expect(validateReferences(tables).map(formatIssue)).toEqual([
			'engagements_dangling.csv, row 3, column centre_id: found "C999"; expected an existing centre_id of centres (centres_ok.csv)'
		]);
	});

	it('reports unreadable and unrecognised files by name', async () => {
		expect(messages(await loadFile(new Uint8Array([1, 2, 3]).buffer, 'mystery.bin'))).toEqual([
			'mystery.bin: could not be read (unsupported file type; use .csv, .xlsx, .json or .parquet)'
		]);
		expect(messages(await loadFile('a,b\n1,2\n', 'export.csv'))).toEqual([
			"export.csv: cannot tell which table this is; name the file after a table (e.g. centres.csv) or use a template's columns"
		]);
		expect((await loadFile('{"x":1}', 'centres.json')).ok).toBe(false);
		expect((await loadFile(new Uint8Array([80, 75, 3, 4, 0]).buffer, 'centres.xlsx')).ok).toBe(false);
	});
});

describe('XLSX, JSON and Parquet', () => {
	it('reads the sheet named after the table, with numbers and dates as Excel stores them', async () => {
		const blob = await writeXlsxFile([
			{ sheet: 'Notes', data: [['read me first']] },
			{
				sheet: 'Engagements',
				data: [
					[
						'Engagement ID',
						'centre_id',
						'expert_id',
						'specialty',
						'kind',
						'start',
						'end',
						'mode',
						'planned_hours'
					],
					[
						'G1',
						'C001',
						'E001',
						'Radiation oncology',
						'mentorship',
						{ value: new Date(Date.UTC(2020, 0, 6)), format: 'yyyy-mm-dd' },
						null,
						'mixed',
						120
					],
					['G2', 'C001', 'E001', 'pathology', 'mentorship', '2020-02-01', 'soon', 'mixed', -4]
				]
			}
		]).toBuffer();
		const r = await loadFile(
			blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength) as ArrayBuffer,
			'ICEC 2025.xlsx'
		);
		expect(r.table).toBe('engagements');
		expect(messages(r)).toEqual([
			'ICEC 2025.xlsx, row 3, column end: found "soon"; expected a date as YYYY-MM-DD',
			'ICEC 2025.xlsx, row 3, column planned_hours: found "-4"; expected a number from 0 to 10,000 (hours)'
		]);
	});

	it('reads JSON arrays of objects and { table: [...] } objects', async () => {
		const r = await loadFile(
			JSON.stringify({ hubs: [{ hub_id: 'H1', name: 'N', city: 'C', iso3: 'usa', lat: 1, lon: 2 }] }),
			'upload.json'
		);
		expect(r.ok && r.rows).toEqual([{ hub_id: 'H1', name: 'N', city: 'C', iso3: 'USA', lat: 1, lon: 2 }]);
	});

	it('reads Parquet', async () => {
		const { DuckDBInstance } = await import('@duckdb/node-api');
		const { mkdtempSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const path = mkdtempSync(tmpdir() + '/pq-') + '/sessions.parquet';
		const db = await DuckDBInstance.create(':memory:');
		const con = await db.connect();
		await con.run(
			`COPY (SELECT 'S' || i AS session_id, 'G1' AS engagement_id, DATE '2024-01-01' + i::INT AS date, 1.5 AS hours, 'telemedicine' AS mode FROM range(3) t(i)) TO '${path}' (FORMAT parquet)`
		);
		const b = readFileSync(path);
		const r = await loadFile(
			b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer,
			'sessions.parquet'
		);
		if (!r.ok) throw new Error(messages(r).join('\n'));
		expect(r.rows.map((x) => [x.session_id, x.date, x.hours])).toEqual([
			['S0', '2024-01-01', 1.5],
			['S1', '2024-01-02', 1.5],
			['S2', '2024-01-03', 1.5]
		]);
	});
});

describe('templates round-trip', () => {
	it.each(TABLE_NAMES)(
		'%s: CSV and XLSX templates load, and all templates reference each other',
		async (table) => {
			const csv = await loadFile(templateCsv(table), `${table}-template.csv`);
			expect(messages(csv)).toEqual([]);
			expect(csv.ok && csv.table).toBe(table);
			const blob = await templateXlsx(table);
			const xlsx = await loadFile(await blob.arrayBuffer(), 'my upload.xlsx');
			expect(messages(xlsx)).toEqual([]);
			expect(xlsx.ok && xlsx.rows).toEqual(csv.ok && csv.rows);
		}
	);

	it('template examples satisfy every cross-table reference', async () => {
		const all: Partial<Record<TableName, ValidTable>> = {};
		for (const t of TABLE_NAMES) {
			const r = await loadFile(templateCsv(t), `${t}.csv`);
			if (r.ok) all[t] = r as ValidTable;
		}
		expect(Object.keys(all)).toHaveLength(TABLE_NAMES.length);
		expect(validateReferences(all as Parameters<typeof validateReferences>[0])).toEqual([]);
	});
});

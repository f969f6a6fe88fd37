import { describe, expect, expectTypeOf, it } from 'vitest';
import { columnNames, dataDictionary, type CentreRow, type EngagementRow } from './program-schema';
import { formatIssue, validateReferences, validateTable, type Issue } from './validate';

const centreHeader = columnNames('centres');
const centre = (over: Record<string, unknown> = {}): unknown[] => {
	const base: Record<string, unknown> = {
		centre_id: 'C001',
		name: 'Lakeside Regional Cancer Centre',
		iso3: 'KEN',
		admin1_code: 'KE-30',
		city: 'Nairobi',
		lat: '-1.29',
		lon: '36.82',
		setting: 'lmic',
		services: 'radiotherapy;chemotherapy',
		mv_machines: '2',
		phase: '3',
		phase_since: '2023-04-01',
		working_languages: 'en;sw',
		hub_id: 'H01'
	};
	const row = { ...base, ...over };
	return centreHeader.map((c) => row[c]);
};

function issuesOf(rows: unknown[][], header = centreHeader, opts = {}): Issue[] {
	const r = validateTable('centres', 'centres.csv', [header, ...rows], opts);
	return r.ok ? r.warnings : r.issues;
}

describe('validateTable', () => {
	it('returns typed rows for a valid table', () => {
		const r = validateTable('centres', 'centres.csv', [
			centreHeader,
			centre(),
			centre({ centre_id: 'C002', admin1_code: '', hub_id: '' })
		]);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.rows[0]).toMatchObject({
			centre_id: 'C001',
			lat: -1.29,
			mv_machines: 2,
			phase: 3,
			setting: 'lmic'
		});
		expect(r.rows[1]).toMatchObject({ admin1_code: null, hub_id: null });
		expect(r.rowNumbers).toEqual([2, 3]);
		expectTypeOf(r.rows).toEqualTypeOf<CentreRow[]>();
	});

	it.each([
		[
			'phase',
			'six',
			'type',
			'centres.csv, row 2, column phase: found "six"; expected a whole number from 1 to 5'
		],
		[
			'phase',
			'6',
			'range',
			'centres.csv, row 2, column phase: found "6"; expected a whole number from 1 to 5'
		],
		[
			'phase',
			'2.5',
			'type',
			'centres.csv, row 2, column phase: found "2.5"; expected a whole number from 1 to 5'
		],
		[
			'lat',
			'123',
			'range',
			'centres.csv, row 2, column lat: found "123"; expected a number from -90 to 90 (degrees)'
		],
		[
			'setting',
			'lmc',
			'enum',
			'centres.csv, row 2, column setting: found "lmc"; expected one of lmic, underserved_hic (did you mean lmic?)'
		],
		[
			'phase_since',
			'2023-02-30',
			'date',
			'centres.csv, row 2, column phase_since: found "2023-02-30"; expected a date as YYYY-MM-DD'
		],
		[
			'phase_since',
			'01/04/2023',
			'date',
			'centres.csv, row 2, column phase_since: found "01/04/2023"; expected a date as YYYY-MM-DD'
		],
		[
			'iso3',
			'Kenya',
			'pattern',
			'centres.csv, row 2, column iso3: found "Kenya"; expected three capital letters (ISO 3166-1 alpha-3)'
		],
		['working_languages', 'en;klingon', 'enum', undefined],
		['services', 'radiotherapy;magic', 'enum', undefined],
		[
			'name',
			'',
			'required',
			'centres.csv, row 2, column name: empty; expected a value (this column is required)'
		],
		['centre_id', 'C 01', 'pattern', undefined]
	])('rejects %s = %j as %s', (column, value, kind, message) => {
		const issues = issuesOf([centre({ [column]: value })]);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ kind, row: 2, column, value, file: 'centres.csv' });
		if (message) expect(formatIssue(issues[0] as Issue)).toBe(message);
	});

	it.each([
		['setting', 'Underserved HIC', 'underserved_hic'],
		['iso3', 'ken', 'KEN'],
		['working_languages', 'FR, EN', 'fr;en'],
		['mv_machines', 2, 2],
		['phase_since', new Date(Date.UTC(2023, 3, 1)), '2023-04-01'],
		['phase_since', '2023-04-01T00:00:00Z', '2023-04-01'],
		['name', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
		['name', '=HYPERLINK("http://x.invalid","y")', '=HYPERLINK("http://x.invalid","y")']
	])('accepts %s = %j as %j', (column, value, parsed) => {
		const r = validateTable('centres', 'centres.csv', [centreHeader, centre({ [column]: value })]);
		expect(r.ok).toBe(true);
		if (r.ok) expect((r.rows[0] as Record<string, unknown>)[column]).toEqual(parsed);
	});

	it('accepts decimal commas only when asked', () => {
		expect(issuesOf([centre({ lat: '-1,29' })])[0]?.kind).toBe('type');
		const r = validateTable('centres', 'c.csv', [centreHeader, centre({ lat: '-1,29' })], {
			decimalComma: true
		});
		expect(r.ok && r.rows[0]?.lat).toBe(-1.29);
	});

	it('names missing and misspelt columns, tolerating case and spaces', () => {
		const header = centreHeader.map((h) => (h === 'centre_id' ? 'Centre ID' : h === 'phase' ? 'phse' : h));
		const issues = issuesOf([centre()], [...header.filter((h) => h !== 'city'), 'Notes']).filter(
			(i) => i.row === 1
		);
		expect(issues.map((i) => [i.kind, i.column, i.suggestion])).toEqual([
			['unknown_column', 'phse', 'phase'],
			['unknown_column', 'Notes', undefined],
			['missing_column', 'city', undefined],
			['missing_column', 'phase', 'phase']
		]);
		expect(formatIssue(issues[3] as Issue)).toBe(
			'centres.csv, row 1: missing required column phase; found "phse" (did you mean phase?)'
		);
		expect(formatIssue(issues[1] as Issue)).toBe('centres.csv, row 1, column Notes: unknown column, ignored');
	});

	it('reports duplicate keys with the first row', () => {
		const issues = issuesOf([centre(), centre({ centre_id: 'C002' }), centre()]);
		expect(issues).toMatchObject([{ kind: 'duplicate_key', row: 4, value: 'C001', related: { row: 2 } }]);
		expect(formatIssue(issues[0] as Issue)).toBe(
			'centres.csv, row 4, column centre_id: found "C001"; expected a value not used by any other row (first used on row 2)'
		);
	});

	it('checks composite keys with empty parts (workforce)', () => {
		const h = columnNames('workforce');
		const r = validateTable('workforce', 'w.csv', [
			h,
			['KEN', '', 'surgeon', '2024', '10', ''],
			['KEN', '', 'surgeon', '2024', '11', ''],
			['KEN', 'KE-30', 'surgeon', '2024', '3', '']
		]);
		expect(r.ok ? [] : r.issues.map((i) => [i.kind, i.row])).toEqual([['duplicate_key', 3]]);
	});

	it('checks date order within a row', () => {
		const h = columnNames('engagements');
		const r = validateTable('engagements', 'e.csv', [
			h,
			['G1', 'C001', 'E001', 'pathology', 'mentorship', '2020-01-01', '2019-06-30', 'mixed', '']
		]);
		expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([
			'e.csv, row 2, column end: found "2019-06-30"; expected a date not before start (2020-01-01)'
		]);
		const ok = validateTable('engagements', 'e.csv', [
			h,
			['G1', 'C001', 'E001', 'pathology', 'mentorship', '2020-01-01', '', 'mixed', '']
		]);
		expect(ok.ok).toBe(true);
		if (ok.ok)
			expectTypeOf(ok.rows[0] as EngagementRow)
				.toHaveProperty('end')
				.toEqualTypeOf<string | null>();
	});

	it('skips blank rows, keeps spreadsheet row numbers, and caps the issue list', () => {
		const r = validateTable('centres', 'c.csv', [centreHeader, ['', null], centre()]);
		expect(r.ok && r.rowNumbers).toEqual([3]);
		const many = Array.from({ length: 30 }, (_, i) => centre({ centre_id: `C${i}`, phase: 'x' }));
		const capped = issuesOf(many, centreHeader, { maxIssues: 10 });
		expect(capped).toHaveLength(11);
		expect(formatIssue(capped[10] as Issue)).toBe('centres.csv: 20 more issues not listed');
	});

	it('rejects an empty file and a header-only file', () => {
		expect(issuesOf([], [])[0]?.kind).toBe('empty_file');
		expect(issuesOf([])[0]?.kind).toBe('header_only');
		expect(formatIssue(issuesOf([])[0] as Issue)).toBe('centres.csv: only a header row, no data rows');
	});
});

describe('validateReferences', () => {
	it('finds dangling references and skips tables not given', () => {
		const hubs = validateTable('hubs', 'hubs.csv', [
			columnNames('hubs'),
			['H01', 'Hub', 'Boston', 'USA', '42', '-71']
		]);
		const centres = validateTable('centres', 'centres.csv', [
			centreHeader,
			centre(),
			centre({ centre_id: 'C002', hub_id: 'H09' })
		]);
		const eng = validateTable('engagements', 'engagements.csv', [
			columnNames('engagements'),
			['G1', 'C001', 'E001', 'pathology', 'mentorship', '2020-01-01', '', 'mixed', ''],
			['G2', 'C999', 'E001', 'pathology', 'mentorship', '2020-01-01', '', 'mixed', '']
		]);
		if (!hubs.ok || !centres.ok || !eng.ok) throw new Error('fixtures should be valid');
		const issues = validateReferences({ hubs, centres, engagements: eng });
		expect(issues.map(formatIssue)).toEqual([
			'centres.csv, row 3, column hub_id: found "H09"; expected an existing hub_id of hubs (hubs.csv)',
			'engagements.csv, row 3, column centre_id: found "C999"; expected an existing centre_id of centres (centres.csv)'
		]);
	});
});

describe('dataDictionary', () => {
	it('describes every table and column with its accepted form', () => {
		const dict = dataDictionary();
		expect(dict.map((t) => t.table)).toEqual([
			'hubs',
			'centres',
			'experts',
			'engagements',
			'sessions',
			'requests',
			'investments',
			'outcomes',
			'workforce'
		]);
		const phase = dict.find((t) => t.table === 'centres')?.columns.find((c) => c.name === 'phase');
		expect(phase).toMatchObject({ required: true, expected: 'a whole number from 1 to 5' });
		const ref = dict.find((t) => t.table === 'sessions')?.columns.find((c) => c.name === 'engagement_id');
		expect(ref?.references).toEqual({ table: 'engagements', column: 'engagement_id' });
	});
});

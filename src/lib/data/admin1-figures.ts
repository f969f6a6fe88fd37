/**
 * A ministry's own admin-1 figures (staff in post, machines, cases… by unit), read with the same readers as the
 * program files (`readRaw`: CSV in any common encoding and delimiter, XLSX, JSON, Parquet) and checked cell by cell.
 * Pure: the bytes and the file name in, the figures and structured issues out. Matching rows to units is the model's
 * job (`models/admin1-match.ts`).
 */
import { FileReadError, readRaw, type RawTable } from './loaders';
import type { Issue } from './validate';
import { isEmpty, parseNumber, shown } from './validate-cells';
import type { FigureColumn, FiguresProblem } from '../models/upload-report';

export type { FigureColumn, FiguresProblem };

export interface FigureRow {
	/** Row as a spreadsheet shows it: the header is row 1. */
	row: number;
	code: string | null;
	name: string | null;
	/** One value per figure column; `null` when the cell is empty or unreadable (never 0). */
	values: (number | null)[];
}

export interface Admin1Figures {
	file: string;
	codeColumn: string | null;
	nameColumn: string | null;
	columns: FigureColumn[];
	rows: FigureRow[];
	/** Cells that could not be read (each listed with row, column, value and what was expected) and ignored columns. */
	issues: Issue[];
}

export type FiguresRead =
	| { ok: true; figures: Admin1Figures }
	| { ok: false; file: string; problem: FiguresProblem; issues: Issue[] };

/** "Région", "ISO 3166-2", "Code-ISO" → "region", "iso_3166_2", "code_iso". */
export const headerKey = (header: unknown): string =>
	String(header ?? '')
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.trim()
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_|_$/g, '');

const CODE_HEADERS = [
	'iso_3166_2',
	'iso3166_2',
	'iso_3166',
	'iso_code',
	'code_iso',
	'admin1_code',
	'adm1_code',
	'adm1_pcode',
	'pcode',
	'unit_code',
	'region_code',
	'code'
];
const NAME_HEADERS = [
	'name',
	'admin1',
	'admin1_name',
	'adm1_name',
	'unit',
	'unit_name',
	'province',
	'state',
	'county',
	'region',
	'region_name',
	'nom',
	'nom_region',
	'nombre',
	'nome',
	'estado',
	'provincia',
	'departement',
	'department',
	'district',
	'governorate'
];
const CASE_WORDS = new Set(['cases', 'cas', 'casos', 'incidence']);

export const isCasesHeader = (header: string): boolean =>
	headerKey(header)
		.split('_')
		.some((w) => CASE_WORDS.has(w));

const MAX_ISSUES = 200;

/** Figures from rows already read (header first). */
export function admin1FiguresFromRaw(raw: RawTable): FiguresRead {
	const { file } = raw;
	const [header = [], ...body] = raw.rows;
	const keys = header.map(headerKey);
	const pick = (names: string[]) => {
		for (const name of names) {
			const at = keys.indexOf(name);
			if (at >= 0) return at;
		}
		return -1;
	};
	const codeAt = pick(CODE_HEADERS);
	const nameAt = pick(NAME_HEADERS);
	const data = body
		.map((cells, i) => ({ cells, row: i + 2 }))
		.filter(({ cells }) => cells.some((c) => !isEmpty(c)));
	if (data.length === 0) return { ok: false, file, problem: 'empty', issues: [] };
	if (codeAt < 0 && nameAt < 0) return { ok: false, file, problem: 'no_unit_column', issues: [] };

	const issues: Issue[] = [];
	const note = (issue: Issue) => {
		if (issues.length < MAX_ISSUES) issues.push(issue);
	};
	const figureAt: number[] = [];
	header.forEach((h, at) => {
		if (at === codeAt || at === nameAt || isEmpty(h)) return;
		const numeric = data.some(({ cells }) => parseNumber(cells[at], raw.decimalComma) !== null);
		if (numeric) figureAt.push(at);
		else note({ kind: 'unknown_column', severity: 'warning', file, row: 1, column: shown(h) });
	});
	if (figureAt.length === 0) return { ok: false, file, problem: 'no_figures', issues };

	const text = (v: unknown) => (isEmpty(v) ? null : String(v).trim());
	let skipped = 0;
	const rows: FigureRow[] = data.map(({ cells, row }) => ({
		row,
		code: codeAt >= 0 ? text(cells[codeAt]) : null,
		name: nameAt >= 0 ? text(cells[nameAt]) : null,
		values: figureAt.map((at) => {
			const cell = cells[at];
			if (isEmpty(cell)) return null;
			const value = parseNumber(cell, raw.decimalComma);
			const column = shown(header[at]);
			if (value === null || value < 0) {
				if (issues.length >= MAX_ISSUES) skipped++;
				note({
					kind: value === null ? 'type' : 'range',
					severity: 'error',
					file,
					row,
					column,
					value: shown(cell),
					expected: { kind: 'number', min: 0 }
				});
				return null;
			}
			return value;
		})
	}));
	if (skipped > 0) issues.push({ kind: 'too_many_issues', severity: 'warning', file, count: skipped });
	return {
		ok: true,
		figures: {
			file,
			codeColumn: codeAt >= 0 ? shown(header[codeAt]) : null,
			nameColumn: nameAt >= 0 ? shown(header[nameAt]) : null,
			columns: figureAt.map((at) => ({
				header: shown(header[at]),
				cases: isCasesHeader(String(header[at]))
			})),
			rows,
			issues
		}
	};
}

/** Reads an admin-1 figures file of any format the Data page takes. */
export async function readAdmin1Figures(data: ArrayBuffer | string, file: string): Promise<FiguresRead> {
	try {
		return admin1FiguresFromRaw(await readRaw(data, file));
	} catch (e) {
		const detail = e instanceof FileReadError ? e.detail : (e as Error).message;
		const row = e instanceof FileReadError ? e.row : undefined;
		return {
			ok: false,
			file,
			problem: 'unreadable',
			issues: [{ kind: 'parse', severity: 'error', file, row, detail }]
		};
	}
}

/** One uploaded program file, read and checked, before anything loaded changes. */
import type { Conversion } from './conversions';
import { loadFile, type ReadFacts } from './loaders';
import type { Recognition } from './recognise';
import {
	checkAgainstLoaded,
	orphanedByReplace,
	orphanedIssues,
	withCountrySuggestions,
	type CountryCodes,
	type LoadedRows
} from './program-checks';
import type { LoadMode } from './program-manifest';
import { TABLE_NAMES, columnNames, type TableName } from './program-schema';
import type { Issue } from './validate';
import type { StagedFile } from './program-upload-large';

/** Files above this are refused before a byte is read. */
export const MAX_FILE_BYTES = 2 * 1024 ** 3;
/** Files above this load, after a warning with their size. */
export const WARN_FILE_BYTES = 500 * 1024 ** 2;

export type SizeCheck = 'ok' | 'warn' | 'refuse';

export function checkFileSize(bytes: number): SizeCheck {
	if (bytes > MAX_FILE_BYTES) return 'refuse';
	return bytes > WARN_FILE_BYTES ? 'warn' : 'ok';
}

export { ACCEPTED_EXTENSIONS } from '../models/upload-report';

export interface ProgramFileAnalysis {
	file: string;
	size: number;
	/** The table the rows were checked against (the guess, or the user's choice); null when none could be told. */
	table: TableName | null;
	mode: LoadMode;
	/** Rows that passed every check, ready to load (empty when they wait in DuckDB: see `staged`). */
	rows: object[];
	/** How many rows passed every check. */
	accepted: number;
	/** Large files: staged and checked in DuckDB, the accepted rows kept there. */
	staged?: StagedFile;
	rowNumbers: number[];
	/** Non-empty data rows in the file. */
	rowsRead: number;
	/** Errors (each rejecting a row, or the whole file) and warnings. */
	issues: Issue[];
	/** What was converted in the rows that passed the cell and key checks (before references were checked). */
	conversions: Conversion[];
	/** True when nothing in the file can be loaded (unreadable, unknown table, columns missing, no rows). */
	fatal: boolean;
	/** The character that seems to separate the columns when it is not one the reader knows (",", ";", tab). */
	delimiterSuspect: string | null;
	/** The table scores from the file's columns, and whether they told the table or the user must choose. */
	recognition?: Recognition;
	/** How the file was read (delimiter, decimal commas, encoding, sheet). */
	read?: ReadFacts;
}

/** Every problem of a file is kept (the review shows some of each kind, the CSV all); past this many, they are counted. */
export const MAX_LISTED_ISSUES = 50_000;

const ALL_COLUMNS = new Set(TABLE_NAMES.flatMap(columnNames));
const ODD_DELIMITERS = ['|', ':', '^', '~', '#', ',', ';', '\t'];

/** "centre_id|name|iso3" read as one column: the file is delimited by "|". */
export function suspectDelimiter(issues: readonly Issue[]): string | null {
	for (const i of issues) {
		if (i.kind !== 'unknown_column') continue;
		const header = i.column ?? '';
		for (const d of ODD_DELIMITERS) {
			const parts = header.split(d).map((p) => p.trim().toLowerCase());
			if (parts.length > 1 && parts.filter((p) => ALL_COLUMNS.has(p)).length >= 2) return d;
		}
	}
	return null;
}

export interface AnalyseOptions {
	table?: TableName;
	mode: LoadMode;
	loaded: LoadedRows;
	countries: CountryCodes | null;
}

export async function analyseProgramFile(
	data: ArrayBuffer | string,
	file: string,
	size: number,
	options: AnalyseOptions
): Promise<ProgramFileAnalysis> {
	const result = await loadFile(data, file, { table: options.table, maxIssues: MAX_LISTED_ISSUES });
	const common = {
		file,
		size,
		mode: options.mode,
		table: result.table,
		recognition: result.recognition,
		read: result.read
	};
	const valid = result.ok ? result : 'accepted' in result ? result.accepted : undefined;
	if (!valid) {
		const issues = withCountrySuggestions(result.ok ? [] : result.issues, options.countries);
		return {
			...common,
			rows: [],
			accepted: 0,
			rowNumbers: [],
			rowsRead: 0,
			issues,
			conversions: [],
			fatal: true,
			delimiterSuspect: suspectDelimiter(issues)
		};
	}
	const checked = checkAgainstLoaded(valid, {
		loaded: options.loaded,
		countries: options.countries,
		mode: options.mode,
		rejected: 'rejected' in valid ? valid.rejected : []
	});
	const orphans =
		options.mode === 'replace' && result.table && checked.rows.length > 0
			? orphanedIssues(orphanedByReplace(result.table, checked.rows, options.loaded), file, result.table)
			: [];
	const earlier = [...orphans, ...(result.ok ? result.warnings : result.issues)];
	const order = (i: Issue) => i.row ?? (i.kind === 'too_many_issues' ? Infinity : 0);
	const issues = [...withCountrySuggestions(earlier, options.countries), ...checked.issues].sort(
		(a, b) => order(a) - order(b)
	);
	return {
		...common,
		rows: checked.rows,
		accepted: checked.rows.length,
		rowNumbers: checked.rowNumbers,
		rowsRead: valid.rowsRead,
		issues,
		conversions: valid.conversions,
		fatal: checked.rows.length === 0,
		delimiterSuspect: suspectDelimiter(issues)
	};
}

/**
 * The program tables (ICEC's own records) in one place. Row types, validators, the data dictionary and the templates are
 * all derived from these specifications.
 */
import type { ColumnSpec, RowOf, TableSpec } from './columns';
import { engagements, requests, sessions } from './tables-activity';
import { centres, experts, hubs } from './tables-network';
import { investments, outcomes, workforce } from './tables-results';

export * from './columns';

export const PROGRAM_SCHEMA = {
	hubs,
	centres,
	experts,
	engagements,
	sessions,
	requests,
	investments,
	outcomes,
	workforce
} as const;

export type ProgramSchema = typeof PROGRAM_SCHEMA;
export type TableName = keyof ProgramSchema;
/** Tables in dependency order: a table's references point only to tables before it. */
export const TABLE_NAMES = Object.keys(PROGRAM_SCHEMA) as TableName[];
export type RowFor<T extends TableName> = RowOf<ProgramSchema[T]>;
export type ProgramTables = { [T in TableName]: RowFor<T>[] };

export type HubRow = RowFor<'hubs'>;
export type CentreRow = RowFor<'centres'>;
export type ExpertRow = RowFor<'experts'>;
export type EngagementRow = RowFor<'engagements'>;
export type SessionRow = RowFor<'sessions'>;
export type RequestRow = RowFor<'requests'>;
export type InvestmentRow = RowFor<'investments'>;
export type OutcomeRow = RowFor<'outcomes'>;
export type WorkforceRow = RowFor<'workforce'>;

export function isTableName(name: string): name is TableName {
	return Object.hasOwn(PROGRAM_SCHEMA, name);
}

export function tableSpec(table: TableName): TableSpec {
	return PROGRAM_SCHEMA[table];
}

export function columnNames(table: TableName): string[] {
	return tableSpec(table).columns.map((c) => c.name);
}

/** What a cell must look like, as data (for translation) — see `describeExpected` for the English. */
export type Expected =
	| { kind: 'integer' | 'number'; min?: number; max?: number; unit?: string }
	| { kind: 'boolean' }
	| { kind: 'date' }
	| { kind: 'enum'; values: readonly string[] }
	| { kind: 'list'; values?: readonly string[]; hint?: string }
	| { kind: 'string'; hint?: string }
	| { kind: 'value' }
	| { kind: 'column'; name: string }
	| { kind: 'unique' }
	| { kind: 'reference'; table: string; column: string }
	| { kind: 'not_before'; column: string };

export function expectedOf(col: ColumnSpec): Expected {
	switch (col.type) {
		case 'integer':
		case 'number':
			return { kind: col.type, min: col.min, max: col.max, unit: col.unit };
		case 'boolean':
			return { kind: 'boolean' };
		case 'date':
			return { kind: 'date' };
		case 'enum':
			return { kind: 'enum', values: col.values ?? [] };
		case 'list':
			return { kind: 'list', values: col.values, hint: col.patternHint };
		default:
			return { kind: 'string', hint: col.patternHint };
	}
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });

function range(min?: number, max?: number): string {
	if (min !== undefined && max !== undefined) return ` from ${fmt(min)} to ${fmt(max)}`;
	if (min !== undefined) return ` of at least ${fmt(min)}`;
	if (max !== undefined) return ` of at most ${fmt(max)}`;
	return '';
}

/** English description of an expectation, e.g. "a whole number from 1 to 5". */
export function describeExpected(e: Expected): string {
	switch (e.kind) {
		case 'integer':
			return `a whole number${range(e.min, e.max)}${e.unit ? ` (${e.unit})` : ''}`;
		case 'number':
			return `a number${range(e.min, e.max)}${e.unit ? ` (${e.unit})` : ''}`;
		case 'boolean':
			return 'true or false';
		case 'date':
			return 'a date as YYYY-MM-DD';
		case 'enum':
			return `one of ${e.values.join(', ')}`;
		case 'list':
			return e.values
				? `codes separated by semicolons, each one of ${e.values.join(', ')}`
				: `values separated by semicolons${e.hint ? `, each ${e.hint}` : ''}`;
		case 'string':
			return e.hint ?? 'text';
		case 'value':
			return 'a value (this column is required)';
		case 'column':
			return `a column named ${e.name}`;
		case 'unique':
			return 'a value not used by any other row';
		case 'reference':
			return `an existing ${e.column} of ${e.table}`;
		case 'not_before':
			return `a date not before ${e.column}`;
	}
}

export interface DictionaryColumn {
	name: string;
	type: ColumnSpec['type'];
	required: boolean;
	unit: string | null;
	description: string;
	allowed: readonly string[] | null;
	/** English description of the accepted form. */
	expected: string;
	expectedKind: Expected;
	references: { table: string; column: string } | null;
	primaryKey: boolean;
}

export interface DictionaryTable {
	table: TableName;
	title: string;
	description: string;
	primaryKey: readonly string[];
	columns: DictionaryColumn[];
}

/** The data dictionary the Data page renders: one entry per table, one per column. */
export function dataDictionary(): DictionaryTable[] {
	return TABLE_NAMES.map((table) => {
		const spec = tableSpec(table);
		return {
			table,
			title: spec.title,
			description: spec.description,
			primaryKey: spec.primaryKey,
			columns: spec.columns.map((c) => {
				const ref = spec.references.find((r) => r.column === c.name);
				const expected = expectedOf(c);
				return {
					name: c.name,
					type: c.type,
					required: c.required,
					unit: c.unit ?? null,
					description: c.description,
					allowed: c.values ?? null,
					expected: describeExpected(expected),
					expectedKind: expected,
					references: ref ? { table: ref.table, column: ref.targetColumn } : null,
					primaryKey: spec.primaryKey.includes(c.name)
				};
			})
		};
	});
}

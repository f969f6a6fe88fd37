/** The issues found in SQL (`queries/program-stage.ts`) as the same `Issue` entries the JavaScript validator gives. */
import { countryCodeSuggestion, type CountryCodes } from './program-checks';
import { expectedOf, tableSpec, type ColumnSpec, type TableName } from './program-schema';
import type { StageCheckResult, StageIssueRow } from './queries/program-stage';
import { closest, normaliseName, numberProblem, shown } from './validate-cells';
import type { Issue } from './validate';

function suggestionFor(col: ColumnSpec, value: string): string | undefined {
	if (col.type !== 'enum' && col.type !== 'list') return undefined;
	if (!col.values) return undefined;
	const items = col.type === 'list' ? value.split(/[;,|]/).map(normaliseName) : [normaliseName(value)];
	const bad = items.find((x) => x !== '' && !col.values?.includes(x));
	return bad === undefined ? undefined : closest(bad, col.values);
}

function toIssue(r: StageIssueRow, file: string, table: TableName, countries: CountryCodes | null): Issue {
	const spec = tableSpec(table);
	const col = spec.columns[r.col] as ColumnSpec;
	const base = { severity: 'error' as const, file, table, row: r.row, column: col.name };
	const value = r.value ?? '';
	switch (r.kind) {
		case 'order': {
			const rule = spec.order?.find((o) => o.column === col.name);
			return {
				...base,
				kind: 'order',
				value,
				expected: { kind: 'not_before', column: rule?.notBefore ?? '' },
				related: { value: r.other ?? '' }
			};
		}
		case 'duplicate_key':
		case 'loaded_key':
			return {
				...base,
				kind: 'duplicate_key',
				column: spec.primaryKey.join(', '),
				value,
				expected: { kind: 'unique' },
				...(r.kind === 'loaded_key' ? { detail: 'loaded' } : { related: { row: r.first_row ?? undefined } })
			};
		case 'reference': {
			const ref = spec.references[r.ref ?? 0];
			return {
				...base,
				kind: 'reference',
				value,
				expected: { kind: 'reference', table: ref?.table ?? '', column: ref?.targetColumn ?? '' }
			};
		}
		case 'country':
			return {
				...base,
				kind: 'reference',
				value,
				expected: { kind: 'reference', table: 'countries', column: 'iso3' },
				suggestion: countries ? countryCodeSuggestion(value, countries) : undefined
			};
		case 'required':
			return { ...base, kind: 'required', value: '', expected: { kind: 'value' } };
		case 'formula':
			return { ...base, severity: 'warning', kind: 'formula', value: shown(value) };
		case 'repeated_header':
			return { severity: 'warning', kind: 'repeated_header', file, table, row: r.row };
		default: {
			const numeric = r.kind === 'type' && (col.type === 'number' || col.type === 'integer');
			const problem = numeric ? numberProblem(value) : {};
			const suggestion =
				col.name === 'iso3' && countries
					? countryCodeSuggestion(value, countries)
					: (problem.suggestion ?? suggestionFor(col, value));
			return {
				...base,
				kind: r.kind,
				value: shown(value),
				expected: expectedOf(col),
				suggestion,
				detail: problem.detail
			};
		}
	}
}

/** Listed issues in file order, then one entry counting those left out. */
export function stagedIssues(
	result: StageCheckResult,
	file: string,
	table: TableName,
	countries: CountryCodes | null
): Issue[] {
	const issues = result.issues.map((r) => toIssue(r, file, table, countries));
	const left = result.issueCount - result.issues.length;
	if (left > 0) issues.push({ kind: 'too_many_issues', severity: 'error', file, table, count: left });
	return issues;
}

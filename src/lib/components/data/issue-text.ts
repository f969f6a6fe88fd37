/** Validation issues and expectations in the interface language, from the structured `Issue` (never from English text). */
import type { Expected } from '$lib/models/program-schema';
import type { Issue } from '$lib/models/upload-report';
import { m, type Locale } from '$lib/i18n';

type Options = { locale?: Locale };

const num = (n: number, o: Options) => new Intl.NumberFormat(o.locale ?? 'en').format(n);

function range(min: number | undefined, max: number | undefined, o: Options): string {
	if (min !== undefined && max !== undefined)
		return ` ${m.data_range_between({ min: num(min, o), max: num(max, o) }, o)}`;
	if (min !== undefined) return ` ${m.data_range_min({ min: num(min, o) }, o)}`;
	if (max !== undefined) return ` ${m.data_range_max({ max: num(max, o) }, o)}`;
	return '';
}

export function expectedText(e: Expected, o: Options = {}): string {
	switch (e.kind) {
		case 'integer':
		case 'number': {
			const base = e.kind === 'integer' ? m.data_expected_integer({}, o) : m.data_expected_number({}, o);
			return `${base}${range(e.min, e.max, o)}${e.unit ? ` (${e.unit})` : ''}`;
		}
		case 'boolean':
			return m.data_expected_boolean({}, o);
		case 'date':
			return m.data_expected_date({}, o);
		case 'enum':
			return m.data_expected_enum({ values: e.values.join(', ') }, o);
		case 'list':
			return e.values
				? m.data_expected_list_codes({ values: e.values.join(', ') }, o)
				: `${m.data_expected_list({}, o)}${e.hint ? ` (${e.hint})` : ''}`;
		case 'string':
			return e.hint ?? m.data_expected_text({}, o);
		case 'value':
			return m.data_expected_value({}, o);
		case 'column':
			return m.data_expected_column({ name: e.name }, o);
		case 'unique':
			return m.data_expected_unique({}, o);
		case 'reference':
			return e.table === 'countries'
				? m.data_expected_country({}, o)
				: m.data_expected_reference({ table: e.table, column: e.column }, o);
		case 'not_before':
			return m.data_expected_not_before({ column: e.column }, o);
	}
}

function body(i: Issue, o: Options): string {
	const expected = i.expected ? expectedText(i.expected, o) : '';
	switch (i.kind) {
		case 'unknown_table':
			return m.data_issue_unknown_table({}, o);
		case 'parse':
			return m.data_issue_parse({ detail: i.detail ?? '' }, o);
		case 'empty_file':
			return m.uploads_issue_empty({}, o);
		case 'header_only':
			return m.uploads_issue_header_only({}, o);
		case 'not_a_table':
			return i.detail === 'html'
				? m.uploads_not_table_html({}, o)
				: i.detail === 'pdf'
					? m.uploads_not_table_pdf({}, o)
					: m.uploads_not_table_binary({}, o);
		case 'encoding':
			return m.uploads_issue_encoding({ count: num(i.count ?? 0, o) }, o);
		case 'repeated_header':
			return m.uploads_issue_repeated_header({}, o);
		case 'formula':
			return m.uploads_issue_formula({}, o);
		case 'missing_column': {
			const text =
				i.severity === 'error'
					? m.data_issue_missing_required({ column: i.column ?? '' }, o)
					: m.data_issue_missing_optional({ column: i.column ?? '' }, o);
			return i.value === undefined ? text : `${text} ${m.data_issue_found_instead({ value: i.value }, o)}`;
		}
		case 'unknown_column':
			return m.data_issue_unknown_column({}, o);
		case 'duplicate_column':
			return m.data_issue_duplicate_column({}, o);
		case 'required':
			return m.data_issue_required({ expected }, o);
		case 'duplicate_key':
			return i.detail === 'loaded'
				? m.data_issue_duplicate_loaded({}, o)
				: m.data_issue_duplicate_key({ expected, row: String(i.related?.row ?? '') }, o);
		case 'reference':
			return m.data_issue_reference({ expected }, o);
		case 'order':
			return m.data_issue_order({ expected, other: i.related?.value ?? '' }, o);
		case 'too_many_issues':
			return m.data_issue_too_many({ count: num(i.count ?? 0, o), countValue: i.count ?? 0 }, o);
		case 'orphaned_rows': {
			const parts = (i.dependents ?? []).map((d) =>
				m.data_issue_orphaned_part({ count: num(d.count, o), table: d.table }, o)
			);
			const list = new Intl.ListFormat(o.locale ?? 'en', { type: 'conjunction' }).format(parts);
			return m.data_issue_orphaned(
				{ table: i.table ?? '', column: i.column ?? '', value: i.value ?? '', list },
				o
			);
		}
		default:
			if (i.detail === 'formula') return m.uploads_number_formula({ expected }, o);
			if (i.detail === 'not_finite') return m.uploads_number_not_finite({ expected }, o);
			if (i.detail === 'decimal_comma') return m.uploads_number_decimal_comma({ expected }, o);
			return m.data_issue_value({ expected }, o);
	}
}

/** What is wrong and what was expected, e.g. `Expected a date as YYYY-MM-DD. Did you mean …?` (location apart). */
export function issueText(i: Issue, o: Options = {}): string {
	const text = body(i, o);
	return i.suggestion ? `${text} ${m.data_issue_suggestion({ suggestion: i.suggestion }, o)}` : text;
}

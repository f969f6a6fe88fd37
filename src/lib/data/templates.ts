/** Download templates per program table, derived from the schema: CSV text and an XLSX workbook. */
import writeXlsxFile from 'write-excel-file/universal';
import { toCsv, type CsvValue } from '../csv';
import { dataDictionary, tableSpec, type TableName } from './program-schema';

export function templateFileName(table: TableName, format: 'csv' | 'xlsx'): string {
	return `${table}-template.${format}`;
}

/** Header and the two example rows of a table. The examples of all tables refer to each other consistently. */
export function templateRows(table: TableName): { header: string[]; rows: CsvValue[][] } {
	const cols = tableSpec(table).columns;
	return {
		header: cols.map((c) => c.name),
		rows: [0, 1].map((i) => cols.map((c) => c.examples[i as 0 | 1]))
	};
}

export function templateCsv(table: TableName): string {
	const { header, rows } = templateRows(table);
	return toCsv(header, rows);
}

/**
 * An XLSX template: a sheet named after the table (header + two examples; the loader picks it by name) and an "about"
 * sheet with the data dictionary for that table.
 */
export async function templateXlsx(table: TableName): Promise<Blob> {
	const { header, rows } = templateRows(table);
	const bold = (value: string) => ({ value, fontWeight: 'bold' as const });
	const dict = dataDictionary().find((t) => t.table === table);
	const about = [
		['column', 'required', 'unit', 'expected', 'description'].map(bold),
		...(dict?.columns ?? []).map((c) => [
			c.name,
			c.required ? 'yes' : 'no',
			c.unit ?? '',
			c.expected,
			c.description
		])
	];
	return writeXlsxFile([
		{
			sheet: table,
			data: [header.map(bold), ...rows.map((r) => r.map((v) => v as string | number | boolean | null))]
		},
		{ sheet: 'about', data: about }
	]).toBlob();
}

import { Table, type Vector } from 'apache-arrow';
import { columnVector, type ColumnKind } from './parquet-arrow';
import { PROGRAM_SCHEMA, type ColumnType, type RowFor, type TableName } from './program-schema';

const kindOfType: Record<ColumnType, ColumnKind> = {
	string: 'utf8',
	enum: 'utf8',
	list: 'utf8',
	integer: 'float64',
	number: 'float64',
	boolean: 'bool',
	date: 'date'
};

/**
 * Validated program rows as an Arrow table with the schema's column types (dates as DATE). Integers go in as
 * DOUBLE: hours and money sums must not overflow, and DuckDB casts where a query needs integers.
 */
export function programRowsToArrow<T extends TableName>(table: T, rows: readonly RowFor<T>[]): Table {
	const vectors: Record<string, Vector> = {};
	for (const column of PROGRAM_SCHEMA[table].columns) {
		const values = rows.map((row) => (row as Record<string, unknown>)[column.name] ?? null);
		vectors[column.name] = columnVector(values, kindOfType[column.type]);
	}
	return new Table(vectors);
}

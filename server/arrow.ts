/**
 * Native DuckDB results as Arrow IPC, with the types the browser's DuckDB-wasm gives the app (it opens its database
 * with `castBigIntToDouble` and `castDecimalToDouble`): every number a double, dates as DATE, text as UTF-8.
 */
import { DuckDBTypeId, type DuckDBResultReader, type DuckDBValue } from '@duckdb/node-api';
import { Table, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow';
import { columnVector } from '../src/lib/data/parquet-arrow';

const NUMBERS = new Set<DuckDBTypeId>([
	DuckDBTypeId.TINYINT,
	DuckDBTypeId.SMALLINT,
	DuckDBTypeId.INTEGER,
	DuckDBTypeId.BIGINT,
	DuckDBTypeId.UTINYINT,
	DuckDBTypeId.USMALLINT,
	DuckDBTypeId.UINTEGER,
	DuckDBTypeId.UBIGINT,
	DuckDBTypeId.HUGEINT,
	DuckDBTypeId.UHUGEINT,
	DuckDBTypeId.FLOAT,
	DuckDBTypeId.DOUBLE,
	DuckDBTypeId.DECIMAL
]);

function plain(value: DuckDBValue): unknown {
	if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
	if ('items' in value && Array.isArray(value.items)) return value.items.map(plain);
	return String(value);
}

function vectorOf(type: DuckDBTypeId, values: readonly DuckDBValue[], limit: number): Vector {
	const cut = values.length > limit ? values.slice(0, limit) : values;
	if (NUMBERS.has(type))
		return columnVector(
			cut.map((v) => (v === null ? null : Number(String(v)))),
			'float64'
		);
	if (type === DuckDBTypeId.BOOLEAN) return columnVector(cut, 'bool');
	if (type === DuckDBTypeId.DATE)
		return columnVector(
			cut.map((v) => (v === null ? null : String(v))),
			'date'
		);
	if (type === DuckDBTypeId.VARCHAR || type === DuckDBTypeId.ENUM || type === DuckDBTypeId.UUID)
		return columnVector(
			cut.map((v) => (v === null ? null : String(v))),
			'utf8'
		);
	if (type === DuckDBTypeId.LIST || type === DuckDBTypeId.ARRAY) return vectorFromArray(cut.map(plain));
	// Timestamps, intervals, structs and the rest are rare in the app's answers: their text form.
	return columnVector(
		cut.map((v) => (v === null ? null : String(v))),
		'utf8'
	);
}

/** The first `limit` rows read so far, as one Arrow IPC stream. */
export function readerToIpc(reader: DuckDBResultReader, limit = Infinity): Uint8Array {
	const names = reader.deduplicatedColumnNames();
	const columns = reader.getColumns();
	const vectors: Record<string, Vector> = {};
	names.forEach((name, i) => {
		vectors[name] = vectorOf(reader.columnTypeId(i), columns[i] ?? [], limit);
	});
	return tableToIPC(new Table(vectors), 'stream');
}

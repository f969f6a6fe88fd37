import {
	Bool,
	DateDay,
	Float64,
	Int32,
	Table,
	Utf8,
	makeData,
	makeVector,
	type DataType,
	type Vector
} from 'apache-arrow';
import { parquetMetadata, parquetReadObjects, type SchemaElement } from 'hyparquet';

export type ColumnKind = 'bool' | 'int32' | 'float64' | 'utf8' | 'date';

const msPerDay = 86_400_000;

/**
 * Decodes a Parquet file in JavaScript into an Arrow table, so DuckDB-wasm never needs its Parquet extension
 * (which it would download). Supports the flat column types our derived tables use.
 */
export async function parquetToArrow(buffer: ArrayBuffer, fileName: string): Promise<Table> {
	const metadata = parquetMetadata(buffer);
	const columns = metadata.schema.slice(1).map((column) => [column.name, kindOf(column, fileName)] as const);
	const rows = await parquetReadObjects({ file: buffer, metadata });
	const vectors: Record<string, Vector> = {};
	for (const [name, kind] of columns)
		vectors[name] = columnVector(
			rows.map((row) => row[name] as unknown),
			kind
		);
	return new Table(vectors);
}

/**
 * Builds an Arrow vector from plain values with explicit buffers. Arrow's own builders compile their null check
 * with `new Function`, which the Content-Security-Policy (rightly) forbids.
 */
export function columnVector(values: readonly unknown[], kind: ColumnKind): Vector {
	const length = values.length;
	const nullBitmap = new Uint8Array(Math.ceil(length / 8));
	let nullCount = 0;
	values.forEach((value, i) => {
		if (value === null || value === undefined) nullCount++;
		else nullBitmap[i >> 3]! |= 1 << (i & 7);
	});
	const valid = (i: number) => values[i] !== null && values[i] !== undefined;
	const common = { length, nullCount, nullBitmap: nullCount > 0 ? nullBitmap : undefined };
	switch (kind) {
		case 'int32':
			return makeVector(
				makeData({
					type: new Int32(),
					...common,
					data: Int32Array.from(values, (v) => (isPresent(v) ? Number(v) : 0))
				})
			);
		case 'float64':
			return makeVector(
				makeData({
					type: new Float64(),
					...common,
					data: Float64Array.from(values, (v) => (isPresent(v) ? Number(v) : 0))
				})
			);
		case 'date':
			// ISO dates (YYYY-MM-DD) as days since 1970-01-01, DuckDB's DATE.
			return makeVector(
				makeData({
					type: new DateDay(),
					...common,
					data: Int32Array.from(values, (v) =>
						isPresent(v) ? Math.round(Date.parse(`${String(v)}T00:00:00Z`) / msPerDay) : 0
					)
				})
			);
		case 'bool': {
			const bits = new Uint8Array(Math.ceil(length / 8));
			values.forEach((value, i) => {
				if (value === true) bits[i >> 3]! |= 1 << (i & 7);
			});
			return makeVector(makeData({ type: new Bool(), ...common, data: bits }));
		}
		case 'utf8': {
			const encoder = new TextEncoder();
			const encoded = values.map((value, i) =>
				valid(i) ? encoder.encode(String(value)) : new Uint8Array(0)
			);
			const valueOffsets = new Int32Array(length + 1);
			encoded.forEach((bytes, i) => (valueOffsets[i + 1] = valueOffsets[i]! + bytes.length));
			const data = new Uint8Array(valueOffsets[length]!);
			encoded.forEach((bytes, i) => data.set(bytes, valueOffsets[i]!));
			return makeVector(makeData({ type: new Utf8(), ...common, data, valueOffsets }));
		}
	}
}

function isPresent(value: unknown): boolean {
	return value !== null && value !== undefined;
}

function kindOf(column: SchemaElement, fileName: string): ColumnKind {
	switch (column.type) {
		case 'BOOLEAN':
			return 'bool';
		case 'INT32':
			return 'int32';
		case 'INT64':
		case 'FLOAT':
		case 'DOUBLE':
			return 'float64';
		case 'BYTE_ARRAY':
			return 'utf8';
		default:
			throw new Error(
				`${fileName}: column "${column.name}" has Parquet type ${column.type ?? 'group'}, which the app cannot read`
			);
	}
}

export type { DataType };

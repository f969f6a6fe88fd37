/**
 * Editors' uploads: the same analysis as the browser's (`analyseProgramFile`: cells, references, keys, countries),
 * against the shared tables, then the accepted rows written in one transaction with who and when.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { createHash, randomUUID } from 'node:crypto';
import type { LoadMode } from '../src/lib/data/program-manifest';
import { PROGRAM_SCHEMA, TABLE_NAMES, type TableName } from '../src/lib/data/program-schema';
import { analyseProgramFile } from '../src/lib/data/program-upload';
import type { LoadedRows } from '../src/lib/data/program-checks';
import { identifier, sql } from '../src/lib/data/sql';
import { preAggregatesOf } from '../src/lib/data/queries/pre-aggregates';
import type { Issue } from '../src/lib/data/validate';
import type { Person } from './accounts';
import { connectionQuery, insertRows, type Database } from './database';

export interface UploadRequest {
	table: string;
	mode: string;
	fileName: string;
	data: Uint8Array;
}

export type UploadOutcome =
	| { ok: true; fileId: string; accepted: number; refused: number; issues: Issue[] }
	| { ok: false; status: number; message: string; issues: Issue[] };

/** The rows an upload to `table` is checked against: the tables it refers to and, for its keys, itself. */
async function loadedFor(connection: DuckDBConnection, table: TableName): Promise<LoadedRows> {
	const query = connectionQuery(connection);
	const spec = PROGRAM_SCHEMA[table];
	const loaded: LoadedRows = {};
	for (const t of new Set([table, ...spec.references.map((r) => r.table as TableName)])) {
		loaded[t] = await query(sql`SELECT * FROM ${identifier(t)}`);
	}
	return loaded;
}

async function countryCodes(connection: DuckDBConnection) {
	const rows = (await connection.runAndReadAll('SELECT iso3, iso2 FROM countries')).getRowObjectsJS() as {
		iso3: string;
		iso2: string | null;
	}[];
	return {
		iso3: new Set(rows.map((r) => r.iso3)),
		iso2ToIso3: new Map(rows.filter((r) => r.iso2).map((r) => [r.iso2 as string, r.iso3]))
	};
}

let writing: Promise<unknown> = Promise.resolve();

/** One write at a time: each upload is checked against what the one before it committed. */
export function upload(
	db: Database,
	person: Person,
	request: UploadRequest,
	now = new Date()
): Promise<UploadOutcome> {
	const next = writing.then(() => uploadNow(db, person, request, now));
	writing = next.catch(() => undefined);
	return next;
}

async function uploadNow(
	db: Database,
	person: Person,
	request: UploadRequest,
	now: Date
): Promise<UploadOutcome> {
	if (!TABLE_NAMES.includes(request.table as TableName))
		return { ok: false, status: 400, message: `Unknown table "${request.table}"`, issues: [] };
	if (request.mode !== 'append' && request.mode !== 'replace')
		return { ok: false, status: 400, message: 'mode must be "append" or "replace"', issues: [] };
	const table = request.table as TableName;
	const mode = request.mode as LoadMode;
	const connection = await db.instance.connect();
	try {
		const bytes = request.data.buffer.slice(
			request.data.byteOffset,
			request.data.byteOffset + request.data.byteLength
		) as ArrayBuffer;
		const analysis = await analyseProgramFile(bytes, request.fileName, request.data.byteLength, {
			table,
			mode,
			loaded: await loadedFor(connection, table),
			countries: await countryCodes(connection)
		});
		if (analysis.fatal || analysis.table !== table)
			return {
				ok: false,
				status: 422,
				message: `No row of ${request.fileName} can be loaded`,
				issues: analysis.issues
			};
		const fileId = randomUUID();
		await connection.run('BEGIN TRANSACTION');
		try {
			if (mode === 'replace') await connection.run(`DELETE FROM "${table}"`);
			await insertRows(connection, table, analysis.rows);
			for (const aggregate of preAggregatesOf([table])) await aggregate.build(connectionQuery(connection));
			await connection.run(`INSERT INTO upload_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMP))`, [
				fileId,
				table,
				request.fileName,
				mode,
				analysis.accepted,
				analysis.rowsRead - analysis.accepted,
				createHash('sha256').update(request.data).digest('hex'),
				person.name,
				now.toISOString().replace('T', ' ').replace('Z', '')
			]);
			await connection.run('COMMIT');
		} catch (error) {
			await connection.run('ROLLBACK').catch(() => undefined);
			throw error;
		}
		return {
			ok: true,
			fileId,
			accepted: analysis.accepted,
			refused: analysis.rowsRead - analysis.accepted,
			issues: analysis.issues
		};
	} finally {
		connection.closeSync();
	}
}

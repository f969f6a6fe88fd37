/**
 * A large file's accepted rows, kept typed (as compressed CSV) beside the original so that a reload reads them back instead of
 * staging and checking the whole file again (a million rows took seconds to check, ten million minutes). The copy is
 * used only when its check would come out the same: same build of the app (rules and illustrative defaults), same
 * file, and the same files loaded in the tables it is checked against. Anything else, and the file is checked again.
 */
import { dropUploadFile, query, queryInSlices, registerUploadFile, tableAsCsvGzip } from './db';
import type { Manifest, StoredFileEntry } from './program-manifest';
import { tableSpec, type TableName } from './program-schema';
import type { FileStore } from './program-storage';
import { identifier, join, literal, sql, type SqlQuery } from './sql';
import { sqlType } from './queries/program-stage-sql';

/** The tables a table's rows are checked against: those it refers to, and theirs in turn. */
export function upstreamTables(table: TableName): Set<TableName> {
	const found = new Set<TableName>();
	const visit = (t: TableName) => {
		for (const r of tableSpec(t).references) {
			const target = r.table as TableName;
			if (target === t || found.has(target)) continue;
			found.add(target);
			visit(target);
		}
	};
	visit(table);
	return found;
}

/**
 * What a restore's check of `entry` depends on, as a string: the copy made under the same key holds the rows that
 * check would accept. `loaded` is the manifest as it stands when the entry is checked (at commit, or during a restore
 * once the entries before it are back): the entries of upstream tables, and those of its own table before it.
 */
export function checkedCopyKey(build: string, entry: StoredFileEntry, loaded: Manifest): string {
	const upstream = upstreamTables(entry.table);
	const ownIndex = loaded.findIndex((e) => e.id === entry.id);
	const before = ownIndex < 0 ? loaded : loaded.slice(0, ownIndex);
	// Only a file that adds rows is checked against its own table (for keys already loaded).
	const inputs = [
		...loaded.filter((e) => upstream.has(e.table)),
		...(entry.mode === 'append' ? before.filter((e) => e.table === entry.table) : [])
	];
	return JSON.stringify({
		build,
		id: entry.id,
		table: entry.table,
		mode: entry.mode,
		inputs: inputs.map((e) => e.id)
	});
}

/** Where the copy and its key are kept, in the same store as the original file. */
export function checkedCopyIds(id: string): { rows: string; key: string } {
	return { rows: `${id}.checked`, key: `${id}.checked-key` };
}

/** Keeps the accepted rows in table `accepted` as the entry's checked copy, under `key`. */
export async function saveCheckedCopy(
	store: FileStore,
	entry: StoredFileEntry,
	key: string,
	accepted: string
): Promise<void> {
	if (store.kind === 'memory') return;
	const ids = checkedCopyIds(entry.id);
	const rows = await tableAsCsvGzip(accepted);
	await store.put(ids.rows, new Blob([rows as BlobPart]));
	// The key last: a copy cut short by a closed tab has no key, and is never read.
	await store.put(ids.key, new Blob([key]));
}

/**
 * Reads the entry's checked copy into table `accepted` when it was made under `key`; its row count, or null (no copy,
 * another key, or a copy that does not read) and the file is to be checked again.
 */
export async function loadCheckedCopy(
	store: FileStore,
	entry: Pick<StoredFileEntry, 'id' | 'table'>,
	key: string,
	accepted: string
): Promise<number | null> {
	const entryId = entry.id;
	const ids = checkedCopyIds(entryId);
	const keptKey = await store.get(ids.key).catch(() => null);
	if (!keptKey || (await keptKey.text()) !== key) return null;
	const rows = await store.get(ids.rows).catch(() => null);
	if (!rows) return null;
	const path = await registerUploadFile(`${entryId}-checked.csv`, rows);
	try {
		await queryInSlices(
			sql`CREATE OR REPLACE TABLE ${identifier(accepted)} AS SELECT * FROM ${readCopy(path, entry.table)}`
		);
		const [counted] = await query<{ n: number }>(sql`SELECT count(*) AS n FROM ${identifier(accepted)}`);
		return Number(counted?.n ?? 0);
	} catch {
		await query(sql`DROP TABLE IF EXISTS ${identifier(accepted)}`).catch(() => undefined);
		return null;
	} finally {
		await dropUploadFile(path).catch(() => undefined);
	}
}

/** The copy read back with the table's own column types: it was checked before it was written, so no rule runs. */
function readCopy(path: string, table: TableName): SqlQuery {
	const columns = tableSpec(table).columns.map((c) => sql`${literal(c.name)}: ${literal(sqlType(c).text)}`);
	return sql`read_csv(${literal(path)}, header = true, auto_detect = false, compression = 'gzip', delim = ',',
		quote = '"', escape = '"', columns = {${join(columns, ', ')}})`;
}

export async function removeCheckedCopy(store: FileStore, id: string): Promise<void> {
	const ids = checkedCopyIds(id);
	await store.remove(ids.key).catch(() => undefined);
	await store.remove(ids.rows).catch(() => undefined);
}

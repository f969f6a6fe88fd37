/**
 * The ICEC program tables in DuckDB: the illustrative default, replaced or extended by the user's own files, which are
 * kept in this browser's storage and re-imported after a reload. The default rows and their pre-aggregates come with
 * the engine, in the shipped database (validated when built): each program table is a view over the shipped table and
 * the user's rows, and a pre-aggregate is rebuilt only when a table it reads holds the user's rows. All changes run one
 * after another; every view that shows program data awaits `ensureProgramTables()` and so sees the latest state.
 */
import { version } from '$app/environment';
import { insertArrowTable, onEngineEvent, query, queryInSlices, startDatabase } from './db';
import { serverInfo } from './server-info';
import { SHIPPED_CATALOG } from './shipped-database';
import { programRowsToArrow } from './program-arrow';
import { checkedCopyKey, loadCheckedCopy, removeCheckedCopy, saveCheckedCopy } from './program-checked-copy';
import type { CountryCodes, LoadedRows } from './program-checks';
import {
	addEntry,
	composition,
	displacedBy,
	removeEntry,
	restoreOrder,
	type LoadMode,
	type Manifest,
	type StoredFileEntry
} from './program-manifest';
import { TABLE_NAMES, type RowFor, type TableName } from './program-schema';
import {
	memoryStore,
	openFileStore,
	storageProblemOf,
	type FileStore,
	type StorageKind,
	type StorageProblem
} from './program-storage';
import { analyseProgramFile, type ProgramFileAnalysis } from './program-upload';
import {
	acceptedTableName,
	analyseStagedFile,
	discardStaged,
	stageLargeFile,
	takesLargePath
} from './program-upload-large';
import {
	composeProgramTable,
	dropAcceptedRows,
	dropRelation,
	loadedKeyRows,
	useShippedRelation
} from './queries/program-loaded';
import { loadCountryCodes } from './program-defaults';
import { preAggregatesOf } from './queries/pre-aggregates';
import { programRowCounts } from './queries/program-tables';
import type { Issue } from './validate';

export interface RestoreFailure {
	entry: StoredFileEntry;
	/** Empty when the stored copy itself was missing. */
	issues: Issue[];
}

export interface ProgramTablesState {
	manifest: Manifest;
	rowCounts: Record<TableName, number>;
	storage: StorageKind;
	storageProblem: StorageProblem | null;
	/** Files loaded in this session only: storage refused them. */
	unsaved: string[];
	restoreFailures: RestoreFailure[];
}

/** Rows of each table's illustrative default, as shipped (on a server: of its tables). */
let defaultCounts: Partial<Record<TableName, number>> = {};
const entryRows = new Map<string, object[]>();
/** Files loaded by the large-file path: their accepted rows stay in a DuckDB table of their own. */
const entryTables = new Map<string, string>();
let manifest: Manifest = [];
let store: FileStore = memoryStore();
let storageProblem: StorageProblem | null = null;
const unsaved = new Set<string>();
let restoreFailures: RestoreFailure[] = [];
let countries: CountryCodes | null = null;
const listeners = new Set<(state: ProgramTablesState) => void>();

/** The table of the rows a table's small files added (read and checked in JavaScript), inserted as one. */
const userRowsTable = (table: TableName) => `user_rows_${table}`;

/**
 * What a new file's references and keys are checked against: the key and referenced columns of each program table as
 * it stands, read back from DuckDB (default and user's rows alike). On a server the server checks uploads itself.
 */
export async function loadedProgramRows(): Promise<LoadedRows> {
	if (await serverInfo()) return {};
	const loaded: LoadedRows = {};
	for (const t of TABLE_NAMES) loaded[t] = await loadedKeyRows(query, t, t);
	return loaded;
}

function rowCount(table: TableName): number {
	const c = composition(manifest, table);
	return (c.includesDefault ? (defaultCounts[table] ?? 0) : 0) + c.files.reduce((n, f) => n + f.rows, 0);
}

export function countryCodes(): CountryCodes | null {
	return countries;
}

export function programTablesState(): ProgramTablesState {
	return {
		manifest,
		rowCounts: Object.fromEntries(TABLE_NAMES.map((t) => [t, rowCount(t)])) as Record<TableName, number>,
		storage: store.kind,
		storageProblem,
		unsaved: [...unsaved],
		restoreFailures
	};
}

/** Calls `listener` after every change to the program tables; returns the unsubscribe function. */
export function onProgramTablesChange(listener: (state: ProgramTablesState) => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

function notify() {
	const state = programTablesState();
	for (const listener of listeners) listener(state);
}

/** Makes `table` a view over the shipped default (unless replaced) and the user's rows; nothing is copied. */
async function rebuild(table: TableName, derived = true): Promise<void> {
	const c = composition(manifest, table);
	const small = c.files.flatMap((f) => entryRows.get(f.id) ?? []);
	const user: string[] = [];
	if (small.length > 0) {
		await insertArrowTable(userRowsTable(table), programRowsToArrow(table, small as RowFor<TableName>[]));
		user.push(userRowsTable(table));
	}
	for (const f of c.files) {
		const accepted = entryTables.get(f.id);
		if (accepted) user.push(accepted);
	}
	await composeProgramTable(query, table, {
		shipped: SHIPPED_CATALOG,
		includesDefault: c.includesDefault,
		user
	});
	if (small.length === 0) await dropRelation(query, userRowsTable(table));
	if (derived) await refreshPreAggregates([table]);
}

/**
 * The pre-aggregates built from `tables`: read from the shipped database while all their sources are the default,
 * otherwise rebuilt from the views over the default and the user's rows.
 */
async function refreshPreAggregates(tables: Iterable<TableName>): Promise<void> {
	for (const aggregate of preAggregatesOf(tables)) {
		if (aggregate.sources.every((s) => composition(manifest, s).origin === 'default')) {
			await useShippedRelation(query, aggregate.name, SHIPPED_CATALOG);
		} else {
			await dropRelation(query, aggregate.name);
			await aggregate.build(queryInSlices);
		}
	}
}

/** The tables holding some of the user's rows. */
const changedTables = () => new Set(manifest.map((e) => e.table));

function forget(id: string): void {
	entryRows.delete(id);
	const accepted = entryTables.get(id);
	entryTables.delete(id);
	if (accepted) void dropAcceptedRows(query, accepted).catch(() => undefined);
}

/** Keeps a large file's accepted rows for the next visit; the work goes on without waiting for it. */
function keepCheckedCopy(entry: StoredFileEntry, loaded: Manifest): void {
	const accepted = entryTables.get(entry.id);
	if (!accepted) return;
	void saveCheckedCopy(store, entry, checkedCopyKey(version, entry, loaded), accepted)
		.then(async () => {
			// Removed while it was written: the copy goes too.
			if (!manifest.some((e) => e.id === entry.id)) await removeCheckedCopy(store, entry.id);
		})
		.catch(() => removeCheckedCopy(store, entry.id));
}

/** A large file re-imported: its accepted rows in a DuckDB table, or why it could not be. */
type LargeRestore =
	{ accepted: string; rows: number; checked: boolean } | { accepted: null; issues: Issue[] };

/**
 * Re-imports a large stored file: from its checked copy when that was made for the tables as they stand now, otherwise
 * by the path it first took (read in place by DuckDB, checked in SQL; `checked` is then true).
 */
async function restoreLarge(entry: StoredFileEntry, data: Blob): Promise<LargeRestore> {
	const accepted = acceptedTableName(entry.id);
	const key = checkedCopyKey(version, entry, manifest);
	const copied = await loadCheckedCopy(store, entry, key, accepted).catch(() => null);
	if (copied !== null) {
		// Read by the browser test of the checked copy (tests/e2e/data.e2e.ts).
		performance.mark('program-checked-copy-read');
		return { accepted, rows: copied, checked: false };
	}
	const staged = await stageLargeFile(data, { key: entry.id }).catch(() => null);
	if (!staged) return { accepted: null, issues: [] };
	try {
		const analysis = await analyseStagedFile(staged, entry.name, entry.size, {
			table: entry.table,
			mode: entry.mode,
			countries
		});
		await discardStaged(staged, !analysis.fatal);
		return analysis.fatal
			? { accepted: null, issues: analysis.issues }
			: { accepted: staged.accepted, rows: analysis.accepted, checked: true };
	} catch (error) {
		await discardStaged(staged, false);
		throw error;
	}
}

async function restoreSmall(entry: StoredFileEntry, data: Blob): Promise<ProgramFileAnalysis> {
	return analyseProgramFile(await data.arrayBuffer(), entry.name, entry.size, {
		table: entry.table,
		mode: entry.mode,
		loaded: await loadedProgramRows(),
		countries
	});
}

/** Re-imports the stored files, each checked against the tables as they stood when it was first loaded. */
async function restore(stored: Manifest): Promise<void> {
	restoreFailures = [];
	for (const entry of restoreOrder(stored)) {
		const data = await store.get(entry.id).catch(() => null);
		if (!data) {
			restoreFailures.push({ entry, issues: [] });
			continue;
		}
		const before = manifest;
		if (takesLargePath(entry.name, data.size)) {
			const large = await restoreLarge(entry, data).catch(() => null);
			if (large === null || large.accepted === null) {
				restoreFailures.push({ entry, issues: large?.issues ?? [] });
				continue;
			}
			entryTables.set(entry.id, large.accepted);
			manifest = addEntry(manifest, { ...entry, rows: large.rows });
			if (large.checked) keepCheckedCopy(entry, before);
		} else {
			const analysis = await restoreSmall(entry, data);
			if (analysis.fatal) {
				restoreFailures.push({ entry, issues: analysis.issues });
				continue;
			}
			entryRows.set(entry.id, analysis.rows);
			manifest = addEntry(manifest, { ...entry, rows: analysis.accepted });
		}
		await rebuild(entry.table, false);
	}
	if (restoreFailures.length > 0) await store.writeManifest(manifest).catch(() => undefined);
}

/**
 * A restarted engine has the shipped tables and the user's small files back (db.ts re-imports what it inserted), not
 * what DuckDB built itself: the accepted rows of large files (read again from storage; a file kept only in memory is
 * reported lost), the program tables' views over them and the pre-aggregates built from the user's rows.
 */
function rebuildAfterRestart(): Promise<void> {
	return change(async () => {
		for (const id of [...entryTables.keys()]) {
			const entry = manifest.find((e) => e.id === id);
			if (!entry) continue;
			const data = await store.get(id).catch(() => null);
			const large = data ? await restoreLarge(entry, data).catch(() => null) : null;
			if (large !== null && large.accepted !== null) entryTables.set(id, large.accepted);
			else {
				manifest = removeEntry(manifest, id);
				entryTables.delete(id);
				restoreFailures.push({ entry, issues: large?.issues ?? [] });
			}
		}
		const changed = changedTables();
		for (const table of changed) await rebuild(table, false);
		await refreshPreAggregates(changed);
	});
}

async function start(): Promise<void> {
	// On a server, its own tables are the program tables: nothing to compose here.
	if (await serverInfo()) {
		[defaultCounts, countries] = await Promise.all([programRowCounts(query), loadCountryCodes()]);
		notify();
		return;
	}
	// The engine compiles while the stored files are opened; the defaults come with it, in the shipped database.
	startDatabase().catch(() => undefined);
	const [opened, codes] = await Promise.all([openFileStore(), loadCountryCodes()]);
	[store, storageProblem, countries] = [opened.store, opened.problem, codes];
	defaultCounts = await programRowCounts(query);
	// A stored file is checked against the tables as they stand in DuckDB.
	await restore(await store.readManifest().catch(() => []));
	await refreshPreAggregates(changedTables());
	// Read by the load-time measurement (see the report in tests/e2e/data.e2e.ts).
	performance.mark('program-tables-loaded');
	onEngineEvent((event) => {
		if (event.kind === 'restarted') void rebuildAfterRestart().catch(() => undefined);
	});
	notify();
}

let started: Promise<void> | null = null;
let pending: Promise<unknown> = Promise.resolve();

function ensureStarted(): Promise<void> {
	started ??= start().catch((error: unknown) => {
		started = null;
		throw error;
	});
	return started;
}

/** Loads the program tables into DuckDB once (default, then the stored files) and waits for any change under way. */
export function ensureProgramTables(): Promise<void> {
	return ensureStarted()
		.then(() => pending)
		.then(() => undefined);
}

/** Runs a change after the tables are loaded and after every earlier change. */
function change<R>(action: () => Promise<R>): Promise<R> {
	const previous = pending;
	const run = ensureStarted()
		.then(() => previous)
		.then(action);
	pending = run.catch(() => undefined);
	return run.finally(notify);
}

/** Deletes a file's stored copy and its checked copy. */
async function removeStored(id: string): Promise<void> {
	await store.remove(id).catch(() => undefined);
	await removeCheckedCopy(store, id);
}

async function persist(): Promise<void> {
	await store.writeManifest(manifest.filter((e) => !unsaved.has(e.id)));
}

export interface CommitResult {
	entry: StoredFileEntry;
	/** False when the browser refused to keep the file: it is loaded for this session only. */
	saved: boolean;
}

/** Puts a checked file's accepted rows in its table (replacing or adding), then keeps the original file. */
export function commitProgramFile(analysis: ProgramFileAnalysis, data: Blob): Promise<CommitResult> {
	return change(async () => {
		const { table, staged } = analysis;
		if (!table || analysis.fatal) throw new Error(`${analysis.file}: nothing to load`);
		const entry: StoredFileEntry = {
			id: staged?.key ?? crypto.randomUUID(),
			table,
			mode: analysis.mode,
			name: analysis.file,
			size: analysis.size,
			rows: analysis.accepted,
			loadedAt: new Date().toISOString()
		};
		if (staged && staged.accepted !== acceptedTableName(entry.id)) throw new Error('staged rows mislaid');
		const before = manifest;
		const displaced = displacedBy(manifest, entry);
		manifest = addEntry(manifest, entry);
		if (staged) entryTables.set(entry.id, staged.accepted);
		else entryRows.set(entry.id, analysis.rows);
		try {
			await rebuild(table);
		} catch (error) {
			manifest = before;
			entryRows.delete(entry.id);
			entryTables.delete(entry.id);
			await rebuild(table);
			throw error;
		}
		if (staged) await discardStaged(staged, true);
		for (const id of displaced) forget(id);
		let saved = true;
		try {
			await store.put(entry.id, data);
			await persist();
			if (staged) keepCheckedCopy(entry, before);
		} catch (error) {
			saved = false;
			unsaved.add(entry.id);
			storageProblem = storageProblemOf(error);
		}
		for (const id of displaced) {
			unsaved.delete(id);
			await removeStored(id);
		}
		if (store.kind === 'memory') saved = false;
		return { entry, saved };
	});
}

export function removeProgramFile(id: string): Promise<void> {
	return change(async () => {
		const entry = manifest.find((e) => e.id === id);
		if (!entry) return;
		manifest = removeEntry(manifest, id);
		unsaved.delete(id);
		await rebuild(entry.table);
		forget(id);
		await removeStored(id);
		await persist().catch(() => undefined);
	});
}

/** Back to the illustrative default for every table; the stored files are deleted. */
export function resetProgramTables(): Promise<void> {
	return change(async () => {
		const tables = new Set(manifest.map((e) => e.table));
		const ids = manifest.map((e) => e.id);
		manifest = [];
		unsaved.clear();
		restoreFailures = [];
		for (const table of tables) await rebuild(table);
		for (const id of ids) forget(id);
		for (const id of ids) await removeStored(id);
		await persist().catch(() => undefined);
	});
}

export type { LoadMode, ProgramFileAnalysis };

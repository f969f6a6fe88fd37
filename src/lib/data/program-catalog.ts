/**
 * The ICEC program tables in DuckDB: the embedded illustrative default, replaced or extended by the user's own files,
 * which are kept in this browser's storage and re-imported after a reload. All changes run one after another; every
 * view that shows program data awaits `ensureProgramTables()` and so sees the latest state.
 */
import { version } from '$app/environment';
import { insertArrowTable, onEngineEvent, query, queryInSlices, startDatabase } from './db';
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
import { appendAcceptedRows, dropAcceptedRows, loadedKeyRows } from './queries/program-loaded';
import { loadCountryCodes, loadDefaultRows } from './program-defaults';
import { buildPreAggregates } from './queries/pre-aggregates';
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

const defaults = new Map<TableName, object[]>();
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

function rowsOf(table: TableName, within: Manifest = manifest): object[] {
	const c = composition(within, table);
	const parts = c.files.map((f) => entryRows.get(f.id) ?? []);
	return (c.includesDefault ? (defaults.get(table) ?? []) : []).concat(...parts);
}

/**
 * The rows each program table holds now: what a new file's references and keys are checked against. For files loaded
 * by the large-file path, only the key and referenced columns are read back from DuckDB.
 */
export async function loadedProgramRows(): Promise<LoadedRows> {
	const loaded: LoadedRows = {};
	for (const t of TABLE_NAMES) {
		const large = composition(manifest, t).files.flatMap((f) => entryTables.get(f.id) ?? []);
		const extra = [];
		for (const name of large) extra.push(...(await loadedKeyRows(query, t, name)));
		loaded[t] = extra.length > 0 ? rowsOf(t).concat(extra) : rowsOf(t);
	}
	return loaded;
}

function rowCount(table: TableName): number {
	const c = composition(manifest, table);
	return (
		(c.includesDefault ? (defaults.get(table)?.length ?? 0) : 0) + c.files.reduce((n, f) => n + f.rows, 0)
	);
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

async function rebuild(table: TableName, derived = true): Promise<void> {
	await insertArrowTable(table, programRowsToArrow(table, rowsOf(table) as RowFor<TableName>[]));
	for (const f of composition(manifest, table).files) {
		const accepted = entryTables.get(f.id);
		if (accepted) await appendAcceptedRows(queryInSlices, table, accepted);
	}
	// The pre-aggregates follow every change to a table they are built from.
	if (derived) await buildPreAggregates(queryInSlices, table);
}

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
 * A restarted engine gets back the tables built from rows, not those DuckDB built itself: the accepted rows of large
 * files (read again from storage; a file kept only in memory is reported lost) and the sessions pre-aggregate.
 */
function rebuildAfterRestart(): Promise<void> {
	return change(async () => {
		const tables = new Set<TableName>();
		for (const id of [...entryTables.keys()]) {
			const entry = manifest.find((e) => e.id === id);
			if (!entry) continue;
			tables.add(entry.table);
			const data = await store.get(id).catch(() => null);
			const large = data ? await restoreLarge(entry, data).catch(() => null) : null;
			if (large !== null && large.accepted !== null) entryTables.set(id, large.accepted);
			else {
				manifest = removeEntry(manifest, id);
				entryTables.delete(id);
				restoreFailures.push({ entry, issues: large?.issues ?? [] });
			}
		}
		for (const table of tables) await rebuild(table, false);
		await buildPreAggregates(queryInSlices);
	});
}

async function start(): Promise<void> {
	// The engine compiles while the defaults are read and the stored files opened.
	startDatabase().catch(() => undefined);
	const [opened, codes] = await Promise.all([
		openFileStore(),
		loadCountryCodes(),
		...TABLE_NAMES.map(async (t) => void defaults.set(t, await loadDefaultRows(t)))
	]);
	[store, storageProblem, countries] = [opened.store, opened.problem, codes];
	// The defaults first: a stored file is checked against the tables as they stand in DuckDB.
	for (const table of TABLE_NAMES) await rebuild(table, false);
	await restore(await store.readManifest().catch(() => []));
	await buildPreAggregates(queryInSlices);
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
		forget(id);
		unsaved.delete(id);
		await rebuild(entry.table);
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
		for (const id of ids) forget(id);
		unsaved.clear();
		restoreFailures = [];
		for (const table of tables) await rebuild(table);
		for (const id of ids) await removeStored(id);
		await persist().catch(() => undefined);
	});
}

export type { LoadMode, ProgramFileAnalysis };

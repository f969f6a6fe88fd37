/**
 * The ICEC program tables in DuckDB: the embedded illustrative default, replaced or extended by the user's own files,
 * which are kept in this browser's storage and re-imported after a reload. All changes run one after another; every
 * view that shows program data awaits `ensureProgramTables()` and so sees the latest state.
 */
import { insertArrowTable, onEngineEvent, query } from './db';
import { programRowsToArrow } from './program-arrow';
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
import { buildSessionMonths, SESSION_MONTHS_SOURCES } from './queries/session-months';
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
		if (accepted) await appendAcceptedRows(query, table, accepted);
	}
	// The sessions pre-aggregate follows every change to a table it is built from.
	if (derived && SESSION_MONTHS_SOURCES.includes(table)) await buildSessionMonths(query);
}

function forget(id: string): void {
	entryRows.delete(id);
	const accepted = entryTables.get(id);
	entryTables.delete(id);
	if (accepted) void dropAcceptedRows(query, accepted).catch(() => undefined);
}

/** Re-imports a large stored file by the same path it first took: read in place by DuckDB, checked in SQL. */
async function restoreLarge(entry: StoredFileEntry, data: Blob): Promise<ProgramFileAnalysis | null> {
	const staged = await stageLargeFile(data, { key: entry.id }).catch(() => null);
	if (!staged) return null;
	try {
		const analysis = await analyseStagedFile(staged, entry.name, entry.size, {
			table: entry.table,
			mode: entry.mode,
			countries
		});
		await discardStaged(staged, !analysis.fatal);
		return analysis;
	} catch (error) {
		await discardStaged(staged, false);
		throw error;
	}
}

/** Re-imports the stored files, each checked against the tables as they stood when it was first loaded. */
async function restore(stored: Manifest): Promise<void> {
	restoreFailures = [];
	for (const entry of restoreOrder(stored)) {
		const data = await store.get(entry.id).catch(() => null);
		const large = data !== null && takesLargePath(entry.name, data.size);
		const analysis = !data
			? null
			: large
				? await restoreLarge(entry, data).catch(() => null)
				: await analyseProgramFile(await data.arrayBuffer(), entry.name, entry.size, {
						table: entry.table,
						mode: entry.mode,
						loaded: await loadedProgramRows(),
						countries
					});
		if (!analysis || analysis.fatal) {
			restoreFailures.push({ entry, issues: analysis?.issues ?? [] });
			continue;
		}
		if (analysis.staged) entryTables.set(entry.id, analysis.staged.accepted);
		else entryRows.set(entry.id, analysis.rows);
		manifest = addEntry(manifest, { ...entry, rows: analysis.accepted });
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
			const analysis = data ? await restoreLarge(entry, data).catch(() => null) : null;
			if (analysis?.staged && !analysis.fatal) entryTables.set(id, analysis.staged.accepted);
			else {
				manifest = removeEntry(manifest, id);
				entryTables.delete(id);
				restoreFailures.push({ entry, issues: analysis?.issues ?? [] });
			}
		}
		for (const table of tables) await rebuild(table, false);
		await buildSessionMonths(query);
	});
}

async function start(): Promise<void> {
	const [opened, codes] = await Promise.all([
		openFileStore(),
		loadCountryCodes(),
		...TABLE_NAMES.map(async (t) => void defaults.set(t, await loadDefaultRows(t)))
	]);
	[store, storageProblem, countries] = [opened.store, opened.problem, codes];
	// The defaults first: a stored file is checked against the tables as they stand in DuckDB.
	for (const table of TABLE_NAMES) await rebuild(table, false);
	await restore(await store.readManifest().catch(() => []));
	await buildSessionMonths(query);
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
		} catch (error) {
			saved = false;
			unsaved.add(entry.id);
			storageProblem = storageProblemOf(error);
		}
		for (const id of displaced) {
			unsaved.delete(id);
			await store.remove(id).catch(() => undefined);
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
		await store.remove(id).catch(() => undefined);
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
		for (const id of ids) await store.remove(id).catch(() => undefined);
		await persist().catch(() => undefined);
	});
}

export type { LoadMode, ProgramFileAnalysis };

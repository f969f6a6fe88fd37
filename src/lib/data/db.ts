import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import { Table } from 'apache-arrow';
import { checkStatement } from './console-statement';
import { warmUpOnce } from './engine-warmup';
import { remoteQuery, remoteRolledBack, serverInfo } from './remote-engine';
import workerUrl from 'virtual:duckdb-eh-worker-url';
import {
	attachShippedStatement,
	fetchShippedDatabase,
	SHIPPED_FILE,
	shippedTablesStatement,
	shippedViewStatement
} from './shipped-database';
import type { QueryFn, SqlQuery } from './sql';

/** Served by `npm run serve`: the tables live in the server's database, and the views' queries run there. */
const onServer = async () => (await serverInfo()) !== null;

/** Where the user's files are registered for DuckDB's own readers; the only place it may read from. */
export const UPLOAD_DIRECTORY = '/upload/';

/**
 * The database every table lives in: in memory, compressed. DuckDB leaves its default in-memory database uncompressed,
 * which made a 10 M-row sessions file (staged as text, then checked) exhaust the 2 GB limit; compressed, the same
 * tables take about a sixth of the memory for about a tenth more time to write.
 */
const CATALOG = 'atlas';

/** Settings applied before `lock_configuration`: nothing may reach the network or load code after start. */
export const lockdownStatements = [
	`SET autoinstall_known_extensions = false`,
	`SET autoload_known_extensions = false`,
	`SET allow_community_extensions = false`,
	// With external access off, DuckDB still opens paths under these directories: only the user's own files, registered
	// there by `registerUploadFile`. http(s) and every other path stay refused.
	`SET allowed_directories = ['${UPLOAD_DIRECTORY}']`,
	`SET enable_external_access = false`,
	`SET memory_limit = '2GB'`,
	`SET lock_configuration = true`
] as const;

/** While work is under way the worker is pinged; one that has not answered for this long is taken for hung. */
export const WATCHDOG_MS = 20_000;
const HEARTBEAT_MS = 1_000;

export type EngineFailure = 'crashed' | 'hung';
export type EngineEvent =
	| { kind: 'restarting'; reason: EngineFailure }
	| { kind: 'restarted'; reason: EngineFailure; tables: number }
	| { kind: 'failed'; reason: EngineFailure; detail: string };

/** The work was cut short because the engine crashed or hung and was restarted (the data is loaded again). */
export class EngineRestartedError extends Error {
	constructor(readonly reason: EngineFailure) {
		super(`The database engine ${reason === 'hung' ? 'stopped responding' : 'crashed'} and was restarted`);
		this.name = 'EngineRestartedError';
	}
}

interface Engine {
	db: AsyncDuckDB;
	connection: AsyncDuckDBConnection;
	worker: Worker;
	/** Rejects when this engine is given up: every piece of work under way races it. */
	lost: Promise<never>;
	lose(error: EngineRestartedError): void;
	dead: boolean;
	busy: number;
	lastAnswer: number;
	timer: ReturnType<typeof setInterval> | null;
}

let engine: Promise<Engine> | null = null;

/** A connection whose unqualified names are the app's compressed database (`USE` holds per connection). */
async function connect(db: AsyncDuckDB): Promise<AsyncDuckDBConnection> {
	const connection = await db.connect();
	await connection.query(`USE ${CATALOG}`);
	return connection;
}

/** The app's database, the shipped one attached and seen through views, then the configuration locked. */
async function firstConnection(db: AsyncDuckDB, shipped: Uint8Array): Promise<AsyncDuckDBConnection> {
	const setup = await db.connect();
	await setup.query(`ATTACH ':memory:' AS ${CATALOG} (COMPRESS)`);
	await db.registerFileBuffer(SHIPPED_FILE, shipped);
	await setup.query(attachShippedStatement);
	const tables = tableToRows<{ table_name: string }>(await setup.query(shippedTablesStatement));
	for (const { table_name } of tables) await setup.query(shippedViewStatement(CATALOG, table_name));
	for (const statement of lockdownStatements) await setup.query(statement);
	await setup.close();
	return connect(db);
}

/** Every table created through `insertArrowTable`, latest version by name: re-imported after a restart. */
const created = new Map<string, Table>();
const listeners = new Set<(event: EngineEvent) => void>();

/** Calls `listener` when the engine has to be restarted and when it is back; returns the unsubscribe function. */
export function onEngineEvent(listener: (event: EngineEvent) => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

function emit(event: EngineEvent): void {
	for (const listener of listeners) listener(event);
}

async function startEngine(): Promise<Engine> {
	performance.mark('duckdb-start');
	const shipped = fetchShippedDatabase();
	shipped.catch(() => undefined);
	// The worker fetches and compiles the engine as soon as its script runs (scripts/duckdb-worker-plugin.ts), while
	// DuckDB's JavaScript (and Arrow) is imported here.
	const worker = new Worker(`${workerUrl}#engine=${encodeURIComponent(wasmUrl)}`);
	const duckdb = await import('@duckdb/duckdb-wasm').catch((error: unknown) => {
		worker.terminate();
		throw error;
	});
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(wasmUrl);
	await db.open({ path: ':memory:', query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const connection = await firstConnection(db, await shipped);
	// After a restart: the tables the app had built, the user's files among them, are imported again.
	for (const [name, table] of created) await connection.insertArrowTable(table, { name, create: true });
	let lose: (error: EngineRestartedError) => void = () => undefined;
	const lost = new Promise<never>((_, reject) => (lose = reject));
	lost.catch(() => undefined);
	const started: Engine = {
		db,
		connection,
		worker,
		lost,
		lose,
		dead: false,
		busy: 0,
		lastAnswer: 0,
		timer: null
	};
	worker.addEventListener('error', () => restart(started, 'crashed'));
	performance.mark('duckdb-ready');
	warmUpLater();
	return started;
}

let warmUpStarted = false;

/** Once per page, after the view's first queries: lets Chrome keep the compiled engine (engine-warmup.ts says why). */
function warmUpLater(): void {
	if (warmUpStarted) return;
	warmUpStarted = true;
	let storage: Storage | null = null;
	try {
		storage = globalThis.localStorage ?? null;
	} catch {
		// Storage refused (a sandboxed frame, strict privacy settings): warm up on each visit.
	}
	void warmUpOnce({
		run: (statement) => retried(({ connection }) => connection.query(statement)),
		idle: whenIdle,
		storage,
		engineUrl: wasmUrl
	}).catch(() => undefined);
}

/**
 * The next moment when both the page and the engine are idle, at least a second away: the views' queries (a user's
 * change included) always go first, and a warm-up statement only ever delays one that comes while it runs.
 */
async function whenIdle(): Promise<void> {
	for (;;) {
		await new Promise<void>((resolve) =>
			setTimeout(() => {
				if ('requestIdleCallback' in globalThis) requestIdleCallback(() => resolve(), { timeout: 5_000 });
				else resolve();
			}, 1_000)
		);
		const current = engine ? await engine.catch(() => null) : null;
		if (!current) throw new Error('The engine stopped: no warm-up');
		if (current.busy === 0) return;
	}
}

/** Gives up on an engine that crashed or hung: its work fails with `EngineRestartedError`, a new one starts. */
function restart(old: Engine, reason: EngineFailure): void {
	if (old.dead) return;
	old.dead = true;
	if (old.timer) clearInterval(old.timer);
	old.lose(new EngineRestartedError(reason));
	old.worker.terminate();
	consoleConnection = null;
	emit({ kind: 'restarting', reason });
	engine = startEngine().then(
		(next) => {
			emit({ kind: 'restarted', reason, tables: created.size });
			return next;
		},
		(error: unknown) => {
			engine = null;
			emit({ kind: 'failed', reason, detail: error instanceof Error ? error.message : String(error) });
			throw error;
		}
	);
}

/** Pings the worker while work is under way; one silent for longer than `WATCHDOG_MS` is restarted. */
function watch(e: Engine): void {
	if (e.timer) return;
	e.lastAnswer = Date.now();
	let pinging = false;
	e.timer = setInterval(() => {
		if (Date.now() - e.lastAnswer > WATCHDOG_MS) return restart(e, 'hung');
		if (pinging) return;
		pinging = true;
		e.db
			.getVersion()
			.then(() => (e.lastAnswer = Date.now()))
			.catch(() => undefined)
			.finally(() => (pinging = false));
	}, HEARTBEAT_MS);
}

/** Runs work on the engine under the watchdog; rejects with `EngineRestartedError` if the engine is lost. */
async function guarded<R>(work: (e: Engine) => Promise<R>): Promise<R> {
	const e = await ready();
	e.busy++;
	watch(e);
	try {
		return await Promise.race([work(e), e.lost]);
	} finally {
		e.busy--;
		if (e.busy === 0 && e.timer) {
			clearInterval(e.timer);
			e.timer = null;
		}
	}
}

/** The app's own work is run again once on the restarted engine; a second loss is reported. */
async function retried<R>(work: (e: Engine) => Promise<R>): Promise<R> {
	try {
		return await guarded(work);
	} catch (error) {
		if (!(error instanceof EngineRestartedError)) throw error;
		return guarded(work);
	}
}

/** Starts DuckDB on first use; every caller shares the same engine. */
function ready(): Promise<Engine> {
	engine ??= startEngine().catch((error: unknown) => {
		engine = null;
		throw error;
	});
	return engine;
}

export async function startDatabase(): Promise<void> {
	if (await onServer()) return;
	await ready();
}

export const query: QueryFn = async <T extends object>(q: SqlQuery): Promise<T[]> => {
	if (await onServer()) return remoteQuery<T>(q);
	const table = await retried(({ connection }) =>
		q.params.length === 0
			? connection.query(q.text)
			: withStatement(connection, q.text, (statement) => statement.query(...q.params))
	);
	return tableToRows<T>(table);
};

/**
 * For statements that may take minutes (checking millions of rows): run in slices (DuckDB-wasm's pending query,
 * polled), so the worker answers the watchdog's pings meanwhile and is not taken for hung. Takes no parameters.
 */
export const queryInSlices: QueryFn = async <T extends object>(q: SqlQuery): Promise<T[]> => {
	if (q.params.length > 0) throw new Error('queryInSlices takes a statement without parameters');
	// On a server, the writes are those that build this browser's own copy of the tables: the server built them.
	if (await onServer()) return checkStatement(q.text).ok ? remoteQuery<T>(q) : [];
	return tableToRows<T>(await retried(({ connection }) => sliced(connection, q.text)));
};

async function sliced(connection: AsyncDuckDBConnection, text: string): Promise<Table> {
	const reader = await connection.send(text, true);
	const batches = [];
	for await (const batch of reader) batches.push(batch);
	return batches.length > 0 ? new Table(batches) : new Table(reader.schema);
}

async function withStatement<R>(
	connection: AsyncDuckDBConnection,
	text: string,
	run: (statement: Awaited<ReturnType<AsyncDuckDBConnection['prepare']>>) => Promise<R>
): Promise<R> {
	const statement = await connection.prepare(text);
	try {
		return await run(statement);
	} finally {
		await statement.close();
	}
}

let consoleConnection: Promise<AsyncDuckDBConnection> | null = null;

/**
 * Runs one statement for the analysts' console on its own connection, inside a transaction that is always rolled back,
 * and returns at most `maxRows` rows (the stream is cancelled there). Aborting `signal` cancels the running query.
 * The caller checks the statement first (`console-statement.ts`); this is the second wall, not the first.
 */
export async function queryRolledBack(
	text: string,
	options: { signal?: AbortSignal; maxRows: number }
): Promise<{ table: Table; truncated: boolean }> {
	if (await onServer()) return remoteRolledBack(text, options);
	return guarded(async ({ db }) => {
		consoleConnection ??= connect(db);
		const connection = await consoleConnection;
		return runRolledBack(connection, text, options);
	});
}

async function runRolledBack(
	connection: AsyncDuckDBConnection,
	text: string,
	options: { signal?: AbortSignal; maxRows: number }
): Promise<{ table: Table; truncated: boolean }> {
	const cancel = () => void connection.cancelSent();
	options.signal?.addEventListener('abort', cancel, { once: true });
	await connection.query('BEGIN TRANSACTION');
	try {
		const reader = await connection.send(text, true);
		const batches = [];
		let rows = 0;
		let truncated = false;
		for await (const batch of reader) {
			options.signal?.throwIfAborted();
			batches.push(batch);
			rows += batch.numRows;
			if (rows > options.maxRows) {
				truncated = true;
				await connection.cancelSent();
				break;
			}
		}
		options.signal?.throwIfAborted();
		const table = batches.length > 0 ? new Table(batches) : new Table(reader.schema);
		return { table: truncated ? table.slice(0, options.maxRows) : table, truncated };
	} finally {
		options.signal?.removeEventListener('abort', cancel);
		await connection.query('ROLLBACK').catch(() => undefined);
	}
}

/** Replaces (or creates) a table with the rows of an Arrow table. */
export async function insertArrowTable(name: string, table: Table): Promise<void> {
	if (await onServer()) return;
	await retried(async ({ connection }) => {
		await connection.query(`DROP TABLE IF EXISTS "${name.replaceAll('"', '""')}"`);
		await connection.insertArrowTable(table, { name, create: true });
	});
	created.set(name, table);
}

export function tableToRows<T>(table: Table): T[] {
	return table.toArray().map((row) => row.toJSON() as T);
}

/**
 * Lets DuckDB read a file the user chose (or the copy kept in this browser) in place, through the browser's file reader,
 * under `UPLOAD_DIRECTORY`; returns the path to read it by. `name` is ours (letters, digits, hyphens and an extension).
 */
export async function registerUploadFile(name: string, file: Blob): Promise<string> {
	if (!/^[a-z0-9-]+\.[a-z]+$/.test(name)) throw new Error(`Not an upload file name: ${name}`);
	const [{ db }, { DuckDBDataProtocol }] = await Promise.all([ready(), import('@duckdb/duckdb-wasm')]);
	const path = `${UPLOAD_DIRECTORY}${name}`;
	await db.registerFileHandle(path, file, DuckDBDataProtocol.BROWSER_FILEREADER, true);
	return path;
}

/**
 * A table written as gzip-compressed CSV with a header, in JavaScript memory: for keeping a copy in the browser's
 * storage. (CSV, as this build of DuckDB writes no Parquet without an extension, and extensions are never loaded.)
 */
export async function tableAsCsvGzip(table: string): Promise<Uint8Array> {
	return guarded(async ({ db, connection }) => {
		const path = `${UPLOAD_DIRECTORY}export-${crypto.randomUUID()}.csv`;
		await db.registerEmptyFileBuffer(path);
		try {
			await sliced(
				connection,
				`COPY "${table.replaceAll('"', '""')}" TO '${path}' (FORMAT csv, HEADER, COMPRESSION gzip)`
			);
			return await db.copyFileToBuffer(path);
		} finally {
			await db.dropFile(path).catch(() => undefined);
		}
	});
}

export async function dropUploadFile(path: string): Promise<void> {
	const { db } = await ready();
	await db.dropFile(path);
}

let uploadConnection: Promise<AsyncDuckDBConnection> | null = null;

/**
 * Runs one statement without parameters on its own connection, so that aborting `signal` cancels it where it stands
 * (reading a large file, for example) and the app's other queries are not held behind it.
 */
export async function runCancellable(q: SqlQuery, signal?: AbortSignal): Promise<void> {
	if (q.params.length > 0) throw new Error('runCancellable takes a statement without parameters');
	const { db } = await ready();
	uploadConnection ??= connect(db);
	const connection = await uploadConnection;
	signal?.throwIfAborted();
	const cancel = () => void connection.cancelSent();
	signal?.addEventListener('abort', cancel, { once: true });
	try {
		const reader = await connection.send(q.text, true);
		for await (const batch of reader) void batch;
		signal?.throwIfAborted();
	} finally {
		signal?.removeEventListener('abort', cancel);
	}
}

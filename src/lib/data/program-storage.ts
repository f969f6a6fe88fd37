/**
 * The user's original files, kept in this browser only: the Origin Private File System where there is one,
 * IndexedDB otherwise, and memory when neither works (private windows, storage refused). Nothing leaves the machine.
 * Each kind of file (program tables, a country's admin-1 files) has its own space: a folder, a database and a manifest.
 */
import { parseManifest, type Manifest } from './program-manifest';

export type StorageKind = 'opfs' | 'indexeddb' | 'memory';

/** Where one kind of file is kept, and how its manifest is read back (malformed entries dropped, never trusted). */
export interface StoreSpace<M> {
	directory: string;
	database: string;
	parse: (text: string | null) => M;
	empty: M;
}

/** The program tables' space (the names predate the other spaces and stay, so stored files keep loading). */
export const programSpace: StoreSpace<Manifest> = {
	directory: 'icec-program-files',
	database: 'icec-atlas-program',
	parse: parseManifest,
	empty: []
};

export interface FileStore<M = Manifest> {
	kind: StorageKind;
	readManifest(): Promise<M>;
	writeManifest(manifest: M): Promise<void>;
	/** Keeps the file; a `File` is streamed to storage, not read whole first. */
	put(id: string, data: Blob): Promise<void>;
	/** The kept file, read from storage only as it is used. */
	get(id: string): Promise<Blob | null>;
	remove(id: string): Promise<void>;
}

/** Why storage failed, for the message the user reads. */
export type StorageProblem = 'quota' | 'unavailable';

export class StorageError extends Error {
	constructor(
		readonly problem: StorageProblem,
		cause: unknown
	) {
		super(cause instanceof Error ? cause.message : String(cause));
	}
}

export function storageProblemOf(error: unknown): StorageProblem {
	if (error instanceof StorageError) return error.problem;
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	return name === 'QuotaExceededError' ? 'quota' : 'unavailable';
}

const MANIFEST = 'manifest.json';

async function opfsStore<M>(space: StoreSpace<M>): Promise<FileStore<M>> {
	const root = await navigator.storage.getDirectory();
	const dir = await root.getDirectoryHandle(space.directory, { create: true });
	const write = async (name: string, data: Blob | string) => {
		const handle = await dir.getFileHandle(name, { create: true });
		const writable = await handle.createWritable();
		try {
			await writable.write(data);
			await writable.close();
		} catch (error) {
			await writable.abort().catch(() => undefined);
			throw error;
		}
	};
	const read = async (name: string): Promise<File | null> => {
		try {
			return await (await dir.getFileHandle(name)).getFile();
		} catch {
			return null;
		}
	};
	return {
		kind: 'opfs',
		readManifest: async () => space.parse((await (await read(MANIFEST))?.text()) ?? null),
		writeManifest: (manifest) => write(MANIFEST, JSON.stringify(manifest)),
		put: (id, data) => write(`${id}.bin`, data),
		get: (id) => read(`${id}.bin`),
		remove: (id) => dir.removeEntry(`${id}.bin`).catch(() => undefined)
	};
}

function request<T>(r: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error);
	});
}

async function indexedDbStore<M>(space: StoreSpace<M>): Promise<FileStore<M>> {
	const open = indexedDB.open(space.database, 1);
	open.onupgradeneeded = () => open.result.createObjectStore('files');
	const db = await request(open);
	const run = async <T>(mode: IDBTransactionMode, action: (s: IDBObjectStore) => IDBRequest<T>) => {
		const tx = db.transaction('files', mode);
		const result = await request(action(tx.objectStore('files')));
		await new Promise<void>((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onerror = tx.onabort = () => reject(tx.error);
		});
		return result;
	};
	return {
		kind: 'indexeddb',
		readManifest: async () =>
			space.parse(((await run('readonly', (s) => s.get(MANIFEST))) as string) ?? null),
		writeManifest: (manifest) =>
			run('readwrite', (s) => s.put(JSON.stringify(manifest), MANIFEST)).then(() => undefined),
		put: (id, data) => run('readwrite', (s) => s.put(data, id)).then(() => undefined),
		get: async (id) => {
			const value = (await run('readonly', (s) => s.get(id))) as Blob | ArrayBuffer | undefined;
			return value instanceof ArrayBuffer ? new Blob([value]) : (value ?? null);
		},
		remove: (id) => run('readwrite', (s) => s.delete(id)).then(() => undefined)
	};
}

export function memoryStore<M = Manifest>(space?: StoreSpace<M>): FileStore<M> {
	let manifest = (space ?? programSpace).empty as M;
	return {
		kind: 'memory',
		readManifest: async () => manifest,
		writeManifest: async (m) => void (manifest = m),
		put: async () => undefined,
		get: async () => null,
		remove: async () => undefined
	};
}

/** The best store this browser offers, and why a better one failed (the app then keeps files in memory only). */
export async function openFileStore<M = Manifest>(
	space?: StoreSpace<M>
): Promise<{ store: FileStore<M>; problem: StorageProblem | null }> {
	const chosen = space ?? (programSpace as unknown as StoreSpace<M>);
	let problem: StorageProblem | null = null;
	for (const open of [opfsStore, indexedDbStore]) {
		try {
			const store = await open(chosen);
			await store.readManifest();
			return { store, problem: null };
		} catch (error) {
			problem = storageProblemOf(error);
		}
	}
	return { store: memoryStore(chosen), problem };
}

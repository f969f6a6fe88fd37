/**
 * The user's original program files, kept in this browser only: the Origin Private File System where there is one,
 * IndexedDB otherwise, and memory when neither works (private windows, storage refused). Nothing leaves the machine.
 */
import { parseManifest, type Manifest } from './program-manifest';

export type StorageKind = 'opfs' | 'indexeddb' | 'memory';

export interface FileStore {
	kind: StorageKind;
	readManifest(): Promise<Manifest>;
	writeManifest(manifest: Manifest): Promise<void>;
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

const DIRECTORY = 'icec-program-files';
const MANIFEST = 'manifest.json';

async function opfsStore(): Promise<FileStore> {
	const root = await navigator.storage.getDirectory();
	const dir = await root.getDirectoryHandle(DIRECTORY, { create: true });
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
		readManifest: async () => parseManifest((await (await read(MANIFEST))?.text()) ?? null),
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

async function indexedDbStore(): Promise<FileStore> {
	const open = indexedDB.open('icec-atlas-program', 1);
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
			parseManifest(((await run('readonly', (s) => s.get(MANIFEST))) as string) ?? null),
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

export function memoryStore(): FileStore {
	let manifest: Manifest = [];
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
export async function openFileStore(): Promise<{ store: FileStore; problem: StorageProblem | null }> {
	let problem: StorageProblem | null = null;
	for (const open of [opfsStore, indexedDbStore]) {
		try {
			const store = await open();
			await store.readManifest();
			return { store, problem: null };
		} catch (error) {
			problem = storageProblemOf(error);
		}
	}
	return { store: memoryStore(), problem };
}

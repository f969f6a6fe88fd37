/**
 * A country's own files (admin-1 figures, admin-1 boundaries), kept in this browser with the same storage as the
 * program files (`program-storage.ts`: OPFS, then IndexedDB, then memory) in a space of their own. Nothing leaves the
 * machine.
 */
import {
	countryEntries,
	parseCountryManifest,
	withCountryFile,
	withoutCountryFile,
	type CountryFileEntry,
	type CountryFileKind,
	type CountryManifest
} from './country-manifest';
import { openFileStore, type FileStore, type StorageProblem, type StoreSpace } from './program-storage';

export const countrySpace: StoreSpace<CountryManifest> = {
	directory: 'icec-country-files',
	database: 'icec-atlas-country',
	parse: parseCountryManifest,
	empty: []
};

let opened: Promise<{ store: FileStore<CountryManifest>; problem: StorageProblem | null }> | null = null;
/** Changes run one after another, so two quick uploads never write the manifest over each other. */
let pending: Promise<unknown> = Promise.resolve();

function open() {
	opened ??= openFileStore(countrySpace);
	return opened;
}

function serial<T>(task: () => Promise<T>): Promise<T> {
	const run = pending.then(task, task);
	pending = run.catch(() => undefined);
	return run;
}

export interface StoredCountryFile {
	entry: CountryFileEntry;
	/** `null` when the bytes could not be read back. */
	data: ArrayBuffer | null;
}

/** Where the files are kept and why a better place failed. */
export async function countryStorage(): Promise<{ kind: FileStore['kind']; problem: StorageProblem | null }> {
	const { store, problem } = await open();
	return { kind: store.kind, problem };
}

/** The country's stored files with their bytes, to re-import after a reload. */
export async function storedCountryFiles(iso3: string): Promise<StoredCountryFile[]> {
	const { store } = await open();
	const manifest = await store.readManifest().catch(() => countrySpace.empty);
	return Promise.all(
		countryEntries(manifest, iso3).map(async (entry) => ({
			entry,
			data: await store
				.get(entry.id)
				.then((blob) => blob?.arrayBuffer() ?? null)
				.catch(() => null)
		}))
	);
}

/** Keeps a file (replacing the country's earlier file of that kind). `saved` is false when storage refused it. */
export function keepCountryFile(
	iso3: string,
	kind: CountryFileKind,
	file: { name: string; size: number },
	data: ArrayBuffer
): Promise<{ entry: CountryFileEntry; saved: boolean }> {
	return serial(async () => {
		const { store } = await open();
		const entry: CountryFileEntry = {
			id: `${iso3}-${kind}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
			iso3,
			kind,
			name: file.name,
			size: file.size,
			loadedAt: new Date().toISOString()
		};
		if (store.kind === 'memory') return { entry, saved: false };
		try {
			await store.put(entry.id, new Blob([data]));
			const next = withCountryFile(await store.readManifest(), entry);
			await store.writeManifest(next.manifest);
			for (const id of next.displaced) await store.remove(id).catch(() => undefined);
			return { entry, saved: true };
		} catch {
			await store.remove(entry.id).catch(() => undefined);
			return { entry, saved: false };
		}
	});
}

/** Forgets a file: its entry and its bytes. */
export function dropCountryFile(id: string): Promise<void> {
	return serial(async () => {
		const { store } = await open();
		await store.writeManifest(withoutCountryFile(await store.readManifest(), id));
		await store.remove(id).catch(() => undefined);
	});
}

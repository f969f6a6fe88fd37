/**
 * Where the ICEC program tables come from: the embedded illustrative default, or the user's own files (per table).
 * Views that show program data read `version` in the function that loads them, so they load again after every change:
 * `const data = $derived.by(() => (void programSource.version, loadMyView()))`.
 */
import type { ProgramTablesState, RestoreFailure } from '$lib/data/program-catalog';
import {
	compositions,
	illustrativeTables,
	type Manifest,
	type TableComposition
} from '$lib/data/program-manifest';
import type { TableName } from '$lib/data/program-schema';
import type { StorageKind, StorageProblem } from '$lib/data/program-storage';

export class ProgramSource {
	manifest = $state<Manifest>([]);
	rowCounts = $state<Partial<Record<TableName, number>>>({});
	storage = $state<StorageKind | null>(null);
	storageProblem = $state<StorageProblem | null>(null);
	unsaved = $state<string[]>([]);
	restoreFailures = $state<RestoreFailure[]>([]);
	/** Goes up after every change to the program tables in DuckDB. */
	version = $state(0);
	/** Tables that still hold illustrative rows. */
	readonly illustrativeTables: TableName[] = $derived(illustrativeTables(this.manifest));
	/** True while any program table holds illustrative rows. */
	readonly illustrative = $derived(this.illustrativeTables.length > 0);
	/** True when the user's files make up some tables and the default the others. */
	readonly partly = $derived(this.illustrative && this.manifest.length > 0);
	readonly tables: TableComposition[] = $derived(compositions(this.manifest));

	apply(state: ProgramTablesState) {
		this.manifest = state.manifest;
		this.rowCounts = state.rowCounts;
		this.storage = state.storage;
		this.storageProblem = state.storageProblem;
		this.unsaved = state.unsaved;
		this.restoreFailures = state.restoreFailures;
		this.version++;
	}
}

export const programSource = new ProgramSource();

// The catalog (and DuckDB and Arrow behind it) loads apart from the page's first scripts: a badge reads this state on
// every view, the Overview's first screen included. The catalog reports only after its asynchronous start, by which
// time this listener is in; a state it already holds (a view that started it first) is taken over on arrival.
if (typeof window !== 'undefined')
	void import('$lib/data/program-catalog').then(({ onProgramTablesChange, programTablesState }) => {
		const now = programTablesState();
		if (now.manifest.length > 0 || now.restoreFailures.length > 0) programSource.apply(now);
		onProgramTablesChange((state) => programSource.apply(state));
	});

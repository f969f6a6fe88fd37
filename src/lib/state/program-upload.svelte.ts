/**
 * One file on its way in: size check before reading, read and check against what is loaded, the user's corrections
 * (table, replace or add), then the rows into DuckDB. Until `commit`, nothing loaded changes. Large CSV files are read in
 * place by DuckDB and checked in SQL (`program-upload-large.ts`); the page shows which step runs and can cancel it.
 */
import {
	commitProgramFile,
	countryCodes,
	ensureProgramTables,
	loadedProgramRows,
	programTablesState,
	type CommitResult
} from '$lib/data/program-catalog';
import type { LoadMode } from '$lib/data/program-manifest';
import { ServerError, serverInfo, uploadToServer } from '$lib/data/server-info';
import { m } from '$lib/i18n';
import type { TableName } from '$lib/data/program-schema';
import { analyseProgramFile, checkFileSize, type ProgramFileAnalysis } from '$lib/data/program-upload';
import {
	analyseStagedFile,
	discardStaged,
	stageLargeFile,
	isOutOfMemory,
	takesLargePath,
	type StagedFile
} from '$lib/data/program-upload-large';

export interface FileFacts {
	name: string;
	size: number;
}

/** What runs now: reading the file, checking it, or loading the accepted rows. */
export type UploadStep = 'reading' | 'checking' | 'loading';

export class ProgramUpload {
	/** The file refused for its size, before reading. */
	refused = $state<FileFacts | null>(null);
	/** The file over the warning size, still read. */
	large = $state<FileFacts | null>(null);
	busy = $state<UploadStep | null>(null);
	/** When the current step started (ms since page load), for the elapsed time shown. */
	stepStarted = $state(0);
	/** True while a large file is read or checked: that can be cancelled. */
	cancellable = $state(false);
	/** The file being read. */
	current = $state<FileFacts | null>(null);
	/** Reading failed outright (the browser could not read the file). */
	failure = $state<{ name: string; detail: string } | null>(null);
	/** The file needed more memory than the database may use. */
	outOfMemory = $state<FileFacts | null>(null);
	/** The user cancelled reading this file. */
	cancelled = $state<FileFacts | null>(null);
	analysis = $state<ProgramFileAnalysis | null>(null);
	/** The table recognised from the file itself, before any correction. */
	guessed = $state<TableName | null>(null);
	committed = $state<(CommitResult & { table: TableName }) | null>(null);
	/** "Add" was chosen for the user because the table already holds rows they loaded. */
	defaultedToAdd = $state(false);
	/** Replacing would drop rows the user loaded, or leave other tables' rows referring to nothing: the review asks. */
	confirmingReplace = $state<{ table: TableName; rows: number } | null>(null);
	#file: File | null = null;
	#staged: StagedFile | null = null;
	#abort: AbortController | null = null;
	#run = 0;

	#step(step: UploadStep | null) {
		this.busy = step;
		this.stepStarted = performance.now();
	}

	async open(file: File): Promise<void> {
		const run = ++this.#run;
		this.clear();
		const facts = { name: file.name, size: file.size };
		const size = checkFileSize(file.size);
		if (size === 'refuse') {
			this.refused = facts;
			return;
		}
		if (size === 'warn') this.large = facts;
		this.current = facts;
		this.#step('reading');
		const abort = (this.#abort = new AbortController());
		try {
			await ensureProgramTables();
			if (run !== this.#run) return;
			this.#file = file;
			if (takesLargePath(file.name, file.size)) {
				this.cancellable = true;
				const staged = await stageLargeFile(file, { key: crypto.randomUUID(), signal: abort.signal });
				if (run !== this.#run || abort.signal.aborted) {
					if (staged) await discardStaged(staged, false);
					return;
				}
				this.#staged = staged;
			}
			await this.#analyse(facts, { mode: 'replace' }, abort.signal);
			this.guessed = this.analysis?.table ?? null;
			if (this.guessed && userRows(this.guessed) > 0) {
				await this.#analyse(facts, { table: this.guessed, mode: 'append' }, abort.signal);
				this.defaultedToAdd = true;
			}
		} catch (error) {
			if (run !== this.#run) return;
			if (abort.signal.aborted) this.cancelled = facts;
			else if (isOutOfMemory(error)) this.outOfMemory = facts;
			else this.failure = { name: file.name, detail: error instanceof Error ? error.message : String(error) };
			await this.#dropStaged();
		} finally {
			if (run === this.#run) {
				this.#step(null);
				this.cancellable = false;
			}
		}
	}

	async #analyse(facts: FileFacts, choice: { table?: TableName; mode: LoadMode }, signal?: AbortSignal) {
		if (!this.#file) return;
		this.#step('checking');
		const countries = countryCodes();
		if (this.#staged) {
			this.analysis = await analyseStagedFile(this.#staged, facts.name, facts.size, {
				...choice,
				countries,
				signal
			});
			return;
		}
		this.analysis = await analyseProgramFile(await this.#file.arrayBuffer(), facts.name, facts.size, {
			...choice,
			loaded: await loadedProgramRows(),
			countries
		});
	}

	/** Stops reading or checking a large file; what is loaded does not change. */
	cancel(): void {
		this.#abort?.abort();
	}

	/** Checks the file again as another table, or for adding instead of replacing. */
	async choose(choice: { table?: TableName; mode?: LoadMode }): Promise<void> {
		const current = this.analysis;
		if (!current) return;
		this.confirmingReplace = null;
		// A table chosen by hand gets the same default as a recognised one: add where the user's rows are.
		const mode =
			choice.mode ??
			(choice.table && choice.table !== current.table && userRows(choice.table) > 0 ? 'append' : undefined);
		if (choice.table && choice.table !== current.table) this.defaultedToAdd = mode === 'append';
		choice = { ...choice, mode };
		try {
			await this.#analyse(
				{ name: current.file, size: current.size },
				{ table: choice.table ?? current.table ?? undefined, mode: choice.mode ?? current.mode }
			);
		} finally {
			this.#step(null);
		}
	}

	/** Loads the accepted rows; replacing rows the user loaded asks first (`confirmed` is the answer). */
	async commit(confirmed = false): Promise<void> {
		const analysis = this.analysis;
		if (!analysis?.table || analysis.fatal || !this.#file) return;
		const dropped = analysis.mode === 'replace' ? userRows(analysis.table) : 0;
		// Replacing also asks when it leaves rows of other tables (illustrative or the user's) referring to nothing.
		const orphans = analysis.mode === 'replace' && analysis.issues.some((i) => i.kind === 'orphaned_rows');
		if ((dropped > 0 || orphans) && !confirmed) {
			this.confirmingReplace = { table: analysis.table, rows: dropped };
			return;
		}
		this.confirmingReplace = null;
		this.#step('loading');
		try {
			// Served by a server, the file goes to the shared database, which checks it again.
			const result = (await serverInfo())
				? await uploadToServer(this.#file, analysis.file, analysis.table, analysis.mode)
				: await commitProgramFile(analysis, this.#file);
			this.#staged = null;
			this.clear();
			this.committed = { ...result, table: analysis.table };
		} catch (error) {
			const refused = error instanceof ServerError && error.status === 403;
			const detail = error instanceof Error ? error.message : String(error);
			this.failure = { name: analysis.file, detail: refused ? m.server_upload_refused() : detail };
		} finally {
			this.#step(null);
		}
	}

	async #dropStaged(): Promise<void> {
		const staged = this.#staged;
		this.#staged = null;
		if (staged) await discardStaged(staged, false);
	}

	clear(): void {
		this.refused = this.large = this.failure = this.analysis = this.committed = this.cancelled = null;
		this.outOfMemory = null;
		this.guessed = null;
		this.defaultedToAdd = false;
		this.confirmingReplace = null;
		this.#file = null;
		void this.#dropStaged();
	}
}

/** Rows the user loaded into `table` (the illustrative rows not counted). */
function userRows(table: TableName): number {
	return programTablesState()
		.manifest.filter((e) => e.table === table)
		.reduce((n, e) => n + e.rows, 0);
}

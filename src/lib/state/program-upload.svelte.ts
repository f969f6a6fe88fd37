/**
 * One file on its way in: size check before reading, read and check against what is loaded, the user's corrections
 * (table, replace or add), then the rows into DuckDB. Until `commit`, nothing loaded changes.
 */
import {
	commitProgramFile,
	countryCodes,
	ensureProgramTables,
	loadedProgramRows,
	type CommitResult
} from '$lib/data/program-catalog';
import type { LoadMode } from '$lib/data/program-manifest';
import type { TableName } from '$lib/data/program-schema';
import { analyseProgramFile, checkFileSize, type ProgramFileAnalysis } from '$lib/data/program-upload';

export interface FileFacts {
	name: string;
	size: number;
}

export class ProgramUpload {
	/** The file refused for its size, before reading. */
	refused = $state<FileFacts | null>(null);
	/** The file over the warning size, still read. */
	large = $state<FileFacts | null>(null);
	busy = $state<'reading' | 'loading' | null>(null);
	/** The file being read. */
	current = $state<FileFacts | null>(null);
	/** Reading failed outright (the browser could not read the file). */
	failure = $state<{ name: string; detail: string } | null>(null);
	analysis = $state<ProgramFileAnalysis | null>(null);
	/** The table recognised from the file itself, before any correction. */
	guessed = $state<TableName | null>(null);
	committed = $state<(CommitResult & { table: TableName }) | null>(null);
	#data: ArrayBuffer | null = null;
	#run = 0;

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
		this.busy = 'reading';
		try {
			const data = await file.arrayBuffer();
			await ensureProgramTables();
			if (run !== this.#run) return;
			this.#data = data;
			await this.#analyse(facts, { mode: 'replace' });
			this.guessed = this.analysis?.table ?? null;
		} catch (error) {
			if (run === this.#run)
				this.failure = { name: file.name, detail: error instanceof Error ? error.message : String(error) };
		} finally {
			if (run === this.#run) this.busy = null;
		}
	}

	async #analyse(facts: FileFacts, choice: { table?: TableName; mode: LoadMode }) {
		if (!this.#data) return;
		this.analysis = await analyseProgramFile(this.#data, facts.name, facts.size, {
			...choice,
			loaded: loadedProgramRows(),
			countries: countryCodes()
		});
	}

	/** Checks the file again as another table, or for adding instead of replacing. */
	async choose(choice: { table?: TableName; mode?: LoadMode }): Promise<void> {
		const current = this.analysis;
		if (!current) return;
		this.busy = 'reading';
		try {
			await this.#analyse(
				{ name: current.file, size: current.size },
				{ table: choice.table ?? current.table ?? undefined, mode: choice.mode ?? current.mode }
			);
		} finally {
			this.busy = null;
		}
	}

	async commit(): Promise<void> {
		const analysis = this.analysis;
		if (!analysis?.table || analysis.fatal || !this.#data) return;
		this.busy = 'loading';
		try {
			const result = await commitProgramFile(analysis, this.#data);
			this.clear();
			this.committed = { ...result, table: analysis.table };
		} catch (error) {
			this.failure = { name: analysis.file, detail: error instanceof Error ? error.message : String(error) };
		} finally {
			this.busy = null;
		}
	}

	clear(): void {
		this.refused = this.large = this.failure = this.analysis = this.committed = null;
		this.guessed = null;
		this.#data = null;
	}
}

/**
 * A ministry's own files on the country page: admin-1 figures and admin-1 boundaries. Read with the Data page's
 * readers, kept with its storage (in a space of their own), restored after a reload, removable. A file that cannot be
 * used is reported and changes nothing already loaded.
 */
import {
	readAdmin1Boundaries,
	type BoundariesProblem,
	type Box,
	type UserShapes
} from '$lib/data/admin1-boundaries';
import { readAdmin1Figures, type Admin1Figures, type FiguresProblem } from '$lib/data/admin1-figures';
import {
	countryStorage,
	dropCountryFile,
	keepCountryFile,
	storedCountryFiles
} from '$lib/data/country-files';
import type { CountryFileEntry, CountryFileKind } from '$lib/data/country-manifest';
import { checkFileSize } from '$lib/data/program-upload';
import type { StorageKind, StorageProblem } from '$lib/data/program-storage';
import type { Issue } from '$lib/data/validate';
import type { UnitName } from '$lib/models/admin1-match';
import { isWorse, unitsMatched } from '$lib/models/admin1-replace';

export interface LoadedFigures {
	entry: CountryFileEntry;
	figures: Admin1Figures;
	saved: boolean;
}

export interface LoadedBoundaries {
	entry: CountryFileEntry;
	shapes: UserShapes;
	codeProperty: string | null;
	nameProperty: string;
	skipped: number;
	saved: boolean;
}

export type Rejection =
	| { kind: 'figures'; file: string; problem: FiguresProblem; issues: Issue[] }
	| { kind: 'boundaries'; file: string; problem: BoundariesProblem }
	| {
			kind: CountryFileKind;
			file: string;
			problem: { kind: 'too_large'; size: number } | { kind: 'failed'; detail: string };
	  };

type Outcome<T> = { ok: true; value: T } | { ok: false; rejection: Rejection };

/** A figures file held back because it matches no unit, or far fewer than the file it would replace. */
export interface WorseFigures {
	file: File;
	data: ArrayBuffer;
	figures: Admin1Figures;
	/** Units the new file matches, and those the loaded file matches (null when none is loaded). */
	matched: number;
	previousMatched: number | null;
	previousName: string | null;
	total: number;
}

/** The file a new one replaced, kept in memory so the user can go back to it until they discard it. */
export interface PreviousFigures {
	file: File;
	data: ArrayBuffer;
	name: string;
}

export class CountryFiles {
	figures = $state<LoadedFigures | null>(null);
	boundaries = $state<LoadedBoundaries | null>(null);
	busy = $state<CountryFileKind | null>(null);
	/** The last file refused, with why; what was loaded before stays. */
	rejected = $state<Rejection | null>(null);
	/** Stored files that could not be read back after a reload. */
	restoreFailures = $state<Rejection[]>([]);
	storage = $state<{ kind: StorageKind; problem: StorageProblem | null } | null>(null);
	restored = $state(false);
	/** False while a removal is still being written to storage: a reload before then would bring the file back. */
	settled = $state(true);
	/** A figures file waiting for the user's confirmation, because it matches fewer units. */
	worse = $state<WorseFigures | null>(null);
	/** The figures file the last one replaced, restorable until discarded. */
	previous = $state<PreviousFigures | null>(null);
	#figuresFile: { file: File; data: ArrayBuffer } | null = null;

	constructor(
		readonly iso3: string,
		readonly countryBox: Box | null
	) {}

	async #read(kind: CountryFileKind, name: string, data: ArrayBuffer): Promise<Outcome<unknown>> {
		if (kind === 'figures') {
			const read = await readAdmin1Figures(data, name);
			return read.ok
				? { ok: true, value: read.figures }
				: { ok: false, rejection: { kind, file: name, problem: read.problem, issues: read.issues } };
		}
		const read = readAdmin1Boundaries(data, name, this.iso3, this.countryBox);
		return read.ok
			? { ok: true, value: read }
			: { ok: false, rejection: { kind, file: name, problem: read.problem } };
	}

	#set(entry: CountryFileEntry, value: unknown, saved: boolean) {
		if (entry.kind === 'figures') this.figures = { entry, figures: value as Admin1Figures, saved };
		else {
			const read = value as Omit<LoadedBoundaries, 'entry' | 'saved'>;
			this.boundaries = {
				entry,
				shapes: read.shapes,
				codeProperty: read.codeProperty,
				nameProperty: read.nameProperty,
				skipped: read.skipped,
				saved
			};
		}
	}

	/** Re-imports the country's stored files (after a reload). */
	async restore(): Promise<void> {
		try {
			this.storage = await countryStorage();
			const failures: Rejection[] = [];
			for (const { entry, data } of await storedCountryFiles(this.iso3)) {
				const outcome = data
					? await this.#read(entry.kind, entry.name, data)
					: {
							ok: false as const,
							rejection: {
								kind: entry.kind,
								file: entry.name,
								problem: { kind: 'failed' as const, detail: '' }
							}
						};
				if (outcome.ok) {
					this.#set(entry, outcome.value, true);
					if (entry.kind === 'figures' && data)
						this.#figuresFile = { file: new File([data], entry.name), data };
				} else failures.push(outcome.rejection);
			}
			this.restoreFailures = failures;
		} finally {
			this.restored = true;
		}
	}

	/**
	 * Reads a file; when it can be used it replaces the country's file of its kind, else it is reported. A figures file
	 * that matches none or far fewer of `units` than the loaded one waits for `confirmWorse`.
	 */
	async open(kind: CountryFileKind, file: File, units: readonly UnitName[] = []): Promise<void> {
		this.rejected = null;
		this.worse = null;
		if (checkFileSize(file.size) === 'refuse') {
			this.rejected = { kind, file: file.name, problem: { kind: 'too_large', size: file.size } };
			return;
		}
		this.busy = kind;
		try {
			const data = await file.arrayBuffer();
			const outcome = await this.#read(kind, file.name, data);
			if (!outcome.ok) {
				this.rejected = outcome.rejection;
				return;
			}
			if (kind === 'figures') {
				const figures = outcome.value as Admin1Figures;
				const matched = unitsMatched(figures.rows, units);
				const before = this.figures ? unitsMatched(this.figures.figures.rows, units) : null;
				if (isWorse(matched, before, units.length)) {
					this.worse = {
						file,
						data,
						figures,
						matched,
						previousMatched: before,
						previousName: this.figures?.entry.name ?? null,
						total: units.length
					};
					return;
				}
			}
			await this.#keep(kind, file, data, outcome.value);
		} catch (error) {
			this.rejected = {
				kind,
				file: file.name,
				problem: { kind: 'failed', detail: error instanceof Error ? error.message : String(error) }
			};
		} finally {
			this.busy = null;
		}
	}

	async #keep(kind: CountryFileKind, file: File, data: ArrayBuffer, value: unknown): Promise<void> {
		if (kind === 'figures') {
			const replaced = this.#figuresFile;
			if (replaced && this.figures) this.previous = { ...replaced, name: this.figures.entry.name };
			this.#figuresFile = { file, data };
		}
		const { entry, saved } = await keepCountryFile(this.iso3, kind, file, data);
		this.#set(entry, value, saved);
	}

	/** Loads the held-back figures file after all. */
	async confirmWorse(): Promise<void> {
		const worse = this.worse;
		if (!worse) return;
		this.worse = null;
		this.busy = 'figures';
		try {
			await this.#keep('figures', worse.file, worse.data, worse.figures);
		} finally {
			this.busy = null;
		}
	}

	/** Forgets the replaced figures file: it can no longer be restored. */
	discardPrevious(): void {
		this.previous = null;
	}

	/** Goes back to the figures file the last one replaced. */
	async restorePrevious(): Promise<void> {
		const previous = this.previous;
		if (!previous) return;
		this.previous = null;
		this.busy = 'figures';
		try {
			const outcome = await this.#read('figures', previous.file.name, previous.data);
			if (outcome.ok) await this.#keep('figures', previous.file, previous.data, outcome.value);
		} finally {
			this.busy = null;
		}
		// Restoring is not a new choice to undo: the file it replaced is not offered back.
		this.previous = null;
	}

	async remove(kind: CountryFileKind): Promise<void> {
		const loaded = kind === 'figures' ? this.figures : this.boundaries;
		if (!loaded) return;
		if (kind === 'figures') this.figures = null;
		else this.boundaries = null;
		if (this.rejected?.kind === kind) this.rejected = null;
		this.settled = false;
		try {
			await dropCountryFile(loaded.entry.id).catch(() => undefined);
		} finally {
			this.settled = true;
		}
	}
}

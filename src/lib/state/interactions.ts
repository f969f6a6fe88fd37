import type { QueryFn, SqlQuery } from '$lib/data/sql';

/** Thrown into a superseded interaction's queued queries: they never reach the database. */
export class Superseded extends Error {
	constructor() {
		super('A newer interaction replaced this one');
		this.name = 'Superseded';
	}
}

/** The last `size` answers by key, the most recently used kept longest. */
export class KeptAnswers<T> {
	readonly #answers = new Map<string, T>();

	constructor(private readonly size = 32) {}

	get(key: string): T | undefined {
		const kept = this.#answers.get(key);
		if (kept === undefined) return undefined;
		this.#answers.delete(key);
		this.#answers.set(key, kept);
		return kept;
	}

	set(key: string, answer: T): void {
		this.#answers.delete(key);
		this.#answers.set(key, answer);
		if (this.#answers.size > this.size) this.#answers.delete(this.#answers.keys().next().value as string);
	}

	clear(): void {
		this.#answers.clear();
	}
}

/**
 * One stream of interactions (e.g. every period change of a view). Each `run` gets the next generation number; a run
 * whose generation is no longer the latest answers `null`, so its caller draws nothing, and the queries it had not
 * yet sent are dropped. Answers are kept by key (the filter state, as a string), the last `size` of them, so going
 * back to a state already seen costs no query at all.
 */
export class LatestInteraction<T> {
	#generation = 0;
	readonly #cache: KeptAnswers<T>;

	constructor(
		private readonly load: (key: string, query: QueryFn) => Promise<T>,
		private readonly query: QueryFn,
		size = 32
	) {
		this.#cache = new KeptAnswers(size);
	}

	/** The number of the latest run. */
	get generation(): number {
		return this.#generation;
	}

	/** Forgets every kept answer (the data changed underneath). */
	clear(): void {
		this.#cache.clear();
	}

	/** The answer for `key`, or `null` when a newer run started before it was ready. */
	async run(key: string): Promise<T | null> {
		const generation = ++this.#generation;
		const kept = this.#cache.get(key);
		if (kept !== undefined) return kept;
		const current = () => generation === this.#generation;
		// This run's queries go one at a time (as DuckDB runs them anyway), each only while the run is current.
		let queue: Promise<unknown> = Promise.resolve();
		const guarded: QueryFn = <R extends object>(q: SqlQuery): Promise<R[]> => {
			const next = queue.then(() => {
				if (!current()) throw new Superseded();
				return this.query<R>(q);
			});
			queue = next.catch(() => undefined);
			return next;
		};
		try {
			const answer = await this.load(key, guarded);
			this.#cache.set(key, answer);
			return current() ? answer : null;
		} catch (error) {
			if (error instanceof Superseded || !current()) return null;
			throw error;
		}
	}
}

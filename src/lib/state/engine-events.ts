/**
 * The engine's restarts and failures, for the notice that tells users. db.ts (and Arrow with it) loads apart from the
 * first screen: a page that never starts DuckDB has no event to show, so the listener waits for the module.
 */
import type { EngineEvent } from '$lib/data/db';

export type { EngineEvent };

/** Calls `listener` with each engine event from now on; the returned function stops it. */
export function watchEngineEvents(listener: (event: EngineEvent) => void): () => void {
	let stop: (() => void) | undefined;
	let stopped = false;
	void import('$lib/data/db').then(({ onEngineEvent }) => {
		if (!stopped) stop = onEngineEvent(listener);
	});
	return () => {
		stopped = true;
		stop?.();
	};
}

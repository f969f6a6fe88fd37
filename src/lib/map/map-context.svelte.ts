import { createContext } from 'svelte';
import type { MapFailure, MapLifecycle } from './map-setup';

/** What every map handle can do, whatever it draws. */
export interface MapHandle {
	/** Names the canvas for screen readers. */
	setLabel(label: string): void;
	/** Resolves once everything asked of the map so far is on screen. */
	whenDrawn(): Promise<void>;
	destroy(): void;
}

/**
 * Owns one MapLibre map for the life of a component: it is opened once, and everything a view passes later goes
 * through the handle's methods (`setData` on sources, paint properties and filters), so a filter never recreates it.
 * Child components read the same instance through `getMapContext()`.
 */
export class MapContext<Handle extends MapHandle = MapHandle> {
	handle = $state.raw<Handle | null>(null);
	failure = $state<MapFailure | null>(null);
	/** Everything asked of the map is on screen. */
	drawn = $state(false);
	/** The feature under the pointer and where the pointer is (pixels in the map's frame). */
	hovered = $state<{ id: string; x: number; y: number } | null>(null);
	#disposed = false;

	/**
	 * Opens the map with `create` (called once); returns the teardown for the component's destroy. A handle that
	 * arrives after the teardown is removed at once.
	 */
	open(create: (lifecycle: MapLifecycle) => Promise<Handle | null>): () => void {
		create({
			onFailure: (kind) => {
				if (this.#disposed) return;
				this.failure = kind;
				this.drawn = false;
			},
			onRestored: () => {
				if (this.#disposed) return;
				this.failure = null;
				void this.handle?.whenDrawn().then(() => (this.drawn = this.failure === null));
			}
		}).then((handle) => {
			if (this.#disposed) handle?.destroy();
			else this.handle = handle;
		});
		return () => {
			this.#disposed = true;
			this.handle?.destroy();
			this.handle = null;
			this.failure = null;
			this.drawn = false;
		};
	}

	/** Marks the map drawn once what was just asked of it is on screen. */
	settle(): void {
		void this.handle?.whenDrawn().then(() => {
			if (this.#disposed) return;
			this.drawn = this.failure === null;
			performance.mark('map-drawn');
		});
	}
}

export const [getMapContext, setMapContext] = createContext<MapContext>();

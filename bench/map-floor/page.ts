/// <reference types="vite/client" />
/**
 * The map's floor, in the browser: the app's world map (the same MapLibre setup, style, 50 m shapes and overlay
 * layers) on a bare page with no Svelte, no DuckDB and nothing else running. The bench opens it at the size of the
 * app's map canvas and times the same changes the app makes: the overlay's `setData` (a /mentorship filter) and the
 * fill colours (a /gaps indicator), each until MapLibre is idle. What the app takes beyond this is the app's.
 */
import { createWorldMap, type WorldMap } from '../../src/lib/map/world-map';
import type { OverlayData } from '../../src/lib/map/overlay';
import { thresholdScale, viridis5, noDataColour } from '../../src/lib/map/scales';

let map: WorldMap | null = null;
const scale = thresholdScale([0.2, 0.4, 0.6, 0.8], viridis5);

async function timed(change: (m: WorldMap) => void): Promise<number> {
	if (!map) throw new Error('the floor map is not open');
	const t0 = performance.now();
	change(map);
	await map.whenDrawn();
	return performance.now() - t0;
}

const floor = {
	/** Opens the map `width` × `height` CSS pixels; resolves once it has drawn its first frame. */
	async open(width: number, height: number, numericToIso3: [string, string][]): Promise<void> {
		const container = document.getElementById('map')!;
		Object.assign(container.style, { width: `${width}px`, height: `${height}px` });
		map = await createWorldMap(container, 'floor', new Map(numericToIso3), {
			onFailure: (kind) => {
				throw new Error(`the floor map failed: ${kind}`);
			},
			onRestored: () => undefined,
			onHover: () => undefined,
			onSelect: () => undefined
		});
		if (!map) throw new Error('no WebGL for the floor map');
		await map.whenDrawn();
	},
	/** Milliseconds from the overlay's new data to the map idle. */
	overlay: (data: OverlayData) => timed((m) => m.setOverlay(data)),
	/** Milliseconds from new fill colours (a value per ISO3 code) to the map idle. */
	fill: (values: [string, number | null][]) =>
		timed((m) => m.update({ values: new Map(values), hatched: [], scale, noDataColour }))
};

Object.assign(window, { mapFloor: floor });
document.body.dataset.state = 'ready';

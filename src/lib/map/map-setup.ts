import type { Map as MapLibreMap, MapOptions, StyleSpecification } from 'maplibre-gl';
import mapLibreCssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';

/** Why a map is not on screen: no WebGL at all, or the browser took the graphics context away. */
export type MapFailure = 'webgl-missing' | 'context-lost';

export interface MapLifecycle {
	onFailure(kind: MapFailure): void;
	/** The browser gave the graphics context back and MapLibre has set itself up again on it. */
	onRestored(): void;
}

/** The name of the performance mark left by every MapLibre map created: a page can count how many it made. */
export const mapCreatedMark = 'maplibre-map-created';

export function webglAvailable(): boolean {
	const canvas = document.createElement('canvas');
	return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
}

export interface OpenedMap {
	maplibre: typeof import('maplibre-gl');
	map: MapLibreMap;
	/** Names the canvas for screen readers; called again when the title changes, without a new map. */
	setLabel(label: string): void;
	/** Resolves once everything asked of the map so far is on screen. */
	whenDrawn(): Promise<void>;
	/** Removes the map; its context is lost on purpose then, which is not reported as a failure. */
	remove(): void;
}

let stylesheet: Promise<void> | null = null;

/**
 * MapLibre's stylesheet (70 KB) is needed only once a map opens. Imported by the map components, it was bundled into
 * whichever chunk they shared and sat render-blocking in the head of every prerendered view; it is added here instead,
 * and the map waits for it so its canvas is never laid out unstyled.
 */
function mapLibreStylesheet(): Promise<void> {
	stylesheet ??= new Promise((resolve) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = mapLibreCssUrl;
		link.onload = link.onerror = () => resolve();
		document.head.append(link);
	});
	return stylesheet;
}

/**
 * The one setup both maps share: WebGL check, MapLibre and its worker loaded from the app's files, a map with no
 * rotation and a zoom control, context loss reported, and the style loaded before it is handed back.
 * `null` without WebGL.
 */
export async function openMap(
	container: HTMLElement,
	style: StyleSpecification,
	view: Pick<MapOptions, 'center' | 'zoom' | 'minZoom' | 'maxZoom' | 'bounds' | 'fitBoundsOptions'>,
	ariaLabel: string,
	lifecycle: MapLifecycle
): Promise<OpenedMap | null> {
	if (!webglAvailable()) {
		lifecycle.onFailure('webgl-missing');
		return null;
	}
	const [maplibre, { default: workerUrl }] = await Promise.all([
		import('maplibre-gl'),
		import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
		mapLibreStylesheet()
	]);
	maplibre.setWorkerUrl(workerUrl);
	const map: MapLibreMap = new maplibre.Map({
		container,
		style,
		...view,
		renderWorldCopies: false,
		attributionControl: { compact: true },
		dragRotate: false,
		pitchWithRotate: false
	});
	performance.mark(mapCreatedMark);
	map.touchZoomRotate.disableRotation();
	const setLabel = (label: string) => map.getCanvas().setAttribute('aria-label', label);
	setLabel(ariaLabel);
	map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
	let removed = false;
	map.getCanvas().addEventListener('webglcontextlost', () => {
		if (!removed) lifecycle.onFailure('context-lost');
	});
	map.on('webglcontextrestored', () => lifecycle.onRestored());
	await new Promise<void>((resolve) => map.once('load', () => resolve()));
	return {
		maplibre,
		map,
		setLabel,
		whenDrawn: () =>
			new Promise((resolve) => {
				map.once('idle', () => resolve());
				map.triggerRepaint();
			}),
		remove() {
			removed = true;
			map.remove();
		}
	};
}

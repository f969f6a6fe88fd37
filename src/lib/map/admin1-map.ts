import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent, StyleSpecification } from 'maplibre-gl';
import type { Admin1Shapes } from './admin1-shapes';
import { shapesBounds } from './admin1-shapes';
import { fillColourExpression, iso3Filter, machineRadius } from './paint';
import type { ClassedScale } from './scales';
import { webglAvailable } from './world-map';

/** A place drawn on the country map: a DIRAC facility, an ICEC partner centre or a machine added in the what-if. */
export interface MapPlace {
	lat: number;
	lon: number;
	kind: 'dirac' | 'icec' | 'added';
	/** Megavoltage machines (DIRAC facilities); sets the circle size. */
	machines?: number;
}

export interface Admin1MapCallbacks {
	onHover(code: string | null, point: { x: number; y: number } | null): void;
	onClick(place: { lat: number; lon: number }, code: string | null): void;
	onFailure(kind: 'webgl-missing' | 'context-lost'): void;
	/** The browser gave the graphics context back and MapLibre has set itself up again on it. */
	onRestored(): void;
}

export interface Admin1MapData {
	values: ReadonlyMap<string, number | null>;
	scale: ClassedScale;
	noDataColour: string;
}

export interface Admin1Map {
	update(data: Admin1MapData): void;
	setPlaces(places: readonly MapPlace[]): void;
	select(code: string): void;
	destroy(): void;
}

export const placeColours = { dirac: '#c0142b', icec: '#111111', added: '#ff8c00' } as const;

const codeKey = 'admin1_code';

function placesCollection(places: readonly MapPlace[]): FeatureCollection<Point> {
	return {
		type: 'FeatureCollection',
		features: places.map((p) => ({
			type: 'Feature',
			properties: { kind: p.kind, radius: p.kind === 'dirac' ? machineRadius(p.machines ?? 0) : 8 },
			geometry: { type: 'Point', coordinates: [p.lon, p.lat] }
		}))
	};
}

/** Admin-1 units, their borders, a selection outline and the places: nothing fetched, no glyphs (labels are HTML). */
function countryStyle(shapes: Admin1Shapes): StyleSpecification {
	const kind = (k: MapPlace['kind']) => ['==', ['get', 'kind'], k] as ['==', ['get', string], string];
	return {
		version: 8,
		sources: {
			units: { type: 'geojson', data: shapes, attribution: 'Natural Earth' },
			places: { type: 'geojson', data: placesCollection([]) }
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': '#e8eef4' } },
			{ id: 'fill', type: 'fill', source: 'units', paint: { 'fill-color': '#d9d9d9' } },
			{ id: 'border', type: 'line', source: 'units', paint: { 'line-color': '#ffffff', 'line-width': 1 } },
			{
				id: 'selected',
				type: 'line',
				source: 'units',
				filter: iso3Filter([], codeKey),
				paint: { 'line-color': '#14213d', 'line-width': 3 }
			},
			{
				id: 'dirac',
				type: 'circle',
				source: 'places',
				filter: kind('dirac'),
				paint: {
					'circle-radius': ['get', 'radius'],
					'circle-color': placeColours.dirac,
					'circle-opacity': 0.85,
					'circle-stroke-color': '#ffffff',
					'circle-stroke-width': 1
				}
			},
			{
				id: 'icec',
				type: 'circle',
				source: 'places',
				filter: kind('icec'),
				paint: {
					'circle-radius': ['get', 'radius'],
					'circle-opacity': 0,
					'circle-stroke-color': placeColours.icec,
					'circle-stroke-width': 3
				}
			},
			{
				id: 'added',
				type: 'circle',
				source: 'places',
				filter: kind('added'),
				paint: {
					'circle-radius': ['get', 'radius'],
					'circle-color': placeColours.added,
					'circle-stroke-color': '#000000',
					'circle-stroke-width': 2
				}
			}
		]
	};
}

/** A maplibre map of one country's admin-1 units, zoomed to the country; `null` without WebGL. */
export async function createAdmin1Map(
	container: HTMLElement,
	ariaLabel: string,
	shapes: Admin1Shapes,
	callbacks: Admin1MapCallbacks
): Promise<Admin1Map | null> {
	if (!webglAvailable()) {
		callbacks.onFailure('webgl-missing');
		return null;
	}
	const [maplibre, { default: workerUrl }] = await Promise.all([
		import('maplibre-gl'),
		import('maplibre-gl/dist/maplibre-gl-worker.mjs?url')
	]);
	maplibre.setWorkerUrl(workerUrl);
	const bounds = shapesBounds(shapes);
	const map: MapLibreMap = new maplibre.Map({
		container,
		style: countryStyle(shapes),
		bounds: bounds ?? undefined,
		fitBoundsOptions: { padding: 20 },
		maxZoom: 10,
		renderWorldCopies: false,
		attributionControl: { compact: true },
		dragRotate: false,
		pitchWithRotate: false
	});
	map.touchZoomRotate.disableRotation();
	map.getCanvas().setAttribute('aria-label', ariaLabel);
	map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
	// remove() loses the context on purpose; only a loss while the map is in use is a failure.
	let removed = false;
	map.getCanvas().addEventListener('webglcontextlost', () => {
		if (!removed) callbacks.onFailure('context-lost');
	});
	map.on('webglcontextrestored', () => callbacks.onRestored());
	await new Promise<void>((resolve) => map.once('load', () => resolve()));

	const codeAt = (event: MapMouseEvent): string | null =>
		(map.queryRenderedFeatures(event.point, { layers: ['fill'] })[0]?.properties?.[codeKey] as
			string | undefined) ?? null;
	map.on('mousemove', (event) => {
		const code = codeAt(event);
		callbacks.onHover(code, code ? event.point : null);
	});
	map.on('mouseout', () => callbacks.onHover(null, null));
	map.on('click', (event) =>
		callbacks.onClick({ lat: event.lngLat.lat, lon: event.lngLat.lng }, codeAt(event))
	);

	return {
		update({ values, scale, noDataColour }) {
			map.setPaintProperty('fill', 'fill-color', fillColourExpression(values, scale, noDataColour, codeKey));
		},
		setPlaces(places) {
			(map.getSource('places') as GeoJSONSource | undefined)?.setData(placesCollection(places));
		},
		select(code) {
			map.setFilter('selected', iso3Filter(code ? [code] : [], codeKey));
		},
		destroy() {
			removed = true;
			map.remove();
		}
	};
}

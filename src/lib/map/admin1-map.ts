import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, MapMouseEvent, StyleSpecification } from 'maplibre-gl';
import type { Admin1Shapes } from './admin1-shapes';
import { shapesBounds } from './admin1-shapes';
import { fillColourExpression, iso3Filter, machineRadius } from './paint';
import type { ClassedScale } from './scales';
import type { MapHandle } from './map-context.svelte';
import { openMap, type MapLifecycle } from './map-setup';

/** A place drawn on the country map: a DIRAC facility, an ICEC partner centre or a machine added in the what-if. */
export interface MapPlace {
	lat: number;
	lon: number;
	kind: 'dirac' | 'icec' | 'added';
	/** Megavoltage machines (DIRAC facilities); sets the circle size. */
	machines?: number;
}

export interface Admin1MapCallbacks extends MapLifecycle {
	onHover(code: string | null, point: { x: number; y: number } | null): void;
	onClick(place: { lat: number; lon: number }, code: string | null): void;
}

export interface Admin1MapData {
	values: ReadonlyMap<string, number | null>;
	scale: ClassedScale;
	noDataColour: string;
}

export interface Admin1Map extends MapHandle {
	update(data: Admin1MapData): void;
	setPlaces(places: readonly MapPlace[]): void;
	select(code: string): void;
	/** Another country's units: the same map takes the new shapes and zooms to them. */
	setShapes(shapes: Admin1Shapes): void;
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
	const bounds = shapesBounds(shapes);
	const view = { bounds: bounds ?? undefined, fitBoundsOptions: { padding: 20 }, maxZoom: 10 };
	const opened = await openMap(container, countryStyle(shapes), view, ariaLabel, callbacks);
	if (!opened) return null;
	const { map } = opened;

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
		setShapes(next) {
			(map.getSource('units') as GeoJSONSource | undefined)?.setData(next);
			const nextBounds = shapesBounds(next);
			if (nextBounds) map.fitBounds(nextBounds, { padding: 20, duration: 0 });
		},
		whenDrawn: opened.whenDrawn,
		setLabel: opened.setLabel,
		destroy: opened.remove
	};
}

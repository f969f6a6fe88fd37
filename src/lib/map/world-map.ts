import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent, StyleSpecification } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import type { MapHandle } from './map-context.svelte';
import { openMap, type MapLifecycle } from './map-setup';
import { linkWidthExpression, type OverlayData } from './overlay';
import { fillColourExpression, iso3Filter } from './paint';
import type { ClassedScale } from './scales';
import { countryShapes, type CountryShapes } from './shapes';

export interface WorldMapCallbacks extends MapLifecycle {
	onHover(iso3: string | null, point: { x: number; y: number } | null): void;
	onSelect(iso3: string): void;
}

export interface WorldMapLayerData {
	values: ReadonlyMap<string, number | null>;
	/** Countries drawn hatched: their value is unknown rather than small (e.g. no DIRAC record). */
	hatched: readonly string[];
	/** Countries drawn dotted over their class colour (e.g. a DIRAC record of zero machines). */
	dotted?: readonly string[];
	scale: ClassedScale;
	noDataColour: string;
}

export interface WorldMap extends MapHandle {
	update(data: WorldMapLayerData): void;
	showCountry(iso3: string): void;
	/** Draws points and lines (e.g. hubs, centres and mentoring arcs) over the choropleth; `null` clears them. */
	setOverlay(data: OverlayData | null): void;
	/** Outlines one country (hovered or selected elsewhere on the page), or none. */
	highlight(iso3: string | null): void;
}

/** Colours of the overlay: links and active centres in orange (apart from the viridis ramp), hubs outlined. */
export const overlayColours = {
	link: '#d95f02',
	activeCentre: '#d95f02',
	place: '#ffffff',
	outline: '#14213d'
};

let shapesOnce: Promise<Topology> | null = null;

/** The world-atlas country topology (50m), fetched once from the app's own files. */
export function worldTopology(): Promise<Topology> {
	shapesOnce ??= import('world-atlas/countries-50m.json?url')
		.then(({ default: url }) => fetch(url))
		.then((response) => response.json() as Promise<Topology>);
	return shapesOnce;
}

/** A style with no sources to fetch: the background and the country shapes we hand it. */
function offlineStyle(shapes: CountryShapes): StyleSpecification {
	return {
		version: 8,
		sources: { countries: { type: 'geojson', data: shapes, attribution: 'Natural Earth' } },
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': '#e8eef4' } },
			{ id: 'fill', type: 'fill', source: 'countries', paint: { 'fill-color': '#d9d9d9' } },
			{
				id: 'border',
				type: 'line',
				source: 'countries',
				paint: { 'line-color': '#ffffff', 'line-width': 0.5 }
			},
			{
				id: 'highlight',
				type: 'line',
				source: 'countries',
				filter: iso3Filter([]),
				paint: { 'line-color': '#e66101', 'line-width': 3 }
			},
			{
				id: 'selected',
				type: 'line',
				source: 'countries',
				filter: iso3Filter([]),
				paint: { 'line-color': '#14213d', 'line-width': 2.5 }
			}
		]
	};
}

function dotImage(): ImageData {
	const size = 8;
	const data = new Uint8ClampedArray(size * size * 4);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const inDot = (x - 3.5) ** 2 + (y - 3.5) ** 2 < 4;
			data.set(inDot ? [0, 0, 0, 255] : [0, 0, 0, 0], (y * size + x) * 4);
		}
	}
	return new ImageData(data, size, size);
}

function hatchImage(): ImageData {
	const size = 8;
	const data = new Uint8ClampedArray(size * size * 4);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const onStripe = (x + y) % size < 2;
			data.set(onStripe ? [90, 90, 90, 255] : [217, 217, 217, 255], (y * size + x) * 4);
		}
	}
	return new ImageData(data, size, size);
}

export async function createWorldMap(
	container: HTMLElement,
	ariaLabel: string,
	numericToIso3: ReadonlyMap<string, string>,
	callbacks: WorldMapCallbacks
): Promise<WorldMap | null> {
	const topology = await worldTopology();
	const shapes = countryShapes(topology, numericToIso3);
	const view = { center: [15, 15] as [number, number], zoom: 0.6, minZoom: 0.3, maxZoom: 7 };
	const opened = await openMap(container, offlineStyle(shapes), view, ariaLabel, callbacks);
	if (!opened) return null;
	const { maplibre, map } = opened;
	// The pattern exists only once the style has loaded, so its layer is added after it.
	map.addImage('hatch', hatchImage());
	map.addLayer(
		{
			id: 'hatch',
			type: 'fill',
			source: 'countries',
			filter: iso3Filter([]),
			paint: { 'fill-pattern': 'hatch' }
		},
		'border'
	);
	map.addImage('dots', dotImage());
	map.addLayer(
		{
			id: 'dots',
			type: 'fill',
			source: 'countries',
			filter: iso3Filter([]),
			paint: { 'fill-pattern': 'dots' }
		},
		'border'
	);
	addOverlayLayers(map);

	const iso3At = (event: MapMouseEvent): string | null =>
		(map.queryRenderedFeatures(event.point, { layers: ['fill'] })[0]?.properties?.iso3 as
			string | undefined) ?? null;
	map.on('mousemove', (event) => {
		const iso3 = iso3At(event);
		map.getCanvas().style.cursor = iso3 ? 'pointer' : '';
		callbacks.onHover(iso3, iso3 ? event.point : null);
	});
	map.on('mouseout', () => callbacks.onHover(null, null));
	map.on('click', (event) => {
		const iso3 = iso3At(event);
		if (iso3) callbacks.onSelect(iso3);
	});

	return {
		update({ values, hatched, dotted = [], scale, noDataColour }) {
			map.setPaintProperty('fill', 'fill-color', fillColourExpression(values, scale, noDataColour));
			map.setFilter('hatch', iso3Filter(hatched));
			map.setFilter('dots', iso3Filter(dotted));
		},
		highlight(iso3) {
			map.setFilter('highlight', iso3Filter(iso3 ? [iso3] : []));
		},
		showCountry(iso3) {
			map.setFilter('selected', iso3Filter([iso3]));
			const country = shapes.features.find((f) => f.properties.iso3 === iso3);
			if (!country) return;
			const bounds = new maplibre.LngLatBounds();
			const polygons =
				country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
			for (const ring of polygons.flat()) for (const [lon = 0, lat = 0] of ring) bounds.extend([lon, lat]);
			map.fitBounds(bounds, { padding: 40, maxZoom: 5, duration: 600 });
		},
		whenDrawn: opened.whenDrawn,
		setOverlay(data) {
			(map.getSource('overlay') as GeoJSONSource | undefined)?.setData(data ?? emptyOverlay);
			const maxWeight = Math.max(0, ...(data?.features ?? []).map((f) => f.properties.weight));
			map.setPaintProperty('overlay-links', 'line-width', linkWidthExpression(maxWeight));
		},
		setLabel: opened.setLabel,
		destroy: opened.remove
	};
}

const emptyOverlay: OverlayData = { type: 'FeatureCollection', features: [] };

/** The overlay's source and layers exist from the start, empty, so that later overlays only set data. */
function addOverlayLayers(map: MapLibreMap): void {
	map.addSource('overlay', { type: 'geojson', data: emptyOverlay });
	map.addLayer({
		id: 'overlay-links',
		type: 'line',
		source: 'overlay',
		filter: ['==', ['get', 'kind'], 'link'],
		layout: { 'line-cap': 'round' },
		paint: { 'line-color': overlayColours.link, 'line-opacity': 0.7, 'line-width': 1 }
	});
	map.addLayer({
		id: 'overlay-places',
		type: 'circle',
		source: 'overlay',
		filter: ['!=', ['get', 'kind'], 'link'],
		paint: {
			'circle-radius': ['case', ['==', ['get', 'kind'], 'hub'], 6, 4.5],
			'circle-color': [
				'case',
				['all', ['==', ['get', 'kind'], 'centre'], ['get', 'active']],
				overlayColours.activeCentre,
				overlayColours.place
			],
			'circle-stroke-color': overlayColours.outline,
			'circle-stroke-width': ['case', ['==', ['get', 'kind'], 'hub'], 2.5, 1.2]
		}
	});
}

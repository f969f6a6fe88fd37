import { geoInterpolate } from 'd3';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import { continuousRing } from './shapes';

/** A place drawn over the choropleth: a hub (resource-rich institution) or a partner centre. */
export interface OverlayPlace {
	id: string;
	kind: 'hub' | 'centre';
	lon: number;
	lat: number;
	/** A centre with mentoring in the chosen slice; hubs are always active. */
	active: boolean;
}

/** A link between two places, weighted (e.g. mentoring hours). */
export interface OverlayLink {
	from: [number, number];
	to: [number, number];
	weight: number;
}

export interface OverlayProperties {
	kind: 'hub' | 'centre' | 'link';
	id: string;
	active: boolean;
	weight: number;
}

export type OverlayData = FeatureCollection<Point | LineString, OverlayProperties>;

/**
 * The great-circle arc between two [lon, lat] points in `steps` segments (d3-geo `geoInterpolate`), with longitudes
 * kept continuous so an arc across the antimeridian is not drawn the long way round.
 *
 * @example greatCircleArc([-71.06, 42.36], [3.38, 6.52], 4) // 5 positions from Boston to Lagos
 */
export function greatCircleArc(from: [number, number], to: [number, number], steps = 48): Position[] {
	const along = geoInterpolate(from, to);
	const points: Position[] = [];
	for (let i = 0; i <= steps; i++) points.push(along(i / steps));
	return continuousRing(points);
}

/** Places as points and links as great-circle arcs, heaviest link drawn last (on top). */
export function overlayFeatures(places: readonly OverlayPlace[], links: readonly OverlayLink[]): OverlayData {
	const lines: Feature<LineString, OverlayProperties>[] = [...links]
		.filter((l) => l.weight > 0)
		.sort((a, b) => a.weight - b.weight)
		.map((l, i) => ({
			type: 'Feature',
			properties: { kind: 'link', id: `link-${i}`, active: true, weight: l.weight },
			geometry: { type: 'LineString', coordinates: greatCircleArc(l.from, l.to) }
		}));
	const points: Feature<Point, OverlayProperties>[] = places.map((p) => ({
		type: 'Feature',
		properties: { kind: p.kind, id: p.id, active: p.active, weight: 0 },
		geometry: { type: 'Point', coordinates: [p.lon, p.lat] }
	}));
	return { type: 'FeatureCollection', features: [...lines, ...points] };
}

/** Line width growing with the square root of the weight, from 0.75 px to `maxWidth` px at `maxWeight`. */
export function linkWidthExpression(maxWeight: number, maxWidth = 7): ExpressionSpecification | number {
	if (!(maxWeight > 0)) return 1;
	return [
		'interpolate',
		['linear'],
		['sqrt', ['get', 'weight']],
		0,
		0.75,
		Math.sqrt(maxWeight),
		maxWidth
	] as ExpressionSpecification;
}

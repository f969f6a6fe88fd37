import type { VectorMap } from './vector-map';
import { overlayColours } from './world-map';

const ns = 'http://www.w3.org/2000/svg';

function el(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
	const element = document.createElementNS(ns, name);
	for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
	if (text !== undefined) element.textContent = text;
	return element;
}

export interface VectorLegend {
	/** One swatch per colour class, and the hatched "no record" swatch. */
	classes: { colour: string; label: string }[];
	hatched: string;
	/** Hub, active centre, centre without sessions, link. */
	hub: string;
	activeCentre: string;
	idleCentre: string;
	link: string;
}

/** The vector map as an `<svg>` element (countries, arcs, places and a legend row), for the SVG and PNG exports. */
export function vectorMapSvg(map: VectorMap, label: string, legend: VectorLegend): SVGSVGElement {
	const legendHeight = 48;
	const height = map.height + legendHeight;
	const svg = el('svg', {
		xmlns: ns,
		width: map.width,
		height,
		viewBox: `0 0 ${map.width} ${height}`,
		role: 'img',
		'aria-label': label
	}) as SVGSVGElement;
	const pattern = el('pattern', { id: 'vector-hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse' });
	pattern.append(
		el('rect', { width: 6, height: 6, fill: '#d9d9d9' }),
		el('path', { d: 'M0,6 L6,0', stroke: '#5a5a5a', 'stroke-width': 1.2 })
	);
	const defs = el('defs', {});
	defs.append(pattern);
	const countries = el('g', { 'data-layer': 'countries', stroke: '#ffffff', 'stroke-width': 0.4 });
	for (const c of map.countries)
		countries.append(el('path', { d: c.d, fill: c.fill.hatched ? 'url(#vector-hatch)' : c.fill.colour }));
	const arcs = el('g', {
		'data-layer': 'arcs',
		fill: 'none',
		stroke: overlayColours.link,
		'stroke-opacity': 0.75,
		'stroke-linecap': 'round'
	});
	for (const a of map.arcs) arcs.append(el('path', { d: a.d, 'stroke-width': a.width }));
	const points = el('g', { 'data-layer': 'places', stroke: overlayColours.outline });
	for (const p of map.points)
		points.append(
			el('circle', {
				cx: p.x,
				cy: p.y,
				r: p.kind === 'hub' ? 5 : 3.5,
				'stroke-width': p.kind === 'hub' ? 2.5 : 1.2,
				fill: p.kind === 'centre' && p.active ? overlayColours.activeCentre : overlayColours.place,
				'data-kind': p.kind
			})
		);
	svg.append(defs, countries, arcs, points, legendRow(map, legend));
	return svg;
}

function legendRow(map: VectorMap, legend: VectorLegend): SVGElement {
	const row = el('g', {
		transform: `translate(8, ${map.height + 16})`,
		'font-family': 'system-ui, sans-serif',
		'font-size': 11,
		fill: '#14213d'
	});
	let x = 0;
	const swatch = (draw: SVGElement, text: string, advance: number) => {
		row.append(draw, el('text', { x: x + 16, y: 4 }, text));
		x += advance + text.length * 6;
	};
	for (const c of [...legend.classes, { colour: 'url(#vector-hatch)', label: legend.hatched }])
		swatch(el('rect', { x, y: -6, width: 12, height: 12, fill: c.colour }), c.label, 24);
	const second = el('g', { transform: 'translate(0, 20)' });
	let x2 = 0;
	const mark = (draw: SVGElement, text: string) => {
		second.append(draw, el('text', { x: x2 + 16, y: 4 }, text));
		x2 += 28 + text.length * 6;
	};
	const o = overlayColours;
	mark(
		el('circle', { cx: x2 + 6, cy: 0, r: 5, fill: o.place, stroke: o.outline, 'stroke-width': 2.5 }),
		legend.hub
	);
	mark(
		el('circle', { cx: x2 + 6, cy: 0, r: 4, fill: o.activeCentre, stroke: o.outline }),
		legend.activeCentre
	);
	mark(el('circle', { cx: x2 + 6, cy: 0, r: 4, fill: o.place, stroke: o.outline }), legend.idleCentre);
	mark(el('line', { x1: x2, x2: x2 + 12, y1: 0, y2: 0, stroke: o.link, 'stroke-width': 3 }), legend.link);
	row.append(second);
	return row;
}

/**
 * Puts an export-only SVG in the page, out of sight and of the accessibility tree, so the exporter can measure and
 * copy it; it is removed on the next task, after the exporter has taken its copy.
 */
export function attachOffscreen(svg: SVGSVGElement): SVGSVGElement {
	const holder = document.createElement('div');
	holder.setAttribute('aria-hidden', 'true');
	holder.dataset.testid = 'export-render';
	holder.style.cssText = `position:absolute;left:-20000px;top:0;width:${svg.getAttribute('width')}px`;
	holder.append(svg);
	document.body.append(holder);
	setTimeout(() => holder.remove(), 0);
	return svg;
}

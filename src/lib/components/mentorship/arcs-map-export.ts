import { m } from '$lib/i18n';
import type { OverlayLink, OverlayPlace } from '$lib/map/overlay';
import { accessScale, noDataColour } from '$lib/map/scales';
import type { MapEntry } from '$lib/map/types';
import { vectorMap } from '$lib/map/vector-map';
import { attachOffscreen, vectorMapSvg } from '$lib/map/vector-map-svg';
import type { Topology } from 'topojson-specification';

/** The arcs map (access choropleth, mentoring arcs, hubs and centres) as an SVG the one exporter can download. */
export function arcsMapSvg(
	topology: Topology,
	numericToIso3: ReadonlyMap<string, string>,
	entries: readonly MapEntry[],
	places: readonly OverlayPlace[],
	links: readonly OverlayLink[],
	title: string,
	classLabels: readonly string[]
): SVGSVGElement {
	const byIso3 = new Map(entries.map((e) => [e.iso3, e]));
	const fillOf = (iso3: string | null) => {
		const entry = iso3 ? byIso3.get(iso3) : undefined;
		const colour = entry ? (accessScale.colourFor(entry.value) ?? noDataColour) : noDataColour;
		return { colour, hatched: entry?.hatched ?? false };
	};
	const map = vectorMap(topology, numericToIso3, fillOf, places, links);
	return attachOffscreen(
		vectorMapSvg(map, title, {
			classes: accessScale.classes.map((c, i) => ({ colour: c.colour, label: classLabels[i] ?? '' })),
			hatched: m.legend_no_record(),
			hub: m.mentorship_legend_hub(),
			activeCentre: m.mentorship_legend_centre_active(),
			idleCentre: m.mentorship_legend_centre_idle(),
			link: m.mentorship_legend_link()
		})
	);
}

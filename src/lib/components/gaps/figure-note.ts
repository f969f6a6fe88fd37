import { m } from '$lib/i18n';
import type { IndicatorId } from '$lib/models/indicators';
import type { GapsData } from '$lib/state/gaps';
import { methodsAnchor, sourceNote } from './labels';

/** What a figure is and where it comes from: observed or modelled, sources with years, and the Methods anchor. */
export interface FigureNote {
	kind: 'observed' | 'modelled';
	text: string;
	anchor: string;
}

const span = (first: number | null, last: number | null): string =>
	first === null || last === null ? '?' : first === last ? String(first) : `${first}–${last}`;

/** The source notes of the Gaps figures: the indicator's (map, bars, table) and the scatter's. */
export function figureNotes(
	indicator: IndicatorId,
	data: GapsData
): { main: FigureNote; scatter: FigureNote } {
	const years = {
		dirac: span(data.diracYears.first_year, data.diracYears.last_year),
		doctors: span(data.years.doctors.first, data.years.doctors.last),
		population: span(data.years.population.first, data.years.population.last)
	};
	return {
		main: { ...sourceNote(indicator, years), anchor: methodsAnchor(indicator) },
		scatter: {
			kind: 'observed',
			text: m.gaps_source_scatter({ ...years, gdp: span(data.years.gdp.first, data.years.gdp.last) }),
			anchor: 'data-countries'
		}
	};
}

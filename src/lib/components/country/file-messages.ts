/** The message for a country file that was refused: file, what was wrong and what was expected. */
import { issueText } from '$lib/components/data/issue-text';
import { formatPercent } from '$lib/format';
import { formats, m } from '$lib/i18n';
import type { FiguresProblem, Issue } from '$lib/models/upload-report';
import type { Rejection } from '$lib/state/country-files.svelte';
import { fileSize } from '../data/file-size';

export function rejectionText(r: Rejection, country: string): string {
	if (r.kind === 'figures' && typeof r.problem === 'string') return figuresText(r.file, r.problem, r.issues);
	const file = r.file;
	const p = r.problem;
	if (typeof p === 'string') return file;
	switch (p.kind) {
		case 'too_large':
			return m.country_file_too_large({ file, size: fileSize(p.size) });
		case 'failed':
			return m.country_file_failed({ file, detail: p.detail });
		case 'not_json':
			return m.country_boundaries_not_json({ file, detail: p.detail });
		case 'not_geojson':
			return m.country_boundaries_not_geojson({ file });
		case 'no_polygons':
			return m.country_boundaries_no_polygons({ file, count: String(p.features), countValue: p.features });
		case 'no_names':
			return m.country_boundaries_no_names({ file, properties: p.properties.join(', ') || '—' });
		case 'not_degrees':
			return m.country_boundaries_not_degrees({ file, value: p.value });
		case 'outside_country':
			return m.country_boundaries_outside({ file, share: formatPercent(p.inside, formats()), country });
	}
}

function figuresText(file: string, problem: FiguresProblem, issues: readonly Issue[]): string {
	switch (problem) {
		case 'empty':
			return m.country_figures_empty({ file });
		case 'no_unit_column':
			return m.country_figures_no_unit_column({ file });
		case 'no_figures':
			return m.country_figures_no_figures({ file });
		case 'unreadable': {
			const first = issues[0];
			return first ? `${file}: ${issueText(first)}` : m.country_file_failed({ file, detail: '' });
		}
	}
}

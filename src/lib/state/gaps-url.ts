import { indicatorIds, type IndicatorId, type Normalisation } from '$lib/models/indicators';
import { normalisationsFor } from '$lib/models/gap-view';
import type { IncomeGroup } from '$lib/models/gap';
import { readParameters, writeParameters, type ParameterIssue } from '$lib/models/parameter-url';
import type { ModelParameters } from '$lib/models/parameters';

/** The Gaps view's own URL keys; model parameters use theirs (`rtu`, `courses`, …) beside these. */
export const viewKeys = {
	indicator: 'indicator',
	normalisation: 'per',
	region: 'region',
	income: 'income',
	selected: 'country'
} as const;

export const incomeGroups: readonly IncomeGroup[] = ['L', 'LM', 'UM', 'H'];

export interface GapsViewState {
	indicator: IndicatorId;
	normalisation: Normalisation;
	region: string | null;
	income: IncomeGroup | null;
	/** ISO3 of the selected country, or null. */
	selected: string | null;
}

export type ViewIssueKey = keyof typeof viewKeys;

/** A view value in the URL that could not be used; the view fell back to `used`. */
export interface ViewIssue {
	key: ViewIssueKey;
	raw: string;
	/** The allowed values, for the message. */
	allowed: readonly string[];
}

/**
 * Reads the view state from the query string. Unknown values are reported, never silently dropped.
 * `regions` and `countries` are what the data holds (a region or country not in it is reported too).
 *
 * @example readGapsView(new URLSearchParams('indicator=doctors'), regions, iso3s).view.normalisation // 'per-10k-people'
 */
export function readGapsView(
	search: URLSearchParams,
	regions: readonly string[],
	countries: readonly string[]
): { view: GapsViewState; issues: ViewIssue[] } {
	const issues: ViewIssue[] = [];
	const pick = <T extends string>(key: ViewIssueKey, allowed: readonly T[]): T | null => {
		const raw = search.get(viewKeys[key]);
		if (raw === null || raw === '') return null;
		if ((allowed as readonly string[]).includes(raw)) return raw as T;
		issues.push({ key, raw, allowed });
		return null;
	};
	const indicator = pick('indicator', indicatorIds) ?? 'rt-machines';
	const allowedNormalisations = normalisationsFor(indicator);
	const normalisation =
		pick('normalisation', allowedNormalisations) ?? allowedNormalisations[0] ?? 'absolute';
	return {
		view: {
			indicator,
			normalisation,
			region: pick('region', regions),
			income: pick('income', incomeGroups),
			selected: pick('selected', countries)
		},
		issues
	};
}

/** Writes one view value into a copy of `search`; defaults and `null` remove the key, other keys are kept. */
export function writeGapsView(search: URLSearchParams, changes: Partial<GapsViewState>): URLSearchParams {
	const next = new URLSearchParams(search);
	for (const [key, value] of Object.entries(changes) as [ViewIssueKey, string | null][]) {
		const urlKey = viewKeys[key];
		const isDefault =
			value === null ||
			(key === 'indicator' && value === 'rt-machines') ||
			(key === 'normalisation' &&
				value ===
					normalisationsFor((changes.indicator ?? next.get('indicator') ?? 'rt-machines') as IndicatorId)[0]);
		if (isDefault) next.delete(urlKey);
		else next.set(urlKey, value);
	}
	return next;
}

/** Everything the Gaps view keeps in the URL: its own values and the model parameters. */
export interface GapsUrlState {
	view: GapsViewState;
	parameters: ModelParameters;
}

/**
 * The Gaps view's one URL codec: the view's values and the model parameters share the query string, so they are read
 * and written together. Writing a whole state and reading it back gives the same state (gaps-url.spec.ts tries every
 * one); `writeView` and `writeParameters` change only their part and keep every other key.
 */
export const gapsUrl = {
	read(
		search: URLSearchParams,
		regions: readonly string[],
		countries: readonly string[]
	): { state: GapsUrlState; viewIssues: ViewIssue[]; parameterIssues: ParameterIssue[] } {
		const { view, issues: viewIssues } = readGapsView(search, regions, countries);
		const { values: parameters, issues: parameterIssues } = readParameters(search);
		return { state: { view, parameters }, viewIssues, parameterIssues };
	},
	write(state: GapsUrlState, search: URLSearchParams = new URLSearchParams()): URLSearchParams {
		return writeParameters(state.parameters, writeGapsView(search, state.view));
	},
	/** A new indicator given without a normalisation takes that indicator's default one. */
	writeView: writeGapsView,
	writeParameters: (values: ModelParameters, search: URLSearchParams) => writeParameters(values, search)
};

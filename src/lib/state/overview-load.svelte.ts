import type { DiracUpdateRange } from '$lib/data/queries/capacity';
import type { ModelParameters } from '$lib/models/parameters';
import type { OverviewData } from './overview-data';

/**
 * One load of the Overview from DuckDB, for model parameters that the precomputed summary does not cover (the
 * default view never makes one). DuckDB and the query code load on demand, outside the first screen's scripts.
 */
export class OverviewLoad {
	live = $state<OverviewData | null>(null);
	error = $state<unknown>(null);
	constructor(params: ModelParameters, diracYears: DiracUpdateRange) {
		import('./overview')
			.then(({ loadOverview }) => loadOverview(params, diracYears))
			.then(
				(data) => (this.live = data),
				(error: unknown) => (this.error = error)
			);
	}
}

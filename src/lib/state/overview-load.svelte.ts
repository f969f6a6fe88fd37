import type { ModelParameters } from '$lib/models/parameters';
import type { OverviewData } from './overview-data';

/** Resolves after the browser has painted the current frame, so the first screen is on screen before DuckDB starts. */
function afterPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * One load of the Overview from DuckDB. While it runs, `shown` is the first-screen summary (when it applies) or null
 * (a loading state); once DuckDB answers, its figures take over. DuckDB and the query code load only after the first
 * screen is painted.
 */
export class OverviewLoad {
	live = $state<OverviewData | null>(null);
	error = $state<unknown>(null);
	constructor(
		params: ModelParameters,
		readonly summary: OverviewData | null
	) {
		(summary ? afterPaint() : Promise.resolve())
			.then(() => import('./overview'))
			.then(({ loadOverview }) => loadOverview(params))
			.then(
				(data) => (this.live = data),
				(error: unknown) => (this.error = error)
			);
	}

	get shown(): OverviewData | null {
		return this.live ?? this.summary;
	}

	get source(): 'duckdb' | 'summary' | 'loading' {
		return this.live ? 'duckdb' : this.summary ? 'summary' : 'loading';
	}
}

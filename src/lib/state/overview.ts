import { ensureTables } from '$lib/data/catalog';
import { query } from '$lib/data/db';
import { countryCapacityRecords, diracUpdateRange } from '$lib/data/queries/capacity';
import type { ModelParameters } from '$lib/models/parameters';
import { overviewFromRecords, type OverviewData } from './overview-data';

export { toCountryCapacity, type OverviewData } from './overview-data';

/** Everything the Overview shows, from DuckDB and the capacity models. */
export async function loadOverview(params: ModelParameters): Promise<OverviewData> {
	await ensureTables(['countries', 'cancer_burden', 'rt_capacity', 'rt_centres']);
	const [records, diracYears] = await Promise.all([countryCapacityRecords(query), diracUpdateRange(query)]);
	return overviewFromRecords(records, diracYears, params);
}

import { ensureTables } from '$lib/data/catalog';
import { query } from '$lib/data/db';
import { countryCapacityRecords, type DiracUpdateRange } from '$lib/data/queries/capacity';
import type { ModelParameters } from '$lib/models/parameters';
import { overviewFromRecords, type OverviewData } from './overview-data';

export { toCountryCapacity, type OverviewData } from './overview-data';

/**
 * The Overview under model parameters other than the defaults, from DuckDB and the capacity models. The DIRAC update
 * years come with the shipped summary (they do not depend on the parameters), so rt_centres is not loaded for them.
 */
export async function loadOverview(
	params: ModelParameters,
	diracYears: DiracUpdateRange
): Promise<OverviewData> {
	await ensureTables(['countries', 'cancer_burden', 'rt_capacity']);
	return overviewFromRecords(await countryCapacityRecords(query), diracYears, params);
}

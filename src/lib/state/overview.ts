import { ensureTables } from '$lib/data/catalog';
import { query } from '$lib/data/db';
import {
	countryCapacityRecords,
	diracUpdateRange,
	type CountryCapacityRecord,
	type DiracUpdateRange
} from '$lib/data/queries/capacity';
import { summariseCapacity, type CapacityAggregate } from '$lib/models/aggregate';
import { countryCapacity, type CountryCapacity } from '$lib/models/gap';
import type { ModelParameters } from '$lib/models/parameters';

export interface OverviewData {
	countries: CountryCapacity[];
	world: CapacityAggregate;
	diracYears: DiracUpdateRange;
	/** ISO numeric → ISO3, to join the world shapes. */
	numericToIso3: Map<string, string>;
}

export function toCountryCapacity(record: CountryCapacityRecord, params: ModelParameters): CountryCapacity {
	return countryCapacity(
		{
			iso3: record.iso3,
			name: record.name,
			region: record.region,
			incomeGroup: record.income_group,
			population: record.population,
			newCases: record.new_cases,
			mvMachines: record.has_record ? record.mv_machines : null
		},
		params
	);
}

/** Everything the Overview shows, from DuckDB and the capacity models. */
export async function loadOverview(params: ModelParameters): Promise<OverviewData> {
	await ensureTables(['countries', 'cancer_burden', 'rt_capacity', 'rt_centres']);
	const [records, diracYears] = await Promise.all([countryCapacityRecords(query), diracUpdateRange(query)]);
	const countries = records.map((record) => toCountryCapacity(record, params));
	return {
		countries,
		world: summariseCapacity(countries, 'world', 'world'),
		diracYears,
		numericToIso3: new Map(
			records.filter((r) => r.iso_numeric !== null).map((r) => [r.iso_numeric as string, r.iso3])
		)
	};
}

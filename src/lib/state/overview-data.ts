import { countryName } from '$lib/i18n/names';
import type { CountryCapacityRecord, DiracUpdateRange } from '$lib/data/queries/capacity';
import { summariseCapacity, type CapacityAggregate } from '$lib/models/aggregate';
import { countryCapacity, type CountryCapacity } from '$lib/models/gap';
import type { ModelParameters } from '$lib/models/parameters';
import { caseMixRtuFromSums } from '$lib/models/rtu-case-mix';

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
			name: countryName(record.iso3, record.name),
			region: record.region,
			incomeGroup: record.income_group,
			population: record.population,
			newCases: record.new_cases,
			mvMachines: record.has_record ? record.mv_machines : null,
			caseMixRtu: caseMixRtuFromSums(record.rtu_weighted_cases, record.rtu_named_cases, record.new_cases)
		},
		params
	);
}

/** The Overview's figures from its query rows, whether DuckDB answered them or the precomputed summary holds them. */
export function overviewFromRecords(
	records: readonly CountryCapacityRecord[],
	diracYears: DiracUpdateRange,
	params: ModelParameters
): OverviewData {
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

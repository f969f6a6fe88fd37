import { countryName } from '$lib/i18n/names';
import { ensureTables } from '$lib/data/catalog';
import { query } from '$lib/data/db';
import { diracUpdateRange, type DiracUpdateRange } from '$lib/data/queries/capacity';
import {
	gapCountryRecords,
	indicatorYears,
	type GapCountryRecord,
	type IndicatorYears
} from '$lib/data/queries/gaps';
import type { GapInputRow } from '$lib/models/gap-view';
import { caseMixRtuFromSums } from '$lib/models/rtu-case-mix';

export interface GapsData {
	countries: GapInputRow[];
	/** World Bank regions present, sorted. */
	regions: string[];
	years: IndicatorYears;
	diracYears: DiracUpdateRange;
	/** ISO numeric → ISO3, to join the world shapes. */
	numericToIso3: Map<string, string>;
}

export function toGapInput(record: GapCountryRecord): GapInputRow {
	return {
		iso3: record.iso3,
		name: countryName(record.iso3, record.name),
		region: record.region,
		incomeGroup: record.income_group,
		population: record.population,
		newCases: record.new_cases,
		mvMachines: record.has_record ? record.mv_machines : null,
		caseMixRtu: caseMixRtuFromSums(record.rtu_weighted_cases, record.rtu_named_cases, record.new_cases),
		doctorsPer10k: record.doctors_per_10k,
		gdpPerCapita: record.gdp_per_capita_usd
	};
}

let loaded: Promise<GapsData> | null = null;

/** Everything the Gaps view reads from DuckDB, once per page life; the models recompute from it on every change. */
export function loadGaps(): Promise<GapsData> {
	loaded ??= (async () => {
		await ensureTables(['countries', 'cancer_burden', 'rt_capacity', 'rt_centres']);
		const [records, years, diracYears] = await Promise.all([
			gapCountryRecords(query),
			indicatorYears(query),
			diracUpdateRange(query)
		]);
		return {
			countries: records.map(toGapInput),
			regions: [...new Set(records.map((r) => r.region).filter((r): r is string => r !== null))].sort(),
			years,
			diracYears,
			numericToIso3: new Map(
				records.filter((r) => r.iso_numeric !== null).map((r) => [r.iso_numeric as string, r.iso3])
			)
		};
	})().catch((error: unknown) => {
		loaded = null;
		throw error;
	});
	return loaded;
}

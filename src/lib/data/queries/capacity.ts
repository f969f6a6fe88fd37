import { sql, type QueryFn } from '../sql';
import { caseMixJoin } from './case-mix';
import type { DiracUpdateRange } from '../../models/capacity-rows';

export type { DiracUpdateRange };

/** GLOBOCAN code for all cancers excluding non-melanoma skin cancer: the convention for totals. */
export const allCancersCode = 40;

export interface CountryCapacityRecord {
	iso3: string;
	iso_numeric: string | null;
	name: string;
	region: string | null;
	income_group: 'L' | 'LM' | 'UM' | 'H' | null;
	population: number | null;
	new_cases: number | null;
	/** `null` when the country has no DIRAC record. */
	mv_machines: number | null;
	has_record: boolean;
	/** Site cases weighed by the optimal utilisation of each site, and unweighed (see `caseMixJoin`). */
	rtu_weighted_cases: number | null;
	rtu_named_cases: number | null;
}

/** Every country with cancer-burden or radiotherapy data, with what the capacity models read. */
export function countryCapacityRecords(query: QueryFn): Promise<CountryCapacityRecord[]> {
	return query<CountryCapacityRecord>(sql`
		SELECT c.iso3, c.iso_numeric, c.name, c.region, c.income_group, c.population,
		       b.new_cases, r.mv_machines, coalesce(r.has_record, false) AS has_record,
		       mix.rtu_weighted_cases, mix.rtu_named_cases
		FROM countries c
		LEFT JOIN cancer_burden b ON b.iso3 = c.iso3 AND b.site_code = ${allCancersCode}
		LEFT JOIN rt_capacity r ON r.iso3 = c.iso3
		${caseMixJoin()}
		WHERE b.new_cases IS NOT NULL OR r.has_record
		ORDER BY c.iso3`);
}

/** The span of DIRAC facility update years, so figures can say how old they are. */
export async function diracUpdateRange(query: QueryFn): Promise<DiracUpdateRange> {
	const [row] = await query<DiracUpdateRange>(sql`
		SELECT min(last_update) AS first_year, max(last_update) AS last_year
		FROM rt_centres WHERE last_update > 0`);
	return row ?? { first_year: null, last_year: null };
}

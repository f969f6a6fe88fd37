import {
	beforeAfter,
	type BeforeAfter,
	type CentreReturnInput,
	type OutcomeYear
} from '$lib/models/centre-return';
import type { QueryFn } from '$lib/data/sql';
import {
	centreRecords,
	expertHoursByCentreYear,
	investmentsByCentreYear,
	moneyIn,
	outcomeRecords,
	type CentreHoursRow,
	type CentreInvestmentRow,
	type CentreRecord,
	type MoneyInRow,
	type OutcomeRecord
} from '$lib/data/queries/roi';

export const toOutcomeYear = (o: OutcomeRecord): OutcomeYear => ({
	year: o.year,
	newPatients: o.new_patients,
	treatedRadiotherapy: o.treated_radiotherapy,
	treatedChemotherapy: o.treated_chemotherapy,
	treatedSurgery: o.treated_surgery
});

/** A centre as the view shows it: its record, its before/after comparison and what its return is computed from. */
export interface CentreCase {
	record: CentreRecord;
	comparison: BeforeAfter;
	input: CentreReturnInput;
}

/** Joins centres, their money in, their experts' hours and their outcomes into model inputs. */
export function centreCases(
	records: readonly CentreRecord[],
	investments: readonly CentreInvestmentRow[],
	outcomes: readonly OutcomeRecord[],
	hours: readonly CentreHoursRow[] = []
): CentreCase[] {
	const group = <T extends { centre_id: string }>(rows: readonly T[]) => {
		const map = new Map<string, T[]>();
		for (const r of rows) map.set(r.centre_id, [...(map.get(r.centre_id) ?? []), r]);
		return map;
	};
	const money = group(investments);
	const results = group(outcomes);
	const given = group(hours);
	return records.map((record) => {
		const comparison = beforeAfter(
			(results.get(record.centre_id) ?? []).map(toOutcomeYear),
			record.mentorship_start
		);
		return {
			record,
			comparison,
			input: {
				centreId: record.centre_id,
				gdpPerCapita: record.gdp_per_capita_usd,
				gdpYear: record.gdp_year,
				investments: (money.get(record.centre_id) ?? []).map((m) => ({ year: m.year, amount: m.amount_usd })),
				expertHours: (given.get(record.centre_id) ?? []).map((h) => ({ year: h.year, hours: h.hours })),
				comparison
			}
		};
	});
}

export interface ProgramReturnData {
	cases: CentreCase[];
	money: MoneyInRow[];
}

/** Reads what the return section needs from tables already in DuckDB (program tables and `countries`). */
export async function readProgramReturn(query: QueryFn): Promise<ProgramReturnData> {
	const [records, investments, outcomes, money, hours] = await Promise.all([
		centreRecords(query),
		investmentsByCentreYear(query),
		outcomeRecords(query),
		moneyIn(query),
		expertHoursByCentreYear(query)
	]);
	return { cases: centreCases(records, investments, outcomes, hours), money };
}

/**
 * Pooled change in patients starting radiotherapy after mentorship started, over centres with a comparison:
 * `Σ after means / Σ baselines − 1`. `null` when no centre has one.
 */
export function pooledChange(cases: readonly CentreCase[]): number | null {
	const ok = cases.filter((c) => c.comparison.status === 'ok' && c.comparison.after !== null);
	const before = ok.reduce((a, c) => a + (c.comparison.baseline ?? 0), 0);
	const after = ok.reduce((a, c) => a + (c.comparison.after ?? 0), 0);
	return before > 0 ? after / before - 1 : null;
}

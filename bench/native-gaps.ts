/**
 * The /gaps view's work for each of its interactions, in Node over the rows the view loads once (an indicator,
 * normalisation, region or parameter change sends no query: the models recompute and the views redraw). The native
 * side of the interaction section's /gaps rows.
 */
import { gapCountryRecords } from '../src/lib/data/queries/gaps';
import {
	filterGapRows,
	gapViewRows,
	higherIsWorse,
	normalisationsFor,
	rankWorst,
	type GapFilters
} from '../src/lib/models/gap-view';
import { indicatorIds, type IndicatorId } from '../src/lib/models/indicators';
import { defaultParameters, type ModelParameters } from '../src/lib/models/parameters';
import { caseMixRtuFromSums } from '../src/lib/models/rtu-case-mix';
import { nodeProgramQuery } from '../tests/support/node-duckdb';

interface GapsState {
	indicator: IndicatorId;
	normalisation: ReturnType<typeof normalisationsFor>[number];
	filters: GapFilters;
	params: ModelParameters;
}

const all: GapFilters = { region: null, income: null };

/** The i-th state each interaction moves to. */
const variants = (regions: readonly string[]): Record<string, (i: number) => GapsState> => ({
	'gaps-indicator': (i) => {
		const indicator = indicatorIds[i % indicatorIds.length]!;
		return {
			indicator,
			normalisation: normalisationsFor(indicator)[0]!,
			filters: all,
			params: defaultParameters
		};
	},
	'gaps-normalisation': (i) => {
		const options = normalisationsFor('rt-machines');
		const normalisation = options[i % options.length]!;
		return { indicator: 'rt-machines', normalisation, filters: all, params: defaultParameters };
	},
	'gaps-region': (i) => ({
		indicator: 'rt-machines',
		normalisation: 'absolute',
		filters: { region: regions[i % Math.max(1, regions.length)] ?? null, income: null },
		params: defaultParameters
	}),
	'gaps-parameter': (i) => ({
		indicator: 'rt-machines',
		normalisation: 'absolute',
		filters: all,
		params: { ...defaultParameters, courses: 400 + 50 * (i % 5) }
	})
});

/** Milliseconds of `runs` changes of each /gaps interaction, by interaction id. */
export async function nativeGaps(runs: number): Promise<Record<string, number[]>> {
	const query = await nodeProgramQuery([], {
		reference: ['countries', 'cancer_burden', 'rt_capacity', 'rt_centres']
	});
	try {
		const records = await gapCountryRecords(query);
		const rows = records.map((r) => ({
			iso3: r.iso3,
			name: r.name,
			region: r.region,
			incomeGroup: r.income_group,
			population: r.population,
			newCases: r.new_cases,
			mvMachines: r.has_record ? r.mv_machines : null,
			caseMixRtu: caseMixRtuFromSums(r.rtu_weighted_cases, r.rtu_named_cases, r.new_cases),
			doctorsPer10k: r.doctors_per_10k,
			gdpPerCapita: r.gdp_per_capita_usd
		}));
		const regions = [...new Set(rows.map((r) => r.region).filter((r) => r !== null))] as string[];
		const result: Record<string, number[]> = {};
		for (const [id, state] of Object.entries(variants(regions))) {
			const samples: number[] = [];
			for (let i = 0; i < runs; i++) {
				const { indicator, normalisation, filters, params } = state(i);
				const t0 = performance.now();
				const shown = filterGapRows(gapViewRows(rows, params, indicator, normalisation), filters);
				rankWorst(shown, higherIsWorse(indicator, normalisation), 10);
				samples.push(performance.now() - t0);
			}
			result[id] = samples;
		}
		return result;
	} finally {
		query.close();
	}
}

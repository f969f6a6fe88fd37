// Times a Mentorship cross-filter interaction's queries in native DuckDB (one thread, like the browser's eh build).
//   npx tsx data/program/generate.ts --sessions 1000000 --out /tmp/large
//   npx tsx bench/mentorship.ts /tmp/large/sessions.csv
import { existsSync } from 'node:fs';
import {
	centreActivity,
	centreSpecialtyDepth,
	mentoringLinks,
	monthlyActivity,
	monthlyEngagements,
	type MentorshipFilters
} from '../src/lib/data/queries/mentorship';
import { corpsExperts, corpsGrowth, phaseRecords } from '../src/lib/data/queries/mentorship-corps';
import { expertLoad, requestTimings, waitingRequests } from '../src/lib/data/queries/mentorship-requests';
import { sql, type QueryFn } from '../src/lib/data/sql';
import { nodeProgramQuery } from '../tests/support/node-duckdb';
import { median } from './stats';

type Step = (query: QueryFn, filters: MentorshipFilters) => Promise<unknown>;

/** The queries the view runs when the period changes. */
export const periodQueries: readonly Step[] = [
	centreSpecialtyDepth,
	centreActivity,
	mentoringLinks,
	corpsExperts,
	requestTimings,
	waitingRequests,
	expertLoad
];

/** The queries the view runs when the specialty, country or hub changes: the period's and the timeline's. */
export const specialtyQueries: readonly Step[] = [
	monthlyActivity,
	monthlyEngagements,
	corpsGrowth,
	phaseRecords,
	...periodQueries
];

/** Runs the steps one after another, as one DuckDB connection does (the browser's worker queues them too). */
export async function runInteraction(
	steps: readonly Step[],
	query: QueryFn,
	filters: MentorshipFilters
): Promise<void> {
	for (const step of steps) await step(query, filters);
}

export interface MentorshipBench {
	rows: number;
	specialtyMs: number[];
	periodMs: number[];
	specialtyMedianMs: number;
	periodMedianMs: number;
}

/** Median of `runs` timings of each interaction over a sessions file (the other tables from data/program). */
export async function benchMentorship(sessionsFile: string, runs = 5): Promise<MentorshipBench> {
	const query = await nodeProgramQuery(
		['hubs', 'centres', 'experts', 'engagements', 'sessions', 'requests', 'outcomes', 'workforce'],
		{ files: { sessions: sessionsFile } }
	);
	try {
		const [{ n } = { n: 0 }] = await query<{ n: number }>(sql`SELECT count(*) AS n FROM sessions`);
		const base: MentorshipFilters = {
			specialty: null,
			iso3: null,
			hubId: null,
			from: '2025-01',
			to: '2025-12'
		};
		await runInteraction(specialtyQueries, query, base);
		const specialties = [
			'medical_physics',
			'pathology',
			'radiation_oncology',
			'oncology_nursing',
			'radiology'
		];
		const specialtyMs: number[] = [];
		const periodMs: number[] = [];
		for (let i = 0; i < runs; i++) {
			const filters = { ...base, specialty: specialties[i % specialties.length] ?? null };
			let t0 = performance.now();
			await runInteraction(specialtyQueries, query, filters);
			specialtyMs.push(performance.now() - t0);
			t0 = performance.now();
			await runInteraction(periodQueries, query, { ...filters, from: `202${i}-01`, to: '2025-06' });
			periodMs.push(performance.now() - t0);
		}
		return {
			rows: n,
			specialtyMs,
			periodMs,
			specialtyMedianMs: median(specialtyMs),
			periodMedianMs: median(periodMs)
		};
	} finally {
		query.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const file = process.argv[2] ?? 'data/program/large/sessions.csv';
	if (!existsSync(file)) {
		console.error(
			`No sessions file at ${file}: npx tsx data/program/generate.ts --sessions 1000000 --out /tmp/large`
		);
		process.exit(1);
	}
	const result = await benchMentorship(file, Number(process.env.BENCH_RUNS ?? 5));
	const ms = (v: number) => `${v.toFixed(0)} ms`;
	console.log(
		`Mentorship cross-filter over ${result.rows.toLocaleString('en')} sessions (native DuckDB, 1 thread):`
	);
	console.log(
		`  choose a specialty (11 queries): median ${ms(result.specialtyMedianMs)} [${result.specialtyMs.map(ms).join(', ')}]`
	);
	console.log(
		`  move the period (7 queries):     median ${ms(result.periodMedianMs)} [${result.periodMs.map(ms).join(', ')}]`
	);
}

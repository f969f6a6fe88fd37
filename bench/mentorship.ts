// Times a Mentorship cross-filter interaction's queries in native DuckDB (one thread, like the browser's eh build).
//   npx tsx data/program/generate.ts --sessions 1000000 --out /tmp/large
//   npx tsx bench/mentorship.ts /tmp/large/sessions.csv
// (npm run bench generates its own files in bench/.cache/ and runs these queries on them.)
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
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
import { buildSessionMonths } from '../src/lib/data/queries/session-months';
import { sql, type QueryFn } from '../src/lib/data/sql';
import * as raw from '../tests/support/mentorship-raw';
import { nodeProgramQuery } from '../tests/support/node-duckdb';
import { median } from './stats';

type Step = (query: QueryFn, filters: MentorshipFilters) => Promise<unknown>;

/** The queries the view runs when the period changes, reading the `session_months` pre-aggregate. */
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

/** The same interactions as they were answered from raw session rows, before the pre-aggregate. */
export const rawPeriodQueries: readonly Step[] = [
	raw.rawCentreSpecialtyDepth,
	raw.rawCentreActivity,
	raw.rawMentoringLinks,
	raw.rawCorpsExperts,
	requestTimings,
	waitingRequests,
	raw.rawExpertLoad
];
export const rawSpecialtyQueries: readonly Step[] = [
	raw.rawMonthlyActivity,
	monthlyEngagements,
	raw.rawCorpsGrowth,
	phaseRecords,
	...rawPeriodQueries
];

/** Runs the steps one after another, as one DuckDB connection does (the browser's worker queues them too). */
export async function runInteraction(
	steps: readonly Step[],
	query: QueryFn,
	filters: MentorshipFilters
): Promise<void> {
	for (const step of steps) await step(query, filters);
}

export interface InteractionTimes {
	/** Wall-clock time of each run. */
	specialtyMs: number[];
	periodMs: number[];
	specialtyMedianMs: number;
	periodMedianMs: number;
	/** CPU time of the process in each run: what the queries cost, whatever else shares the machine. */
	specialtyCpuMs: number[];
	periodCpuMs: number[];
	specialtyCpuMedianMs: number;
	periodCpuMedianMs: number;
}

export interface MentorshipBench {
	rows: number;
	/** Rows of `session_months` and the time to build it (once per load or replacement of the tables). */
	foldedRows: number;
	buildMs: number;
	/** From raw session rows, as before the pre-aggregate: left out when only what the app runs is timed. */
	raw?: InteractionTimes;
	folded: InteractionTimes;
}

const specialties = ['medical_physics', 'pathology', 'radiation_oncology', 'oncology_nursing', 'radiology'];

type Steps = { specialty: readonly Step[]; period: readonly Step[] };

interface Samples {
	specialty: number[];
	period: number[];
	specialtyCpu: number[];
	periodCpu: number[];
}

function times(s: Samples): InteractionTimes {
	return {
		specialtyMs: s.specialty,
		periodMs: s.period,
		specialtyMedianMs: median(s.specialty),
		periodMedianMs: median(s.period),
		specialtyCpuMs: s.specialtyCpu,
		periodCpuMs: s.periodCpu,
		specialtyCpuMedianMs: median(s.specialtyCpu),
		periodCpuMedianMs: median(s.periodCpu)
	};
}

/** Wall and CPU milliseconds of one interaction. */
async function timed(run: () => Promise<void>): Promise<[number, number]> {
	const [t0, c0] = [performance.now(), process.cpuUsage()];
	await run();
	const cpu = process.cpuUsage(c0);
	return [performance.now() - t0, (cpu.user + cpu.system) / 1000];
}

/**
 * Times each interaction each way, alternating the ways run by run so all see the same machine load.
 */
async function timeInteractions<W extends string>(
	query: QueryFn,
	base: MentorshipFilters,
	ways: Record<W, Steps>,
	runs: number
): Promise<Record<W, InteractionTimes>> {
	const names = Object.keys(ways) as W[];
	const empty = (): Samples => ({ specialty: [], period: [], specialtyCpu: [], periodCpu: [] });
	const ms = Object.fromEntries(names.map((w) => [w, empty()])) as Record<W, Samples>;
	for (const way of names) await runInteraction(ways[way].specialty, query, base);
	for (let i = 0; i < runs; i++) {
		const filters = { ...base, specialty: specialties[i % specialties.length] ?? null };
		const period = { ...filters, from: `202${i % 6}-01`, to: '2025-06' };
		for (const way of names) {
			const [wall, cpu] = await timed(() => runInteraction(ways[way].specialty, query, filters));
			ms[way].specialty.push(wall);
			ms[way].specialtyCpu.push(cpu);
			const [pWall, pCpu] = await timed(() => runInteraction(ways[way].period, query, period));
			ms[way].period.push(pWall);
			ms[way].periodCpu.push(pCpu);
		}
	}
	return Object.fromEntries(names.map((w) => [w, times(ms[w])])) as Record<W, InteractionTimes>;
}

/**
 * Median of `runs` timings of each interaction over a sessions file, from the pre-aggregate (what the app runs) and,
 * unless `rawRows` is false, from raw rows.
 */
export async function benchMentorship(
	sessionsFile: string,
	runs = 5,
	{ rawRows = true }: { rawRows?: boolean } = {}
): Promise<MentorshipBench> {
	const query = await nodeProgramQuery(
		['hubs', 'centres', 'experts', 'engagements', 'sessions', 'requests', 'outcomes', 'workforce'],
		{ files: { sessions: sessionsFile }, compressed: true }
	);
	try {
		const [{ n } = { n: 0 }] = await query<{ n: number }>(sql`SELECT count(*) AS n FROM sessions`);
		const t0 = performance.now();
		await buildSessionMonths(query);
		const buildMs = performance.now() - t0;
		const [{ m } = { m: 0 }] = await query<{ m: number }>(sql`SELECT count(*) AS m FROM session_months`);
		const base: MentorshipFilters = {
			specialty: null,
			iso3: null,
			hubId: null,
			from: '2025-01',
			to: '2025-12'
		};
		const folded: Steps = { specialty: specialtyQueries, period: periodQueries };
		const result = rawRows
			? await timeInteractions(
					query,
					base,
					{ raw: { specialty: rawSpecialtyQueries, period: rawPeriodQueries }, folded },
					runs
				)
			: await timeInteractions(query, base, { folded }, runs);
		return { rows: n, foldedRows: m, buildMs, ...result };
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
	const [load1] = loadavg();
	const ms = (v: number) => `${v.toFixed(0)} ms`;
	const line = (label: string, runs: InteractionTimes, kind: 'specialty' | 'period') =>
		console.log(
			`    ${label} median ${ms(runs[`${kind}MedianMs`])} wall, ${ms(runs[`${kind}CpuMedianMs`])} CPU` +
				` [wall: ${runs[`${kind}Ms`].map(ms).join(', ')}]`
		);
	console.log(
		`Mentorship cross-filter over ${result.rows.toLocaleString('en')} sessions (native DuckDB, 1 thread;` +
			` ${cpus().length} cores, load average ${load1?.toFixed(1)}):`
	);
	if (result.raw) {
		console.log(`  raw session rows (before):`);
		line('choose a specialty (11 queries):', result.raw, 'specialty');
		line('move the period (7 queries):    ', result.raw, 'period');
	}
	console.log(
		`  session_months, ${result.foldedRows.toLocaleString('en')} rows built in ${ms(result.buildMs)} (after):`
	);
	line('choose a specialty (11 queries):', result.folded, 'specialty');
	line('move the period (7 queries):    ', result.folded, 'period');
}

/**
 * The benchmark's table: one row per measure, with the issue's goal and whether it was met. Pure, so it is tested
 * apart; a section that failed or stopped gives rows that say so and why, and partial figures say how many runs.
 */
import type { SectionOutcome } from './section-runner';
import { median } from './stats';

export interface Row {
	measure: string;
	value: string;
	goal: string;
	verdict: string;
}

type Outcomes = Record<string, SectionOutcome | undefined>;
type Result = Record<string, unknown>;

const num = (r: Result | undefined, key: string): number | undefined => {
	const v = r?.[key];
	return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};

export const ms = (v: number) => (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
export const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
export const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;

/** "missed (×2.3)" style verdicts; lower is better for every goal here. */
export function verdict(value: number | undefined, goal: number | undefined): string {
	if (value === undefined || goal === undefined) return '';
	return value <= goal ? 'met' : `missed (×${(value / goal).toFixed(1)})`;
}

/** Why a section's figure is missing, or a note that it rests on fewer runs than planned. */
function state(o: SectionOutcome | undefined): string {
	if (!o) return 'not run';
	if (o.status === 'ok') return '';
	const reason = o.reason ?? 'no reason given';
	return `${o.status}: ${reason.length > 160 ? `${reason.slice(0, 157)}…` : reason}`;
}

/** A row for one figure of a section: its value, or why there is none. */
function row(
	measure: string,
	outcome: SectionOutcome | undefined,
	value: number | undefined,
	format: (v: number) => string,
	goal?: { text: string; limit?: number },
	note = ''
): Row {
	const why = state(outcome);
	const shown =
		value === undefined
			? why || 'no figure'
			: `${format(value)}${note ? ` ${note}` : ''}${why ? ` (${why})` : ''}`;
	return { measure, value: shown, goal: goal?.text ?? '', verdict: verdict(value, goal?.limit) };
}

const PHASE_LABELS: Record<string, string> = {
	'duckdb-ready': 'DuckDB ready',
	'program-checked-copy-read': 'stored file read back (checked copy)',
	'program-tables-loaded': 'program tables loaded'
};

/** Where a cold load's time went: navigation → each of the app's marks, in one row; none when there are no marks. */
export function phaseRows(page: Result | undefined): Row[] {
	const phases = page?.phasesMs as Record<string, number> | undefined;
	const parts = Object.entries(phases ?? {})
		.filter(([name]) => name in PHASE_LABELS)
		.map(([name, at]) => `${PHASE_LABELS[name]} ${ms(at)}`);
	if (parts.length === 0) return [];
	return [{ measure: '… navigation → each step (medians)', value: parts.join(', '), goal: '', verdict: '' }];
}

/** "(floor 2.1 s, ×1.4)": a figure beside the bare-engine floor of the same run; empty without both. */
export function floorNote(value: number | undefined, floor: number | undefined): string {
	if (value === undefined || floor === undefined || floor <= 0) return '';
	return `(floor ${ms(floor)}, ×${(value / floor).toFixed(2)})`;
}

/** "median of 3/5" when a section stopped before all its runs. */
function runsNote(done: number | undefined, planned: number): string {
	return done !== undefined && done < planned ? `(median of ${done}/${planned} runs)` : '';
}

const INTERACTION_LABELS: Record<string, string> = {
	'mentorship-specialty': '/mentorship specialty change',
	'mentorship-country': '/mentorship country change',
	'mentorship-hub': '/mentorship hub change',
	'mentorship-period': '/mentorship period start moved (as the timeline brush does)',
	'gaps-indicator': '/gaps indicator change',
	'gaps-normalisation': '/gaps normalisation change',
	'gaps-region': '/gaps region filter change',
	'gaps-parameter': '/gaps model parameter (courses per machine-year) change',
	'roi-parameter': '/roi parameter (capital cost of a machine) change, no map, no query'
};

/**
 * Each interaction of the interaction section: p50 and p95 from the change to the last view (the map included)
 * drawn, against the embedded data's goal, with native DuckDB's figures beside and the wasm/native ratio of the p50s.
 */
export function interactionRows(outcome: SectionOutcome | undefined): Row[] {
	const found = (outcome?.result as Result | undefined)?.interactions as Record<string, Result> | undefined;
	if (!found) return [row('Interactions, default data', outcome, undefined, ms)];
	return Object.entries(found).flatMap(([id, f]): Row[] => {
		const [p50, p95] = [num(f, 'p50Ms'), num(f, 'p95Ms')];
		const [n50, n95] = [num(f, 'nativeP50Ms'), num(f, 'nativeP95Ms')];
		const ratio = p50 !== undefined && n50 ? p50 / n50 : undefined;
		const pair = (a?: number, b?: number) =>
			`${a === undefined ? '–' : ms(a)} / ${b === undefined ? '–' : ms(b)}`;
		const label = `${INTERACTION_LABELS[id] ?? id}, default data, ${num(f, 'runs') ?? '?'} changes`;
		return [
			{
				measure: `${label}: p50 / p95 → last view drawn (native p50 / p95)`,
				value: `${pair(p50, p95)} (native ${pair(n50, n95)})`,
				goal: '≤ 50 ms (p95)',
				verdict: verdict(p95, 50)
			},
			{
				measure: '… p50 / p95 → every view but the map drawn',
				value: pair(num(f, 'viewsP50Ms'), num(f, 'viewsP95Ms')),
				goal: '',
				verdict: ''
			},
			...(num(f, 'answeredP50Ms') === undefined
				? []
				: [
						{
							measure: "… p50 / p95 → the batch answered (the queries' share; a state seen before is kept)",
							value: pair(num(f, 'answeredP50Ms'), num(f, 'answeredP95Ms')),
							goal: '',
							verdict: ''
						}
					]),
			...(num(f, 'mapFloorP50Ms') === undefined
				? []
				: [
						{
							measure:
								'… map floor: the same change on a bare MapLibre page, same size and shapes, → idle (p50 / p95)',
							value: `${pair(num(f, 'mapFloorP50Ms'), num(f, 'mapFloorP95Ms'))} (in the app, views drawn → map idle: ${pair(num(f, 'mapP50Ms'), num(f, 'mapP95Ms'))})`,
							goal: '',
							verdict: ''
						}
					]),
			{
				measure: '… ratio wasm (with rendering) / native, p50',
				value: ratio === undefined ? 'no figure' : ratio.toFixed(1),
				goal: '≤ 2',
				verdict: verdict(ratio, 2)
			}
		];
	});
}

/**
 * The compiled engine kept (bench/engine-cache.ts): DuckDB ready on a cold visit and on the same visitor's second visit,
 * with the floor's own (its engine ready, cold and second visit), and how many second visits reused the compiled module.
 */
export function engineCacheRows(outcome: SectionOutcome | undefined, floor: Result | undefined): Row[] {
	const r = outcome?.result as Result | undefined;
	const [cold, second, ratio, hits] = [
		'coldReadyMedianMs',
		'secondReadyMedianMs',
		'secondToColdRatio',
		'cacheHits'
	].map((k) => num(r, k));
	const visits = (r?.coldReadyMs as number[] | undefined)?.length;
	const floorSecond = num(floor, 'secondVisitReadyMedianMs');
	const coldTraces = (r?.cold ?? []) as Result[];
	const secondTraces = (r?.second ?? []) as Result[];
	const lazy = (traces: Result[]) =>
		traces.length === 0 ? '–' : String(median(traces.map((t) => num(t, 'lazyCompilations') ?? 0)));
	const kept = Math.max(0, ...coldTraces.map((t) => num(t, 'cachedBytes') ?? 0));
	const startOf = (key: string) => {
		const list = (r?.[key] as number[] | undefined)?.filter(Number.isFinite) ?? [];
		return list.length > 0 ? median(list) : undefined;
	};
	const [coldStart, secondStart] = [startOf('coldStartMs'), startOf('secondStartMs')];
	const asked =
		coldStart === undefined || secondStart === undefined
			? ''
			: `; the view asked for the engine at ${ms(coldStart)} / ${ms(secondStart)}`;
	const readyRow = row(
		`DuckDB ready on ${String(r?.view ?? '/')}: cold / second visit (same profile, HTTP cache and service worker kept)`,
		outcome,
		ratio,
		(v) =>
			`${ms(cold ?? NaN)} / ${ms(second ?? NaN)}: ×${v.toFixed(2)} ${floorNote(cold, num(floor, 'readyMedianMs'))}` +
			(floorSecond === undefined ? '' : `; the floor's second visit ${ms(floorSecond)}`) +
			asked,
		{ text: 'second ≤ ×0.5 cold', limit: 0.5 }
	);
	const hitRow = row(
		'… second visits that reused the compiled engine (trace: v8.wasm.moduleCacheHit)',
		outcome,
		hits,
		(v) =>
			`${v}/${visits ?? '?'}; functions compiled on first call ${lazy(coldTraces)} cold → ` +
			`${lazy(secondTraces)}; compiled module kept ${mb(kept)}`,
		{ text: 'every run' }
	);
	if (hits !== undefined && visits) hitRow.verdict = hits === visits ? 'met' : 'missed';
	return [readyRow, hitRow];
}

export interface LargeSize {
	/** Section id suffix and label: e.g. '1m', '1 M'. */
	id: string;
	label: string;
	/** Goals for this size. */
	pageGoalMs?: number;
	interactionGoalMs?: number;
}

interface ViewFramesResult {
	languages: Record<string, { titleMs: number; cls: number } | undefined>;
	floorMs?: number;
}

/** Every view's frame: the slowest title and lede of any view and language, the worst layout shift, and each view. */
function viewFrameRows(first: SectionOutcome | undefined, fs: Result | undefined): Row[] {
	const views = (fs?.views ?? {}) as Record<string, ViewFramesResult>;
	if (Object.keys(views).length === 0) return [];
	const slowest = fs?.slowestView as { view: string; language: string; titleMs: number; floorMs?: number };
	const worst = fs?.worstViewCls as { view: string; language: string; cls: number };
	const detail = Object.entries(views)
		.map(([view, v]) => {
			const each = ['en', 'fr', 'es', 'pt'].map((l) => v.languages[l]);
			const times = each.map((s) => (s ? ms(s.titleMs) : '–')).join(' / ');
			const cls = Math.max(...each.map((s) => s?.cls ?? 0)).toFixed(3);
			return `${view} ${times} (bare page ${ms(v.floorMs ?? NaN)}), CLS ≤ ${cls}`;
		})
		.join('; ');
	return [
		row(
			'Every view: title + lede painted, slowest view and language',
			first,
			slowest?.titleMs,
			(v) =>
				`${ms(v)} (${slowest.view}, ${slowest.language}; bare page of its size ${ms(slowest.floorMs ?? NaN)})`,
			{ text: '≤ 300 ms', limit: 300 }
		),
		row(
			'… cumulative layout shift until the view’s data is drawn, worst view',
			first,
			worst?.cls,
			(v) => `${v.toFixed(3)} (${worst.view}, ${worst.language})`,
			{ text: '≤ 0.05', limit: 0.05 }
		),
		{ measure: '… by view, en / fr / es / pt, medians', value: detail, goal: '', verdict: '' }
	];
}

export function summaryRows(outcomes: Outcomes, runs: number, sizes: readonly LargeSize[]): Row[] {
	const rows: Row[] = [];
	// The bare engine's times, from the smallest size measured: starting DuckDB does not depend on the rows.
	const floorOf = (size?: LargeSize) => outcomes[`floor-${size?.id}`]?.result as Result | undefined;
	const readyFloor = sizes.map((s) => floorOf(s)).find((f) => num(f, 'readyMedianMs') !== undefined);
	const first = outcomes['first-screen'];
	const fs = first?.result as Result | undefined;
	const fsRuns = runsNote(num(fs, 'runs'), runs);
	const pages = (fs?.pages ?? {}) as Record<string, Result | undefined>;
	const perLanguage = ['en', 'fr', 'es', 'pt', 'floor']
		.map((id) => {
			const p = pages[id];
			const [visible, fcp, lcp, cls] = ['visibleMs', 'fcpMs', 'lcpMs', 'cls'].map((k) => num(p, k));
			if (visible === undefined) return null;
			const paint = `${ms(visible)} (FCP ${ms(fcp ?? NaN)}, LCP ${ms(lcp ?? NaN)})`;
			return id === 'floor' ? `bare page ${paint}` : `${id} ${paint}, CLS ${(cls ?? 0).toFixed(3)}`;
		})
		.filter((text): text is string => text !== null)
		.join('; ');
	rows.push(
		row(
			'First screen: Overview key figures + SVG map',
			first,
			num(fs, 'firstScreenMs'),
			ms,
			{ text: '≤ 300 ms', limit: 300 },
			fsRuns
		),
		row(
			'… against a bare static page of the same size, same run',
			first,
			num(fs, 'ratioToFloor'),
			(v) => `×${v.toFixed(2)} (bare page ${ms(num(fs, 'floorMs') ?? NaN)})`,
			{ text: '≤ ×1.5', limit: 1.5 }
		),
		row(
			'… slowest of the French, Spanish and Portuguese Overviews',
			first,
			num(fs, 'slowestOtherLanguageMs'),
			ms,
			{ text: '≤ 300 ms', limit: 300 }
		),
		row('… cumulative layout shift, worst language', first, num(fs, 'worstCls'), (v) => v.toFixed(3), {
			text: '≤ 0.05',
			limit: 0.05
		}),
		row('Overview MapLibre map drawn', first, num(fs, 'mapDrawnMs'), ms, undefined, fsRuns),
		row(
			'DuckDB ready, cold (started by the corps figures)',
			first,
			num(fs, 'duckdbReadyMs'),
			ms,
			undefined,
			[fsRuns, floorNote(num(fs, 'duckdbReadyMs'), num(readyFloor, 'readyMedianMs'))].join(' ').trim()
		)
	);
	if (perLanguage)
		rows.push({ measure: '… by language, medians', value: perLanguage, goal: '', verdict: '' });
	rows.push(...viewFrameRows(first, fs));
	rows.push(...engineCacheRows(outcomes['engine-cache'], readyFloor));
	const bytes = (fs?.bytes ?? {}) as { raw?: number; gzip?: number; brotli?: number };
	rows.push(
		row(
			'Bytes before the first screen, raw / gzip / brotli',
			first,
			bytes.gzip,
			() => `${kb(bytes.raw ?? 0)} / ${kb(bytes.gzip ?? 0)} / ${kb(bytes.brotli ?? 0)}`,
			{ text: '≤ 100 KB compressed', limit: 100 * 1024 }
		)
	);

	const bundle = outcomes['bundle-sizes'];
	const sizeRows = ((bundle?.result as Result | undefined)?.rows ?? []) as {
		kind: string;
		raw: number;
		gzip: number;
		brotli: number;
	}[];
	if (sizeRows.length === 0) rows.push(row('Built app (build/)', bundle, undefined, ms));
	for (const s of sizeRows)
		rows.push({
			measure: `Built app: ${s.kind}, raw / gzip / brotli`,
			value: `${kb(s.raw)} / ${kb(s.gzip)} / ${kb(s.brotli)}`,
			goal: '',
			verdict: ''
		});

	const ratioRow = (
		measure: string,
		a?: SectionOutcome,
		av?: number,
		b?: SectionOutcome,
		bv?: number
	): Row => {
		const value = av !== undefined && bv !== undefined && bv > 0 ? av / bv : undefined;
		const missing = [a, b].map(state).filter(Boolean).join('; ');
		return {
			measure,
			value: value === undefined ? missing || 'no figure' : `${value.toFixed(1)}`,
			goal: '≤ 2',
			verdict: verdict(value, 2)
		};
	};

	rows.push(...interactionRows(outcomes['interaction']));
	const nativeDefault = outcomes['native-default'];
	const interMs = num(outcomes['interaction']?.result, 'medianMs');
	const nativeDefaultMs = num(nativeDefault?.result, 'interactionMedianMs');
	if (nativeDefault)
		rows.push(
			row('… specialty change, native DuckDB in its own section (p50)', nativeDefault, nativeDefaultMs, ms),
			ratioRow(
				'… ratio wasm (with rendering) / native',
				outcomes['interaction'],
				interMs,
				nativeDefault,
				nativeDefaultMs
			)
		);

	for (const size of sizes) {
		const page = outcomes[`page-${size.id}`];
		const native = outcomes[`native-${size.id}`];
		const p = page?.result as Result | undefined;
		const loads = (p?.loadMs as number[] | undefined)?.length;
		const pageMs = num(p, 'loadMedianMs');
		const nativePageMs = num(native?.result, 'pageMedianMs');
		const pInter = num(p, 'interactionMedianMs');
		const nInter = num(native?.result, 'interactionMedianMs');
		const floor = outcomes[`floor-${size.id}`];
		const f = floor?.result as Result | undefined;
		rows.push(
			row(
				`Floor: bare DuckDB-wasm, ${size.label} sessions ATTACHed, one GROUP BY: navigation → answer (cold)`,
				floor,
				num(f, 'answerMedianMs'),
				ms,
				undefined,
				[
					`(engine ready ${ms(num(f, 'readyMedianMs') ?? NaN)}, second visit ${ms(num(f, 'secondVisitReadyMedianMs') ?? NaN)})`,
					runsNote((f?.answerMs as number[] | undefined)?.length, runs)
				]
					.join(' ')
					.trim()
			),
			row(
				`Mentorship page over ${size.label} sessions: navigation → last answer (cold)`,
				page,
				pageMs,
				ms,
				size.pageGoalMs ? { text: `≤ ${ms(size.pageGoalMs)}`, limit: size.pageGoalMs } : undefined,
				[runsNote(loads, runs), floorNote(pageMs, num(f, 'answerMedianMs'))].join(' ').trim()
			),
			...phaseRows(p),
			// The browser reads back the checked copy kept at upload; native DuckDB has none and checks the file.
			row(`… native DuckDB, the file read and checked (1 thread)`, native, nativePageMs, ms),
			ratioRow(
				`… ratio wasm (from the checked copy) / native (checking), ${size.label} page`,
				page,
				pageMs,
				native,
				nativePageMs
			),
			row(
				`Interaction, ${size.label} sessions (p50)`,
				page,
				pInter,
				ms,
				size.interactionGoalMs
					? { text: `≤ ${ms(size.interactionGoalMs)}`, limit: size.interactionGoalMs }
					: undefined
			),
			row(`… same queries, native DuckDB (1 thread)`, native, nInter, ms),
			ratioRow(`… ratio wasm (with rendering) / native, ${size.label}`, page, pInter, native, nInter)
		);
		const upload = num(p, 'uploadMs');
		const copyMs = num(p, 'checkedCopyMs');
		const copyNote = copyMs === undefined ? '' : `(then its checked copy kept in ${ms(copyMs)})`;
		if (upload !== undefined || page?.status !== 'ok')
			rows.push(
				row(`… loading the ${size.label} file on the Data page, once`, page, upload, ms, undefined, copyNote)
			);
	}
	const largest = sizes.at(-1);
	if (largest) {
		const page = outcomes[`page-${largest.id}`];
		const memory = (page?.result as Result | undefined)?.memory as
			{ totalBytes: number; largestBytes: number } | undefined;
		rows.push(
			row(
				`Browser memory with the ${largest.label} file loaded (all processes, PSS)`,
				page,
				memory?.totalBytes,
				(v) => `${gb(v)} (largest process ${gb(memory?.largestBytes ?? 0)})`,
				{ text: '≤ 2 GB', limit: 2 * 2 ** 30 }
			)
		);
	}
	const upload = outcomes['upload'];
	const u = upload?.result as Result | undefined;
	const uploadBytes = num(u, 'bytes');
	rows.push(
		row(
			`Upload of a ${uploadBytes ? mb(uploadBytes) : '100 MB'} CSV → queryable table (checked + loaded)`,
			upload,
			num(u, 'totalMs'),
			(v) => `${ms(v)} (${ms(num(u, 'checkedMs') ?? NaN)} + ${ms(num(u, 'loadedMs') ?? NaN)})`,
			undefined,
			runsNote(num(u, 'runs'), runs)
		)
	);
	rows.push(...serverRows(outcomes['server']));
	return rows;
}

/** The server section: its large database's page and interaction beside the shipped data's (the floor, same run). */
function serverRows(server: SectionOutcome | undefined): Row[] {
	const r = server?.result as Result | undefined;
	const floor = r?.floor as Result | undefined;
	const large = r?.large as Result | undefined;
	const rows = num(r, 'rows');
	const p95 = num(large, 'interactionP95Ms');
	const label =
		rows === undefined ? 'a large sessions table' : `${(rows / 1e6).toLocaleString('en')} M sessions`;
	const beside = (key: string) => (v: number) => {
		const f = num(floor, key);
		return f === undefined ? ms(v) : `${ms(v)} (floor ${ms(f)}, ×${(v / f).toFixed(2)})`;
	};
	return [
		row(
			`Server mode, Mentorship page over ${label}: navigation → last answer (cold, p50)`,
			server,
			num(large, 'pageMedianMs'),
			beside('pageMedianMs'),
			{ text: '≤ 2 s', limit: 2000 }
		),
		row(
			`Server mode, specialty change over ${label} (p50${p95 === undefined ? '' : `; p95 ${ms(p95)}`})`,
			server,
			num(large, 'interactionMedianMs'),
			beside('interactionMedianMs'),
			{ text: '≤ 300 ms', limit: 300 }
		)
	];
}

/** A Markdown table (prints readably in a terminal and pastes into the README). */
export function markdownTable(rows: readonly Row[]): string {
	const head: Row = { measure: 'measure', value: 'value', goal: 'goal', verdict: 'verdict' };
	const cells = (r: Row) => [r.measure, r.value, r.goal, r.verdict].map((c) => c.replaceAll('|', '\\|'));
	const lines = [head, ...rows].map((r) => `| ${cells(r).join(' | ')} |`);
	lines.splice(1, 0, '| --- | --- | --- | --- |');
	return lines.join('\n');
}

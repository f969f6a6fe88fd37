import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFile } from '../../src/lib/data/loaders';
import { TABLE_NAMES, type OutcomeRow, type TableName } from '../../src/lib/data/program-schema';
import { formatIssue, validateReferences, type ValidTable } from '../../src/lib/data/validate';
import { generateCorps } from './corps';
import { DEFAULT_SEED } from './generate';
import { machineGap, type GapInput } from './places';
import { Rng } from './prng';
import { readReference } from './reference';
import { mentorshipLift } from './results';
import { tablesToCsv, writeLargeSessions } from './write';

let ref: GapInput;
beforeAll(async () => {
	ref = await readReference('data');
});

async function loadDir(dir: string, files: Record<string, string> = {}) {
	const tables: Partial<Record<TableName, ValidTable>> = {};
	const problems: string[] = [];
	for (const t of TABLE_NAMES) {
		const text = files[`${t}.csv`] ?? readFileSync(`${dir}/${t}.csv`, 'utf8');
		const r = await loadFile(text, `${t}.csv`);
		if (r.ok) tables[t] = r as ValidTable;
		else problems.push(...r.issues.map(formatIssue));
	}
	problems.push(...validateReferences(tables as Parameters<typeof validateReferences>[0]).map(formatIssue));
	return { tables, problems };
}

/** Mean over centres of (mean patients treated after mentorship starts) / (mean before). */
function afterOverBefore(outcomes: OutcomeRow[], starts: Map<string, number>): number {
	const ratios: number[] = [];
	for (const [centre, start] of starts) {
		const rows = outcomes.filter((o) => o.centre_id === centre);
		const treated = (o: OutcomeRow) =>
			(o.treated_chemotherapy ?? 0) + (o.treated_surgery ?? 0) + (o.treated_radiotherapy ?? 0);
		const mean = (xs: OutcomeRow[]) => xs.reduce((s, o) => s + treated(o), 0) / xs.length;
		const before = rows.filter((o) => o.year < start);
		const after = rows.filter((o) => o.year >= start);
		if (before.length > 0 && after.length > 0) ratios.push(mean(after) / mean(before));
	}
	return ratios.reduce((s, r) => s + r, 0) / ratios.length;
}

function mentorshipStarts(engagements: { centre_id: string; kind: string; start: string }[]) {
	const starts = new Map<string, number>();
	for (const e of engagements) {
		const y = Number(e.start.slice(0, 4));
		if (e.kind === 'mentorship' && y < (starts.get(e.centre_id) ?? Infinity)) starts.set(e.centre_id, y);
	}
	return starts;
}

describe('pure parts', () => {
	it('mulberry32 is deterministic and uniform enough', () => {
		const a = new Rng(42);
		const b = new Rng(42);
		const xs = Array.from({ length: 10_000 }, () => a.next());
		expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b.next()));
		expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 0.5)).toBeLessThan(0.01);
		expect(new Rng(43).next()).not.toBe(new Rng(42).next());
	});

	it('machine gap follows need = cases × 0.5 / 450 (ESTRO-QUARTS: 4,500 RT patients → 10 machines)', () => {
		expect(machineGap(9000, 0)).toBe(10);
		expect(machineGap(9000, 12)).toBe(0);
	});

	it('lifts outcomes only from the year mentorship starts, and never when effect = 0', () => {
		expect([2018, 2019, 2020, 2030].map((y) => mentorshipLift(y, 2019, 1))).toEqual([0, 0.08, 0.16, 0.4]);
		expect(mentorshipLift(2030, 2019, 0)).toBe(0);
		expect(mentorshipLift(2030, null, 1)).toBe(0);
	});
});

describe('generator', () => {
	it('is deterministic: same seed, same bytes; another seed, other data', () => {
		const a = tablesToCsv(generateCorps(ref, { seed: 5, effect: 1 }).tables);
		const b = tablesToCsv(generateCorps(ref, { seed: 5, effect: 1 }).tables);
		const c = tablesToCsv(generateCorps(ref, { seed: 6, effect: 1 }).tables);
		expect(a).toEqual(b);
		expect(c['sessions.csv']).not.toEqual(a['sessions.csv']);
		expect(c['centres.csv']).not.toEqual(a['centres.csv']);
	});

	it('differs between the variants only in outcomes', () => {
		const one = tablesToCsv(generateCorps(ref, { seed: DEFAULT_SEED, effect: 1 }).tables);
		const zero = tablesToCsv(generateCorps(ref, { seed: DEFAULT_SEED, effect: 0 }).tables);
		for (const name of Object.keys(one)) expect(one[name] === zero[name]).toBe(name !== 'outcomes.csv');
	});

	it('is plausible: sizes, settings, phases, depth flags, open requests, money from every source', () => {
		const { tables } = generateCorps(ref, { seed: DEFAULT_SEED, effect: 1 });
		expect(tables.hubs).toHaveLength(12);
		expect(tables.centres.length).toBeGreaterThanOrEqual(40);
		expect(tables.centres.length).toBeLessThanOrEqual(60);
		expect(tables.centres.filter((c) => c.setting === 'underserved_hic').length).toBeGreaterThanOrEqual(3);
		expect(tables.experts.length).toBeGreaterThanOrEqual(200);
		expect(new Set(tables.centres.map((c) => c.phase))).toEqual(new Set([1, 2, 3, 4, 5]));
		expect(tables.sessions.length).toBeGreaterThan(40_000);
		expect(tables.sessions.length).toBeLessThan(80_000);
		const active = new Map<string, Set<string>>();
		for (const e of tables.engagements)
			if (e.end === null && e.kind === 'mentorship') {
				const k = `${e.centre_id}|${e.specialty}`;
				active.set(k, (active.get(k) ?? new Set()).add(e.expert_id));
			}
		const depths = [...active.values()].map((s) => s.size);
		expect(depths.filter((d) => d < 3).length).toBeGreaterThan(5);
		expect(depths.filter((d) => d >= 3).length).toBeGreaterThan(depths.length / 3);
		expect(tables.requests.some((r) => r.status === 'open')).toBe(true);
		expect(new Set(tables.investments.map((i) => i.source)).size).toBe(4);
		expect(tables.workforce.some((w) => w.admin1_code !== null)).toBe(true);
	});

	it('lets some centres lapse: most, not all, have a session in the last year, and a lapsed one has none after', () => {
		const { tables } = generateCorps(ref, { seed: DEFAULT_SEED, effect: 1 });
		const centreOf = new Map(tables.engagements.map((e) => [e.engagement_id, e.centre_id]));
		const lastSession = new Map<string, string>();
		for (const s of tables.sessions) {
			const centre = centreOf.get(s.engagement_id) ?? '';
			if (s.date > (lastSession.get(centre) ?? '')) lastSession.set(centre, s.date);
		}
		const lapsed = tables.centres.filter((c) => (lastSession.get(c.centre_id) ?? '') < '2025-01-01');
		expect(lapsed.length).toBeGreaterThanOrEqual(3);
		expect(lapsed.length).toBeLessThanOrEqual(tables.centres.length / 4);
		for (const c of lapsed) {
			const open = tables.engagements.filter(
				(e) => e.centre_id === c.centre_id && (e.end ?? '9999') >= '2025-01-01'
			);
			expect(open, c.centre_id).toEqual([]);
		}
	});

	it('names no real radiotherapy centre', async () => {
		const { parquetReadObjects } = await import('hyparquet');
		const b = readFileSync('data/rt_centres.parquet');
		const rows = await parquetReadObjects({
			file: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer,
			columns: ['name']
		});
		const real = new Set(rows.map((r) => String(r.name).toLowerCase()));
		const { tables } = generateCorps(ref, { seed: DEFAULT_SEED, effect: 1 });
		const ours = [...tables.centres, ...tables.hubs].map((x) => x.name.toLowerCase());
		expect(ours.filter((n) => real.has(n))).toEqual([]);
	});
});

describe('committed default data', () => {
	it.each(['data/program', 'data/program/no-effect'])(
		'%s passes the validators, references included',
		async (dir) => {
			const { tables, problems } = await loadDir(dir);
			expect(problems).toEqual([]);
			expect(Object.keys(tables)).toHaveLength(TABLE_NAMES.length);
		}
	);

	it('shows the effect of mentorship in the default and none in the no-effect variant', async () => {
		const one = await loadDir('data/program');
		const zero = await loadDir('data/program/no-effect');
		const starts = mentorshipStarts(
			one.tables.engagements?.rows as { centre_id: string; kind: string; start: string }[]
		);
		expect(starts.size).toBeGreaterThan(30);
		const withEffect = afterOverBefore(one.tables.outcomes?.rows as OutcomeRow[], starts);
		const without = afterOverBefore(zero.tables.outcomes?.rows as OutcomeRow[], starts);
		expect(withEffect).toBeGreaterThan(1.15);
		expect(Math.abs(without - 1)).toBeLessThan(0.02);
	});

	it('writes large session files that reference the default engagements', async () => {
		const { tables } = generateCorps(ref, { seed: DEFAULT_SEED, effect: 1 });
		const path = `${mkdtempSync(`${tmpdir()}/sessions-`)}/sessions.csv`;
		writeLargeSessions(path, tables.engagements, 20_000, DEFAULT_SEED);
		const text = readFileSync(path, 'utf8');
		const r = await loadFile(text, 'sessions.csv');
		expect(r.ok && r.rows.length).toBe(20_000);
		const { tables: def } = await loadDir('data/program');
		const refs = validateReferences({
			engagements: def.engagements as ValidTable<'engagements'>,
			sessions: r as ValidTable<'sessions'>
		});
		expect(refs).toEqual([]);
	});
});

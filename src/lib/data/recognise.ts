/**
 * Which program table a file holds, told by evidence: every table is scored by the share of its columns the header has
 * (after the loader's name normalisation) and by the share of the header's columns that belong to it. A guess is only
 * presented as a recognition when it is clear; otherwise the user is asked, shown the two best scores.
 */
import { PROGRAM_SCHEMA, TABLE_NAMES, type TableName } from './program-schema';
import { isEmpty, normaliseName } from './validate-cells';
import type { TableScore, Recognition } from '../models/upload-report';

export type { TableScore, Recognition };

/** Two candidates closer than this are too close to call. */
export const CLOSE_SCORES = 0.15;

/** The normalised, non-empty names of a header row. */
export function headerNames(header: readonly unknown[]): string[] {
	return header.filter((h) => !isEmpty(h)).map((h) => normaliseName(String(h).replace(/^\uFEFF/, '')));
}

/** Every table's score for a header, best first (ties in schema order). */
export function scoreTables(header: readonly unknown[]): TableScore[] {
	const names = new Set(headerNames(header));
	return TABLE_NAMES.map((table) => {
		const cols = PROGRAM_SCHEMA[table].columns;
		const required = cols.filter((c) => c.required);
		const optional = cols.filter((c) => !c.required);
		const requiredFound = required.filter((c) => names.has(c.name)).length;
		const optionalFound = optional.filter((c) => names.has(c.name)).length;
		const coverage = (2 * requiredFound + optionalFound) / (2 * required.length + optional.length);
		const known = [...names].filter((n) => cols.some((c) => c.name === n)).length;
		const precision = names.size === 0 ? 0 : known / names.size;
		return {
			table,
			score: (coverage + precision) / 2,
			requiredFound,
			requiredTotal: required.length,
			optionalFound,
			optionalTotal: optional.length
		};
	}).sort((a, b) => b.score - a.score);
}

/** Decides from the scores; `named` (a sheet, JSON key or file name) wins whenever it is given. */
export function recognise(header: readonly unknown[], named?: TableName | null): Recognition {
	const all = scoreTables(header);
	const candidates = all.slice(0, 2);
	if (named) {
		const own = all.find((s) => s.table === named) as TableScore;
		return {
			status: 'named',
			table: named,
			candidates: [own, ...candidates.filter((c) => c !== own)].slice(0, 2)
		};
	}
	const [best, second] = candidates;
	if (!best || best.requiredFound + best.optionalFound === 0)
		return { status: 'none', table: null, candidates };
	if (best.requiredFound * 2 < best.requiredTotal)
		return { status: 'ask', reason: 'weak', table: null, candidates };
	if (second && best.score - second.score < CLOSE_SCORES)
		return { status: 'ask', reason: 'close', table: null, candidates };
	return { status: 'recognised', table: best.table, candidates };
}

/** Parsing of single cells against a column specification. Pure; used by `validate.ts`. */
import type { ColumnSpec } from './program-schema';

export type CellResult =
	| { ok: true; value: string | number | boolean | null }
	| {
			ok: false;
			kind: 'type' | 'enum' | 'range' | 'date' | 'pattern';
			suggestion?: string;
			/** Why a number was refused when it looks like one: a formula, NaN/Infinity, or a decimal comma. */
			detail?: NumberProblem;
	  };

export type NumberProblem = 'formula' | 'not_finite' | 'decimal_comma';

const NOT_FINITE = /^[+-]?(nan|inf|infinity|#num!|#div\/0!|#value!|#n\/a)$/i;

/** Why text that should be a number is not one, and the number meant when that is clear ("3,5" → "3.5"). */
export function numberProblem(v: unknown): { detail?: NumberProblem; suggestion?: string } {
	if (typeof v === 'number') return Number.isFinite(v) ? {} : { detail: 'not_finite' };
	if (typeof v !== 'string') return {};
	const s = v.trim();
	if (s.startsWith('=')) return { detail: 'formula' };
	if (NOT_FINITE.test(s)) return { detail: 'not_finite' };
	// "3,5" is 3.5; "1,234" may be a thousands separator, so it gets no suggestion.
	const comma = /^([+-]?\d+),(\d+)$/.exec(s);
	if (comma && (comma[2]?.length !== 3 || /^[+-]?0$/.test(comma[1] ?? '')))
		return { detail: 'decimal_comma', suggestion: `${comma[1]}.${comma[2]}` };
	return {};
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T00:00(?::00(?:\.0+)?)?Z?)?$/;
const patterns = new Map<string, RegExp>();

function regex(p: string): RegExp {
	let r = patterns.get(p);
	if (!r) patterns.set(p, (r = new RegExp(p)));
	return r;
}

/** Lower case, trimmed, with runs of spaces, hyphens or dots made one underscore: "Radiation Oncology" → radiation_oncology. */
export function normaliseName(s: string): string {
	return s
		.trim()
		.toLowerCase()
		.replace(/[\s\-.]+/g, '_');
}

export function isEmpty(v: unknown): boolean {
	return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Text of a raw value as the user typed it, for messages. */
export function shown(v: unknown): string {
	if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'invalid date' : v.toISOString().slice(0, 10);
	const s = String(v);
	return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

export function parseNumber(v: unknown, decimalComma: boolean): number | null {
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v !== 'string') return null;
	let s = v.trim();
	if (decimalComma)
		s = s.replace(/(?<=\d)[\s\u00a0\u202f](?=\d{3}\b)/g, '').replace(/^([+-]?\d*),(\d+)$/, '$1.$2');
	return NUMBER.test(s) ? Number(s) : null;
}

export function parseDate(v: unknown): string | null {
	if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
	if (typeof v !== 'string') return null;
	const m = DATE.exec(v.trim());
	if (!m) return null;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const t = new Date(Date.UTC(y, mo - 1, d));
	return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
		? `${m[1]}-${m[2]}-${m[3]}`
		: null;
}

/** Edit distance counting a swap of neighbours as one edit (optimal string alignment), for "did you mean". */
export function editDistance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
	);
	const at = (i: number, j: number) => d[i]?.[j] ?? Infinity;
	for (let i = 1; i <= a.length; i++) {
		const row = d[i] as number[];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				v = Math.min(v, at(i - 2, j - 2) + 1);
			row[j] = v;
		}
	}
	return at(a.length, b.length);
}

/** The closest candidate within a third of the word's length (at least 1, at most 3 edits), if any. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
	const w = normaliseName(word);
	let best: string | undefined;
	let bestD = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
	for (const c of candidates) {
		const d = c.startsWith(w) || w.startsWith(c) ? Math.min(editDistance(w, c), 2) : editDistance(w, c);
		if (d <= bestD && (best === undefined || d < bestD)) [best, bestD] = [c, d];
	}
	return best;
}

function inRange(n: number, col: ColumnSpec): boolean {
	return (col.min === undefined || n >= col.min) && (col.max === undefined || n <= col.max);
}

function toText(v: unknown): string | null {
	if (typeof v === 'string') return v.trim();
	if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
	if (v instanceof Date) return shown(v);
	return null;
}

/** Parse one non-empty cell. */
export function parseCell(v: unknown, col: ColumnSpec, decimalComma: boolean): CellResult {
	switch (col.type) {
		case 'integer':
		case 'number': {
			const n = parseNumber(v, decimalComma);
			if (n === null) return { ok: false, kind: 'type', ...numberProblem(v) };
			if (col.type === 'integer' && !Number.isInteger(n)) return { ok: false, kind: 'type' };
			return inRange(n, col) ? { ok: true, value: n } : { ok: false, kind: 'range' };
		}
		case 'boolean': {
			if (typeof v === 'boolean') return { ok: true, value: v };
			const s = normaliseName(String(v));
			if (['true', 'yes', '1', 'y'].includes(s)) return { ok: true, value: true };
			if (['false', 'no', '0', 'n'].includes(s)) return { ok: true, value: false };
			return { ok: false, kind: 'type' };
		}
		case 'date': {
			const d = parseDate(v);
			return d === null ? { ok: false, kind: 'date' } : { ok: true, value: d };
		}
		case 'enum': {
			const s = toText(v);
			const values = col.values ?? [];
			const n = s === null ? '' : normaliseName(s);
			if (values.includes(n)) return { ok: true, value: n };
			return { ok: false, kind: 'enum', suggestion: closest(n, values) };
		}
		case 'list': {
			const s = toText(v);
			if (s === null) return { ok: false, kind: 'type' };
			const items = s
				.split(/[;,|]/)
				.map((x) => normaliseName(x))
				.filter((x) => x !== '');
			const bad = items.find(
				(x) => (col.values && !col.values.includes(x)) || (col.pattern && !regex(col.pattern).test(x))
			);
			if (bad !== undefined)
				return { ok: false, kind: 'enum', suggestion: col.values && closest(bad, col.values) };
			return { ok: true, value: items.join(';') };
		}
		default: {
			const s = toText(v);
			if (s === null) return { ok: false, kind: 'type' };
			if (col.pattern) {
				const up = col.upper ? s.toUpperCase() : s;
				return regex(col.pattern).test(up) ? { ok: true, value: up } : { ok: false, kind: 'pattern' };
			}
			return { ok: true, value: s };
		}
	}
}

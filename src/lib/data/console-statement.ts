/**
 * The SQL console's gatekeeper: one read-only statement, or a reason to refuse it. Comments, string literals and quoted
 * names are skipped, so `SELECT 'DROP TABLE x'` passes and `SELECT 1; DROP TABLE x` does not. DuckDB itself is the
 * second wall: the statement runs in a transaction that is always rolled back, with external access off.
 */

export const ALLOWED_FIRST_WORDS = ['SELECT', 'WITH', 'DESCRIBE', 'SUMMARIZE', 'EXPLAIN'] as const;

/** Words that write, reach outside the database or change its settings, refused wherever they stand. */
export const FORBIDDEN_WORDS = [
	'INSERT',
	'UPDATE',
	'DELETE',
	'MERGE',
	'UPSERT',
	'TRUNCATE',
	'CREATE',
	'DROP',
	'ALTER',
	'ATTACH',
	'DETACH',
	'COPY',
	'EXPORT',
	'IMPORT',
	'INSTALL',
	'LOAD',
	'FORCE',
	'SET',
	'RESET',
	'PRAGMA',
	'CALL',
	'CHECKPOINT',
	'VACUUM',
	'BEGIN',
	'COMMIT',
	'ROLLBACK',
	'ABORT',
	'GRANT',
	'REVOKE',
	'USE'
] as const;

export type StatementCheck =
	| { ok: true; text: string }
	| { ok: false; reason: 'empty' }
	| { ok: false; reason: 'multiple' }
	| { ok: false; reason: 'unterminated' }
	| { ok: false; reason: 'not_allowed'; word: string }
	| { ok: false; reason: 'forbidden'; word: string };

interface Scan {
	words: string[];
	/** Index in the text of each statement-ending semicolon. */
	semicolons: number[];
	/** Words seen after the first semicolon. */
	wordsAfterSemicolon: number;
	unterminated: boolean;
}

function scan(text: string): Scan {
	const out: Scan = { words: [], semicolons: [], wordsAfterSemicolon: 0, unterminated: false };
	let i = 0;
	const closeAt = (end: string, from: number, doubled: boolean) => {
		let j = from;
		for (;;) {
			const k = text.indexOf(end, j);
			if (k < 0) return -1;
			if (doubled && text.startsWith(end + end, k)) j = k + 2 * end.length;
			else return k + end.length;
		}
	};
	while (i < text.length) {
		const ch = text[i] as string;
		let next = -2;
		if (text.startsWith('--', i)) next = (text.indexOf('\n', i) + 1 || text.length + 1) - 1;
		else if (text.startsWith('/*', i)) next = closeAt('*/', i + 2, false);
		else if (ch === "'") next = closeAt("'", i + 1, true);
		else if (ch === '"') next = closeAt('"', i + 1, true);
		else if (ch === '$') {
			const tag = /^\$[A-Za-z_]*\$/.exec(text.slice(i))?.[0];
			if (tag) next = closeAt(tag, i + tag.length, false);
		}
		if (next === -1) {
			out.unterminated = true;
			return out;
		}
		if (next >= 0) {
			if (out.semicolons.length > 0 && (ch === "'" || ch === '"' || ch === '$')) out.wordsAfterSemicolon++;
			i = next;
			continue;
		}
		const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 64))?.[0];
		if (word) {
			out.words.push(word.toUpperCase());
			if (out.semicolons.length > 0) out.wordsAfterSemicolon++;
			i += word.length;
			continue;
		}
		if (ch === ';') out.semicolons.push(i);
		else if (!/\s/.test(ch) && out.semicolons.length > 0) out.wordsAfterSemicolon++;
		i++;
	}
	return out;
}

/** Whether the console may run `text`, and the statement to run (trimmed, without its final semicolon). */
export function checkStatement(text: string): StatementCheck {
	const s = scan(text);
	if (s.unterminated) return { ok: false, reason: 'unterminated' };
	if (s.words.length === 0) return { ok: false, reason: 'empty' };
	const forbidden = s.words.find((w) => (FORBIDDEN_WORDS as readonly string[]).includes(w));
	if (forbidden) return { ok: false, reason: 'forbidden', word: forbidden };
	if (s.wordsAfterSemicolon > 0) return { ok: false, reason: 'multiple' };
	const first = s.words[0] as string;
	if (!(ALLOWED_FIRST_WORDS as readonly string[]).includes(first))
		return { ok: false, reason: 'not_allowed', word: first };
	const end = s.semicolons[0] ?? text.length;
	return { ok: true, text: text.slice(0, end).trim() };
}

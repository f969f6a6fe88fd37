/**
 * Matches the rows of a user's admin-1 file (by ISO 3166-2 code or by name) to a country's admin-1 units,
 * tolerating case, accents, punctuation, generic words ("State", "Province") and small spelling differences.
 */

export interface UnitName {
	code: string;
	name: string;
}

/** How a row found its unit: its code, its name as written (folded), or a name within a small edit distance. */
export type MatchMethod = 'code' | 'name' | 'spelling';

export interface RowMatch {
	/** Index of the row in the file (0 = first data row). */
	row: number;
	code: string;
	method: MatchMethod;
}

export interface RowUnmatched {
	row: number;
	/** What the row gave, as written. */
	text: string;
	/** The closest units by name, best first (at most three). */
	suggestions: UnitName[];
}

export interface Admin1MatchResult {
	matched: RowMatch[];
	unmatched: RowUnmatched[];
	/** Units that more than one row matched: the rows are listed so the user can fix the file. */
	duplicates: { code: string; rows: number[] }[];
}

const genericWords = new Set([
	'state',
	'province',
	'region',
	'county',
	'district',
	'department',
	'departement',
	'governorate',
	'oblast',
	'prefecture',
	'division',
	'territory',
	'of',
	'the',
	'de',
	'du',
	'des',
	'la',
	'le',
	'etat',
	'provincia',
	'estado',
	'regiao'
]);

/**
 * A name reduced to what identifies it: no accents, lower case, punctuation as spaces, "&" as "and",
 * "saint"/"st." as "st", generic words dropped.
 *
 * @example foldName('Région du Centre-Nord') // 'centre nord'
 */
export function foldName(name: string, keepGeneric = false): string {
	const words = name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replaceAll('&', ' and ')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.split(' ')
		.filter(Boolean)
		.map((w) => (w === 'saint' ? 'st' : w));
	const kept = keepGeneric ? words : words.filter((w) => !genericWords.has(w));
	return (kept.length > 0 ? kept : words).join(' ');
}

/** A code with only its letters and digits, upper case: "ke-110", "KE 110" and "KE110" agree. */
const foldCode = (code: string): string => code.replace(/[^A-Za-z0-9]/g, '').toUpperCase();

/** Levenshtein edit distance. */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/** Edits allowed for a spelling variant: one per five letters, at least one; distances are in these units. */
const allowedEdits = (folded: string): number => Math.max(1, Math.floor(folded.length / 5));

/**
 * Matches each row to a unit: by code first (when the row has one), then by folded name, then by a unique
 * closest name within the allowed edits. Rows with neither code nor name are unmatched with no suggestion.
 *
 * @example matchAdmin1([{ name: 'Rift valley province' }], [{ code: 'KE-700', name: 'Rift Valley' }])
 * // { matched: [{ row: 0, code: 'KE-700', method: 'name' }], unmatched: [], duplicates: [] }
 */
export function matchAdmin1(
	rows: readonly { code?: string | null; name?: string | null }[],
	units: readonly UnitName[]
): Admin1MatchResult {
	const byCode = new Map(units.map((u) => [foldCode(u.code), u]));
	const folded = units.map((u) => ({ unit: u, key: foldName(u.name), full: foldName(u.name, true) }));
	const byName = new Map<string, UnitName[]>();
	for (const { unit, key } of folded) byName.set(key, [...(byName.get(key) ?? []), unit]);

	const matched: RowMatch[] = [];
	const unmatched: RowUnmatched[] = [];
	rows.forEach((row, index) => {
		const code = row.code?.trim() ?? '';
		const name = row.name?.trim() ?? '';
		const unitByCode = code ? byCode.get(foldCode(code)) : undefined;
		if (unitByCode) return void matched.push({ row: index, code: unitByCode.code, method: 'code' });
		if (!name) return void unmatched.push({ row: index, text: code, suggestions: [] });
		const key = foldName(name);
		const exact = byName.get(key);
		if (exact?.length === 1 && exact[0])
			return void matched.push({ row: index, code: exact[0].code, method: 'name' });
		const full = foldName(name, true);
		// Edits measured on the short and the full forms, each against its own allowance, so "Teritory" still counts.
		const ranked = folded
			.map((f) => ({
				unit: f.unit,
				distance: Math.min(
					editDistance(key, f.key) / allowedEdits(key),
					editDistance(full, f.full) / allowedEdits(full)
				)
			}))
			.sort((a, b) => a.distance - b.distance || a.unit.name.localeCompare(b.unit.name));
		const [best, second] = ranked;
		if (best && best.distance <= 1 && (!second || second.distance > best.distance))
			return void matched.push({ row: index, code: best.unit.code, method: 'spelling' });
		unmatched.push({ row: index, text: name || code, suggestions: ranked.slice(0, 3).map((r) => r.unit) });
	});

	const rowsByCode = new Map<string, number[]>();
	for (const m of matched) rowsByCode.set(m.code, [...(rowsByCode.get(m.code) ?? []), m.row]);
	const duplicates = [...rowsByCode]
		.filter(([, list]) => list.length > 1)
		.map(([code, list]) => ({ code, rows: list }));
	return { matched, unmatched, duplicates };
}

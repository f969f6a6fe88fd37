/**
 * Whether a new admin-1 figures file should replace the loaded one without asking: a file that matches no unit, or
 * far fewer than the file it would replace, is probably a mistake (a wrong country, a wrong column, a mangled export).
 */
import { matchAdmin1, type UnitName } from './admin1-match';

/** Units a file's rows match, each counted once. */
export function unitsMatched(
	rows: readonly { code?: string | null; name?: string | null }[],
	units: readonly UnitName[]
): number {
	return new Set(matchAdmin1(rows, units).matched.map((r) => r.code)).size;
}

/**
 * True when `matched` units is none, or under half of `previousMatched` (null: nothing loaded). Half, because a file
 * for some regions only is a fair replacement; a file for almost none is not.
 *
 * @example isWorse(0, null, 37) // true · isWorse(20, 37, 37) // false · isWorse(3, 37, 37) // true
 */
export function isWorse(matched: number, previousMatched: number | null, total: number): boolean {
	if (total === 0) return false;
	if (matched === 0) return true;
	return previousMatched !== null && matched * 2 < previousMatched;
}

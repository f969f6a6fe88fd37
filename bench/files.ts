/**
 * The large sessions files the benchmark reads, generated on first use into bench/.cache/ (ignored by git) with the
 * program generator's default seed: the same rows on every machine, over the engagements of the embedded default, so
 * every row passes the app's checks. A file is written under a temporary name and renamed when complete, so a run
 * stopped while writing never leaves a short file that a later run would take for the real one.
 */
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { generateCorps } from '../data/program/corps';
import { DEFAULT_SEED } from '../data/program/generate';
import { readReference } from '../data/program/reference';
import { writeLargeSessions } from '../data/program/write';

export const CACHE_DIR = 'bench/.cache';

/** Rows of the upload file: about 41.5 bytes a row, so just over 100 MB (10^8 bytes). */
export const UPLOAD_ROWS = 2_420_000;

/** The file's name says its table, as a user's would: the app guesses the table from the name. */
export function sessionsPath(rows: number): string {
	return `${CACHE_DIR}/sessions-${rows}.csv`;
}

/** The path of a generated sessions file of `rows` rows, writing it first if it is not there yet. */
export async function ensureSessions(
	rows: number
): Promise<{ path: string; bytes: number; generatedMs: number }> {
	const path = sessionsPath(rows);
	if (existsSync(path)) return { path, bytes: statSync(path).size, generatedMs: 0 };
	mkdirSync(CACHE_DIR, { recursive: true });
	const t0 = performance.now();
	const { tables } = generateCorps(await readReference('data'), { seed: DEFAULT_SEED, effect: 1 });
	const partial = `${path}.partial`;
	const bytes = writeLargeSessions(partial, tables.engagements, rows, DEFAULT_SEED);
	renameSync(partial, path);
	return { path, bytes, generatedMs: performance.now() - t0 };
}

/**
 * Backups: `EXPORT DATABASE` to Parquet, one folder per run under the backup directory, the oldest removed past
 * `keep`; a daily run at the configured UTC hour. Restore builds a new database file from one folder with
 * `IMPORT DATABASE`, with the server stopped (`npm run serve:restore -- <folder>`).
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerConfig } from './config';
import type { Database } from './database';

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Folder names sort by time: `2026-12-08T02-00-00Z`. */
function folderName(now: Date): string {
	return now
		.toISOString()
		.replace(/\.\d+Z$/, 'Z')
		.replaceAll(':', '-');
}

export async function exportBackup(db: Database, config: ServerConfig, now = new Date()): Promise<string> {
	const folder = join(config.backup.directory, folderName(now));
	const connection = await db.instance.connect();
	try {
		await connection.run(`EXPORT DATABASE ${quote(folder)} (FORMAT parquet)`);
	} finally {
		connection.closeSync();
	}
	const runs = readdirSync(config.backup.directory)
		.filter((f) => /^\d{4}-\d\d-\d\dT/.test(f))
		.sort();
	for (const old of runs.slice(0, Math.max(0, runs.length - config.backup.keep)))
		rmSync(join(config.backup.directory, old), { recursive: true, force: true });
	return folder;
}

/** Milliseconds from `now` to the next `hourUtc`:00 UTC. */
export function untilNextRun(now: Date, hourUtc: number): number {
	const next = new Date(now);
	next.setUTCHours(hourUtc, 0, 0, 0);
	if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
	return next.getTime() - now.getTime();
}

/** Starts the daily export; returns the function that stops it. */
export function scheduleBackups(db: Database, config: ServerConfig, log: (line: string) => void): () => void {
	const hour = config.backup.hourUtc;
	if (hour === null) return () => undefined;
	let timer: ReturnType<typeof setTimeout>;
	const arm = () => {
		timer = setTimeout(
			() => {
				exportBackup(db, config)
					.then((folder) => log(`backup written to ${folder}`))
					.catch((error: unknown) => log(`backup failed: ${(error as Error).message}`))
					.finally(arm);
			},
			untilNextRun(new Date(), hour)
		);
		timer.unref();
	};
	arm();
	return () => clearTimeout(timer);
}

/**
 * Replaces the database file with one imported from a backup folder; the old file is kept beside it as
 * `<file>.before-restore`. Run with the server stopped.
 */
export async function restoreBackup(folder: string, databaseFile: string): Promise<void> {
	if (!existsSync(join(folder, 'schema.sql')))
		throw new Error(`${folder} is not a backup folder (no schema.sql)`);
	const fresh = `${databaseFile}.restoring`;
	rmSync(fresh, { force: true });
	const instance = await DuckDBInstance.create(fresh);
	const connection = await instance.connect();
	try {
		await connection.run(`IMPORT DATABASE ${quote(folder)}`);
		await connection.run('CHECKPOINT');
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
	if (existsSync(databaseFile)) renameSync(databaseFile, `${databaseFile}.before-restore`);
	renameSync(fresh, databaseFile);
}

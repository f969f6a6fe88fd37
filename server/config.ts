/**
 * The server's settings: a JSON file (`ATLAS_CONFIG`, default `server/atlas.config.json`) over these defaults. Paths are
 * relative to the repository; the default data folder `server-data/` is ignored by git.
 */
import { readFileSync, existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

export interface ServerConfig {
	port: number;
	host: string;
	/** The built app (`vite build`). */
	appDir: string;
	/** The DuckDB file; created from the shipped data in `data/` on first start. */
	databaseFile: string;
	/** Where DuckDB spills what does not fit in `memoryLimit`. */
	tempDirectory: string;
	memoryLimit: string;
	threads: number;
	/** A statement still running after this long is interrupted. */
	statementTimeoutMs: number;
	/** A named query answering more rows than this is refused; the console cuts its answer here instead. */
	maxResultRows: number;
	/** Requests per user (or per address before login) per minute. */
	rateLimitPerMinute: number;
	/** `null`: no accounts, everyone reads as a viewer of every country (a public dashboard); nobody can write. */
	accountsFile: string | null;
	sessionHours: number;
	/** Cookies marked `Secure`: set false only for plain-HTTP tests on localhost. */
	secureCookies: boolean;
	backup: { directory: string; hourUtc: number | null; keep: number };
	maxUploadBytes: number;
}

export const defaultConfig: ServerConfig = {
	port: 8306,
	host: '127.0.0.1',
	appDir: 'build',
	databaseFile: 'server-data/atlas.duckdb',
	tempDirectory: 'server-data/tmp',
	memoryLimit: '4GB',
	threads: availableParallelism(),
	statementTimeoutMs: 30_000,
	maxResultRows: 500_000,
	rateLimitPerMinute: 600,
	accountsFile: null,
	sessionHours: 12,
	secureCookies: true,
	backup: { directory: 'server-data/backups', hourUtc: 2, keep: 7 },
	maxUploadBytes: 200 * 1024 * 1024
};

/** The settings in force: defaults, then the file, then `overrides` (tests); paths made absolute. */
export function loadConfig(
	overrides: Partial<ServerConfig> = {},
	file = process.env.ATLAS_CONFIG
): ServerConfig {
	const path = file ?? 'server/atlas.config.json';
	const fromFile: Partial<ServerConfig> = existsSync(path)
		? (JSON.parse(readFileSync(path, 'utf8')) as Partial<ServerConfig>)
		: {};
	const merged: ServerConfig = { ...defaultConfig, ...fromFile, ...overrides };
	merged.backup = { ...defaultConfig.backup, ...fromFile.backup, ...overrides.backup };
	return {
		...merged,
		appDir: resolve(merged.appDir),
		databaseFile: resolve(merged.databaseFile),
		tempDirectory: resolve(merged.tempDirectory),
		accountsFile: merged.accountsFile === null ? null : resolve(merged.accountsFile),
		backup: { ...merged.backup, directory: resolve(merged.backup.directory) }
	};
}

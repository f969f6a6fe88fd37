/** `npm run serve`: opens (or builds) the shared database, serves the built app and its API, backs up nightly. */
import { createAtlasServer } from './app';
import { scheduleBackups } from './backup';
import { loadConfig } from './config';
import { openDatabase } from './database';
import { readTemplates } from './statements';

// ATLAS_PORT overrides the file's port (the browser tests run their own server beside others).
const config = loadConfig(process.env.ATLAS_PORT ? { port: Number(process.env.ATLAS_PORT) } : {});
const log = (line: string) => console.log(`[atlas] ${new Date().toISOString()} ${line}`);
const db = await openDatabase(config);
const atlas = createAtlasServer(config, db, readTemplates());
const stopBackups = scheduleBackups(db, config, log);
const port = await atlas.listen();
log(
	`serving ${config.appDir} on http://${config.host}:${port} · database ${config.databaseFile} · ` +
		`${config.threads} threads, memory ${config.memoryLimit} · ${config.accountsFile ? 'accounts on' : 'public, read-only'}`
);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.on(signal, () => {
		stopBackups();
		void atlas.close().finally(() => {
			db.close();
			process.exit(0);
		});
	});

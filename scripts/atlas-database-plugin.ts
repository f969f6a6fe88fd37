/**
 * The shipped DuckDB database (data/scripts/database.ts) as a fingerprinted file of the build: written from data/ when
 * missing or older than its sources, then emitted like DuckDB's wasm, so HTTP caches and the service worker keep it
 * until the data changes. Import `virtual:atlas-database-url` for its URL.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { DATABASE_FILE, databaseOutdated, writeAtlasDatabase } from '../data/scripts/database';

const ID = 'virtual:atlas-database-url';
const RESOLVED = `\0${ID}`;
const DEV_PATH = `/@${DATABASE_FILE}`;

export function atlasDatabase(dataDir = path.resolve('data')): Plugin {
	const file = path.join(dataDir, DATABASE_FILE);
	let serve = false;
	let written: Promise<void> | null = null;
	const ensure = () =>
		(written ??= databaseOutdated(dataDir, file)
			? writeAtlasDatabase(dataDir, file).then(() => undefined)
			: Promise.resolve());
	return {
		name: 'icec-atlas-database',
		configResolved(config) {
			serve = config.command === 'serve';
		},
		configureServer(server) {
			server.middlewares.use(DEV_PATH, (_request, response, next) => {
				ensure().then(() => {
					response.setHeader('content-type', 'application/octet-stream');
					response.end(readFileSync(file));
				}, next);
			});
		},
		resolveId(id) {
			return id === ID ? RESOLVED : undefined;
		},
		async load(id) {
			if (id !== RESOLVED) return undefined;
			if (serve) return `export default ${JSON.stringify(DEV_PATH)};`;
			await ensure();
			this.addWatchFile(file);
			const ref = this.emitFile({ type: 'asset', name: DATABASE_FILE, source: readFileSync(file) });
			return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
		}
	};
}

/**
 * DuckDB-wasm's eh worker, served with one change so that Chrome keeps the compiled engine between visits.
 *
 * DuckDB-wasm 1.32 compiles its 33 MB module with `instantiateStreaming`, but on `new Response(body.pipeThrough(…))`
 * (to report download progress). Such a response has no place in the HTTP cache, so Chrome compiles the module again
 * on every visit. The change hands `instantiateStreaming` the response `fetch()` returned, from the module's stable,
 * fingerprinted URL, and counts the progress on a clone. A patch file would be the usual way, but the worker is one
 * minified line of 770 KB: the patch would be 1.5 MB and unreadable, while this replacement is one line to review and
 * fails the build if a new version of the package no longer has it.
 *
 * Import `virtual:duckdb-eh-worker-url` for the worker's URL.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const ID = 'virtual:duckdb-eh-worker-url';
const RESOLVED = `\0${ID}`;
const DEV_PATH = '/@duckdb-eh-worker.js';

/** The progress-wrapped response in DuckDB-wasm 1.32.0's eh worker, and what replaces it. */
export const WRAPPED = 'return new Response((g=c.body)==null?void 0:g.pipeThrough(m),c)})();';
export const KEPT =
	'return(g=c.clone().body)==null||g.pipeThrough(m).pipeTo(new WritableStream).catch(()=>{}),c})();';

/**
 * Started as the worker's script runs, when its URL says which engine to compile (`#engine=<wasm URL>`, set by db.ts):
 * the download and compilation no longer wait for the page to import DuckDB's JavaScript and ask for them. Still
 * `compileStreaming` on `fetch()`'s own response, so Chrome's code cache applies as before.
 */
export const EARLY_COMPILE =
	'self.__icecEngineUrl=new URLSearchParams(self.location.hash.slice(1)).get("engine");' +
	'self.__icecEngine=self.__icecEngineUrl&&WebAssembly.compileStreaming?WebAssembly.compileStreaming(fetch(self.__icecEngineUrl)):null;' +
	'self.__icecEngine&&self.__icecEngine.catch(()=>{});\n';
/** Where DuckDB's loader asks for the module, and the early compilation used there (its own way if that failed). */
export const INSTANTIATE = 'instantiateWasm(e,t){globalThis.DUCKDB_RUNTIME=this._runtime;';
export const INSTANTIATE_EARLY =
	INSTANTIATE +
	'if(self.__icecEngine&&this.mainModuleURL===self.__icecEngineUrl){let k=self.__icecEngine;self.__icecEngine=null;' +
	'k.then(m=>WebAssembly.instantiate(m,e).then(i=>t(i,m)),()=>this.instantiateWasm(e,t));return[]}';

function replaceOnce(source: string, from: string, to: string, what: string): string {
	const found = source.split(from).length - 1;
	if (found !== 1)
		throw new Error(
			`DuckDB-wasm's worker has ${found} ${what}, not 1: check scripts/duckdb-worker-plugin.ts against this version`
		);
	return source.replace(from, to);
}

/** The worker's source compiling its engine as soon as it starts; throws when the expected code is not found once. */
export function compileAtOnce(source: string): string {
	return EARLY_COMPILE + replaceOnce(source, INSTANTIATE, INSTANTIATE_EARLY, 'module loaders');
}

/** The worker's source with the compiled module's response kept; throws when the expected code is not found once. */
export function keepCompiledModule(source: string): string {
	return replaceOnce(source, WRAPPED, KEPT, 'progress-wrapped module responses');
}

function workerSource(): string {
	const file = createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js');
	return compileAtOnce(keepCompiledModule(readFileSync(file, 'utf8')));
}

export function duckdbWorker(): Plugin {
	let serve = false;
	return {
		name: 'icec-duckdb-worker',
		configResolved(config) {
			serve = config.command === 'serve';
		},
		configureServer(server) {
			server.middlewares.use(DEV_PATH, (_request, response) => {
				response.setHeader('content-type', 'text/javascript');
				response.end(workerSource());
			});
		},
		resolveId(id) {
			return id === ID ? RESOLVED : undefined;
		},
		load(id) {
			if (id !== RESOLVED) return undefined;
			if (serve) return `export default ${JSON.stringify(DEV_PATH)};`;
			const ref = this.emitFile({
				type: 'asset',
				name: 'duckdb-browser-eh.worker.js',
				source: workerSource()
			});
			return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
		}
	};
}

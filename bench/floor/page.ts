/// <reference types="vite/client" />
/**
 * The benchmark's floor, in the browser: the least any page over the same rows can do. It only starts DuckDB-wasm
 * (its own loader, single-threaded eh build), fetches the DuckDB file meanwhile, ATTACHes it read-only and runs one
 * GROUP BY. Built by bench/floor.ts with Vite, as the app is; marks `floor-ready` (engine open) and `floor-answer` (the GROUP BY's rows).
 */
import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

async function run(): Promise<void> {
	const file = fetch('sessions.duckdb').then((r) => {
		if (!r.ok) throw new Error(`sessions.duckdb: HTTP ${r.status}`);
		return r.arrayBuffer();
	});
	const db = new AsyncDuckDB(new VoidLogger(), new Worker(workerUrl));
	await db.instantiate(new URL(wasmUrl, location.href).href);
	await db.open({ path: ':memory:', query: { castBigIntToDouble: true } });
	performance.mark('floor-ready');
	await db.registerFileBuffer('sessions.duckdb', new Uint8Array(await file));
	const connection = await db.connect();
	await connection.query(`ATTACH 'sessions.duckdb' AS s (READ_ONLY)`);
	const answer = await connection.query(
		`SELECT mode, year(date) AS year, count(*) AS sessions, sum(hours) AS hours
		 FROM s.sessions GROUP BY ALL ORDER BY ALL`
	);
	performance.mark('floor-answer');
	document.body.dataset.rows = String(answer.numRows);
	document.body.dataset.state = 'ready';
}

run().catch((error: unknown) => {
	document.body.dataset.state = 'failed';
	document.body.textContent = error instanceof Error ? error.message : String(error);
});

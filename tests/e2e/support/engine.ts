import { expect, type Page, type Worker } from '@playwright/test';

/** The app's DuckDB worker (the one the page started; the maps' workers are others). */
export async function duckdbWorker(page: Page): Promise<Worker> {
	await expect.poll(() => page.workers().some((w) => w.url().includes('duckdb'))).toBe(true);
	const worker = page.workers().find((w) => w.url().includes('duckdb'));
	if (!worker) throw new Error('no DuckDB worker');
	return worker;
}

/**
 * Runs SQL on the app's own DuckDB instance from inside its worker, on a fresh connection, as the worker's message
 * protocol would for the page: nothing in the app's code is involved, so the console's statement check is not either.
 * The settings that lock DuckDB down are per database, so they apply to this connection as to the app's.
 * Returns the error DuckDB gave, or null when the statement ran.
 */
export async function runInsideWorker(worker: Worker, statement: string): Promise<string | null> {
	return worker.evaluate(async (text) => {
		type Reply = { requestId: number; type: string; data: unknown };
		const scope = globalThis as unknown as {
			onmessage: (event: { data: unknown }) => Promise<void>;
			postMessage: (message: Reply, transfer?: unknown) => void;
		};
		const original = scope.postMessage;
		const ask = (messageId: number, type: string, data: unknown) =>
			new Promise<Reply>((resolve) => {
				scope.postMessage = (message) => {
					if (message.requestId === messageId) resolve(message);
					else original.call(globalThis, message);
				};
				void scope.onmessage({ data: { messageId, type, data } });
			}).finally(() => (scope.postMessage = original));
		const connection = await ask(900_001, 'CONNECT', null);
		if (connection.type !== 'CONNECTION_INFO') return `could not connect: ${String(connection.data)}`;
		const reply = await ask(900_002, 'RUN_QUERY', [connection.data, text]);
		await ask(900_003, 'DISCONNECT', connection.data);
		const data = reply.data as { message?: string } | string;
		return reply.type === 'ERROR' ? (typeof data === 'string' ? data : String(data.message)) : null;
	}, statement);
}

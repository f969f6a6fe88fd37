import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { KEPT, keepCompiledModule, WRAPPED } from './duckdb-worker-plugin';

const installed = readFileSync(
	createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js'),
	'utf8'
);

describe('keepCompiledModule', () => {
	it("hands instantiateStreaming fetch()'s own response in the installed DuckDB-wasm worker", () => {
		const kept = keepCompiledModule(installed);
		expect(kept).not.toContain(WRAPPED);
		expect(kept.split(KEPT)).toHaveLength(2);
		expect(kept.length - installed.length).toBe(KEPT.length - WRAPPED.length);
	});
	it('fails when the worker no longer has the expected code', () => {
		expect(() => keepCompiledModule('self.onmessage = () => {}')).toThrow(/0 progress-wrapped/);
	});
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
	compileAtOnce,
	EARLY_COMPILE,
	INSTANTIATE,
	INSTANTIATE_EARLY,
	KEPT,
	keepCompiledModule,
	WRAPPED
} from './duckdb-worker-plugin';

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

describe('compileAtOnce', () => {
	it('starts compiling as the worker starts, and the loader uses that module', () => {
		const early = compileAtOnce(keepCompiledModule(installed));
		expect(early.startsWith(EARLY_COMPILE)).toBe(true);
		expect(early.split(INSTANTIATE_EARLY)).toHaveLength(2);
		// The loader's own way stays, for a worker started without an engine URL or an early compilation that failed.
		expect(early).toContain(KEPT);
	});
	it('fails when the worker no longer has the expected loader', () => {
		expect(() => compileAtOnce('self.onmessage = () => {}')).toThrow(/0 module loaders/);
		expect(() => compileAtOnce(INSTANTIATE + INSTANTIATE)).toThrow(/2 module loaders/);
	});
});

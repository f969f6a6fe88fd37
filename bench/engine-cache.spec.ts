import { describe, expect, it } from 'vitest';
import { readEngineTrace, type TraceEvent } from './engine-cache';

const engine = 'http://127.0.0.1:4199/_app/immutable/assets/duckdb-eh.9ubY-jlA.wasm';
const lazy = (n: number): TraceEvent[] => Array.from({ length: n }, () => ({ name: 'wasm.CompileLazy' }));

describe('readEngineTrace', () => {
	it('a cold visit: thousands of lazy compilations, the compiled module written, no hit', () => {
		const trace = readEngineTrace([
			{ name: 'v8.wasm.streamFromResponseCallback' },
			...lazy(6577),
			{ name: 'v8.wasm.compiledModule', args: { url: engine } },
			{ name: 'v8.wasm.cachedModule', args: { producedCacheSize: 1545948 } }
		]);
		expect(trace).toEqual({
			cacheHit: false,
			consumedBytes: 0,
			cachedBytes: 1545948,
			lazyCompilations: 6577
		});
	});

	it('a second visit that reused the compiled module', () => {
		const trace = readEngineTrace([
			{ name: 'v8.wasm.moduleCacheHit', args: { url: engine, consumedCacheSize: 1545980 } },
			{ name: 'wasm.Deserialize' }
		]);
		expect(trace).toEqual({ cacheHit: true, consumedBytes: 1545980, cachedBytes: 0, lazyCompilations: 0 });
	});

	it('a cached module V8 refused, or one of another file, is no hit', () => {
		expect(
			readEngineTrace([
				{ name: 'v8.wasm.moduleCacheHit', args: { url: engine, consumedCacheSize: 10 } },
				{ name: 'v8.wasm.moduleCacheInvalidDigest' }
			]).cacheHit
		).toBe(false);
		expect(
			readEngineTrace([
				{ name: 'v8.wasm.moduleCacheHit', args: { url: 'http://x/other.wasm', consumedCacheSize: 10 } }
			]).cacheHit
		).toBe(false);
	});

	it('an empty trace says nothing was cached or compiled', () => {
		expect(readEngineTrace([])).toEqual({
			cacheHit: false,
			consumedBytes: 0,
			cachedBytes: 0,
			lazyCompilations: 0
		});
	});
});

import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { WARMED_KEY, warmUpOnce, warmUpStatements, type WarmUpDeps } from './engine-warmup';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { values: Map<string, string> } {
	const values = new Map<string, string>();
	return {
		values,
		getItem: (key) => values.get(key) ?? null,
		setItem: (key, value) => void values.set(key, value)
	};
}

function deps(overrides: Partial<WarmUpDeps> = {}): WarmUpDeps & { ran: string[]; idles: number } {
	const result = {
		ran: [] as string[],
		idles: 0,
		run: async (statement: string) => void result.ran.push(statement),
		idle: async () => void result.idles++,
		storage: memoryStorage(),
		engineUrl: '/_app/immutable/assets/duckdb-eh.abc.wasm',
		...overrides
	};
	return result;
}

describe('warmUpOnce', () => {
	it('runs every statement, each after an idle moment, then remembers the engine build', async () => {
		const d = deps();
		expect(await warmUpOnce(d)).toBe(true);
		expect(d.ran).toEqual([...warmUpStatements]);
		expect(d.idles).toBe(warmUpStatements.length);
		expect(d.storage?.getItem(WARMED_KEY)).toBe(d.engineUrl);
	});

	it('does nothing for a build already warmed up, and warms a new build again', async () => {
		const storage = memoryStorage();
		storage.setItem(WARMED_KEY, '/_app/immutable/assets/duckdb-eh.abc.wasm');
		const same = deps({ storage });
		expect(await warmUpOnce(same)).toBe(false);
		expect(same.ran).toEqual([]);
		const next = deps({ storage, engineUrl: '/_app/immutable/assets/duckdb-eh.def.wasm' });
		expect(await warmUpOnce(next)).toBe(true);
		expect(next.ran).toHaveLength(warmUpStatements.length);
		expect(storage.getItem(WARMED_KEY)).toBe('/_app/immutable/assets/duckdb-eh.def.wasm');
	});

	it('runs on every visit where storage is refused', async () => {
		const d = deps({ storage: null });
		expect(await warmUpOnce(d)).toBe(true);
		expect(await warmUpOnce(d)).toBe(true);
		expect(d.ran).toHaveLength(2 * warmUpStatements.length);
	});

	it('does not remember a warm-up cut short by a failed statement', async () => {
		const storage = memoryStorage();
		const d = deps({
			storage,
			run: async (statement) => {
				if (statement === warmUpStatements[2]) throw new Error('engine restarted');
			}
		});
		await expect(warmUpOnce(d)).rejects.toThrow('engine restarted');
		expect(storage.values.has(WARMED_KEY)).toBe(false);
	});

	it('every statement runs on DuckDB 1.4.3 with external access off (no file, no network, no extension)', async () => {
		const instance = await DuckDBInstance.create(':memory:');
		const connection = await instance.connect();
		await connection.run('SET autoinstall_known_extensions = false');
		await connection.run('SET autoload_known_extensions = false');
		await connection.run('SET enable_external_access = false');
		for (const statement of warmUpStatements) {
			const reader = await connection.runAndReadAll(statement);
			expect(reader.getRows().length, statement).toBeGreaterThan(0);
		}
		connection.closeSync();
		instance.closeSync();
	});
});

import { describe, expect, it } from 'vitest';
import { sql, type QueryFn, type SqlQuery } from '$lib/data/sql';
import { LatestInteraction } from './interactions';

/** A database whose answers the test releases by hand; it records every query it received. */
function manualDatabase() {
	const received: string[] = [];
	const waiting: (() => void)[] = [];
	const query: QueryFn = <T extends object>(q: SqlQuery) => {
		received.push(String(q.params[0]));
		return new Promise<T[]>((resolve) => waiting.push(() => resolve([{ v: q.params[0] } as T])));
	};
	const releaseAll = async () => {
		for (let i = 0; i < 20; i++) {
			await new Promise((r) => setTimeout(r, 0));
			if (waiting.length === 0) return;
			waiting.splice(0).forEach((r) => r());
		}
	};
	return { query, received, releaseAll };
}

/** An interaction of three queries, sent together as the view's loaders do (Promise.all). */
const threeQueries = (key: string, query: QueryFn) =>
	Promise.all([1, 2, 3].map((i) => query(sql`SELECT ${`${key}.${i}`} AS v`)));

describe('LatestInteraction', () => {
	it('answers the latest run and null to the one it replaced, whose unsent queries never run', async () => {
		const db = manualDatabase();
		const stream = new LatestInteraction(threeQueries, db.query);
		const first = stream.run('a');
		await new Promise((r) => setTimeout(r, 0));
		const second = stream.run('b');
		await db.releaseAll();
		expect(await first).toBeNull();
		expect(await second).toEqual([[{ v: 'b.1' }], [{ v: 'b.2' }], [{ v: 'b.3' }]]);
		// 'a' had sent its first query before 'b' arrived; its second and third were dropped.
		expect(db.received).toEqual(['a.1', 'b.1', 'b.2', 'b.3']);
		expect(stream.generation).toBe(2);
	});

	it('keeps answers by key: going back to a state costs no query', async () => {
		const db = manualDatabase();
		const stream = new LatestInteraction(threeQueries, db.query);
		const a = stream.run('a');
		await db.releaseAll();
		await a;
		const b = stream.run('b');
		await db.releaseAll();
		await b;
		expect(await stream.run('a')).toEqual([[{ v: 'a.1' }], [{ v: 'a.2' }], [{ v: 'a.3' }]]);
		expect(db.received).toHaveLength(6);
		stream.clear();
		const again = stream.run('a');
		await db.releaseAll();
		await again;
		expect(db.received).toHaveLength(9);
	});

	it('forgets the least recently used answer beyond its size', async () => {
		const db = manualDatabase();
		const stream = new LatestInteraction(threeQueries, db.query, 2);
		for (const key of ['a', 'b', 'a', 'c']) {
			const run = stream.run(key);
			await db.releaseAll();
			await run;
		}
		// 'a' was used after 'b', so 'b' went when 'c' came.
		expect(db.received.filter((q) => q.endsWith('.1'))).toEqual(['a.1', 'b.1', 'c.1']);
		const b = stream.run('b');
		await db.releaseAll();
		await b;
		const a = stream.run('a');
		await db.releaseAll();
		await a;
		expect(db.received.filter((q) => q.endsWith('.1'))).toEqual(['a.1', 'b.1', 'c.1', 'b.1', 'a.1']);
	});

	it('passes on a failure of the latest run, and swallows one of a replaced run', async () => {
		let fail = true;
		const query: QueryFn = async () => {
			if (fail) throw new Error('Binder Error: no such column');
			return [];
		};
		const stream = new LatestInteraction(threeQueries, query);
		await expect(stream.run('a')).rejects.toThrow(/Binder Error/);
		const replaced = stream.run('b');
		fail = false;
		const latest = stream.run('c');
		expect(await replaced).toBeNull();
		expect(await latest).toEqual([[], [], []]);
	});
});

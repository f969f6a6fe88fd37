import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeQuery, type NodeQuery } from '../../../../tests/support/node-duckdb';
import { identifier, sql } from '../sql';
import { rowRanges } from './program-stage';
import { csvCuts, stageCsv } from './program-stage-sql';

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
	for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const encoder = new TextEncoder();

describe('csvCuts', () => {
	it('cuts just after a line break, never inside a quoted value, whatever the chunk size', async () => {
		const text = 'a,b\n1,"x\ny"\n2,"say ""hi""\n"\n3,z\n';
		const bytes = encoder.encode(text);
		for (const size of [1, 3, 7, 1000]) {
			const cuts = await csvCuts(chunked(bytes, size), 4);
			// After the header, after row 1 (its quoted line break skipped), after row 2, and no empty last part.
			expect(cuts).toEqual([4, 12, 28]);
			for (const cut of cuts) expect(text[cut - 1]).toBe('\n');
		}
	});

	it('gives no cut for a file shorter than a part', async () => {
		expect(await csvCuts(chunked(encoder.encode('a,b\n1,2\n'), 3), 1000)).toEqual([]);
	});
});

describe('a CSV staged in parts', () => {
	let query: NodeQuery;
	let dir: string;
	beforeAll(async () => {
		query = await nodeQuery([]);
		dir = mkdtempSync(join(tmpdir(), 'atlas-parts-'));
	});
	afterAll(() => {
		query.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('holds the same rows, in the same order, as the file staged whole', async () => {
		const lines = ['id;note;n'];
		for (let i = 0; i < 200; i++)
			lines.push(i % 17 === 0 ? `${i};"two\nlines; ""q""";${i}` : `${i};plain;${i}`);
		const bytes = encoder.encode(lines.join('\n') + '\n');
		const whole = join(dir, 'whole.csv');
		writeFileSync(whole, bytes);
		const shape = { columns: 3, delimiter: ';', encoding: 'utf-8' };
		await query(stageCsv('whole', whole, shape));

		const cuts = await csvCuts(chunked(bytes, 64), 500);
		expect(cuts.length).toBeGreaterThan(3);
		const bounds = [0, ...cuts, bytes.length];
		for (let i = 0; i + 1 < bounds.length; i++) {
			const part = join(dir, `part-${i}.csv`);
			writeFileSync(part, bytes.subarray(bounds[i], bounds[i + 1]));
			await query(stageCsv('parts', part, shape, i === 0 ? 'first' : 'later'));
		}
		const read = (table: string) =>
			query<{ rowid: number; c0: string; c1: string; c2: string }>(
				sql`SELECT rowid, c0, c1, c2 FROM ${identifier(table)} ORDER BY rowid`
			);
		const [a, b] = [await read('whole'), await read('parts')];
		expect(a).toHaveLength(200);
		expect(b).toEqual(a);
		expect(readFileSync(whole, 'utf8')).toContain('"two\nlines');
	});
});

describe('rowRanges', () => {
	it('covers every row once, in order, and gives one empty range for no rows', () => {
		expect(rowRanges(7, 3)).toEqual([
			[0, 3],
			[3, 6],
			[6, 7]
		]);
		expect(rowRanges(6, 3)).toEqual([
			[0, 3],
			[3, 6]
		]);
		expect(rowRanges(0, 3)).toEqual([[0, 0]]);
	});
});

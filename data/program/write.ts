/** Writing the generated tables as CSV through the app's formula-safe writer; large session files are streamed. */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { csvLine, toCsv } from '../../src/lib/csv';
import {
	TABLE_NAMES,
	columnNames,
	type EngagementRow,
	type ProgramTables
} from '../../src/lib/data/program-schema';
import { AS_OF } from './network';
import { Rng, dayOf, isoOf } from './prng';

export function tablesToCsv(tables: ProgramTables): Record<string, string> {
	const out: Record<string, string> = {};
	for (const t of TABLE_NAMES) {
		const cols = columnNames(t);
		const rows = (tables[t] as Record<string, unknown>[]).map((r) =>
			cols.map((c) => r[c] as string | number | null)
		);
		out[`${t}.csv`] = toCsv(cols, rows);
	}
	return out;
}

export function writeTables(dir: string, tables: ProgramTables): Record<string, number> {
	mkdirSync(dir, { recursive: true });
	const sizes: Record<string, number> = {};
	for (const [name, text] of Object.entries(tablesToCsv(tables))) {
		writeFileSync(`${dir}/${name}`, text);
		sizes[name] = Buffer.byteLength(text);
	}
	return sizes;
}

/**
 * `count` session rows over the given engagements (each drawn in proportion to its length, the date uniform within it),
 * written in chunks so memory stays bounded whatever the count.
 */
export function writeLargeSessions(
	path: string,
	engagements: EngagementRow[],
	count: number,
	seed: number
): number {
	const rng = new Rng(seed ^ 0x5e55);
	const spans = engagements.map(
		(e) => [dayOf(e.start), Math.min(e.end ? dayOf(e.end) : AS_OF, AS_OF)] as const
	);
	const cumulative: number[] = [];
	let total = 0;
	for (const [s, e] of spans) cumulative.push((total += e - s + 1));
	const fd = openSync(path, 'w');
	let bytes = 0;
	let chunk = csvLine(columnNames('sessions')) + '\n';
	const width = String(count).length;
	for (let i = 0; i < count; i++) {
		const r = rng.next() * total;
		let lo = 0;
		let hi = cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((cumulative[mid] ?? 0) > r) hi = mid;
			else lo = mid + 1;
		}
		const e = engagements[lo] as EngagementRow;
		const [s, end] = spans[lo] as readonly [number, number];
		const inCountry = e.mode !== 'telemedicine' && rng.chance(e.mode === 'in_country' ? 0.6 : 0.1);
		const hours = inCountry ? 6 + rng.int(0, 2) : rng.pick([1, 1, 1, 1.5, 1.5, 2]);
		chunk += `S${String(i + 1).padStart(width, '0')},${e.engagement_id},${isoOf(s + rng.int(0, end - s))},${hours},${inCountry ? 'in_country' : 'telemedicine'}\n`;
		if (chunk.length > 1 << 20) {
			bytes += writeSync(fd, chunk);
			chunk = '';
		}
	}
	bytes += writeSync(fd, chunk);
	closeSync(fd);
	return bytes;
}

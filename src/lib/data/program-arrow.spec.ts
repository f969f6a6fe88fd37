import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFile } from './loaders';
import { programRowsToArrow } from './program-arrow';

describe('programRowsToArrow', () => {
	it('keeps every row, types dates as dates and missing values as nulls', async () => {
		const text = readFileSync('data/program/engagements.csv', 'utf8');
		const result = await loadFile(text, 'engagements.csv', { table: 'engagements' });
		if (!result.ok) throw new Error('the default engagements file should validate');
		const table = programRowsToArrow('engagements', result.rows);
		expect(table.numRows).toBe(result.rows.length);
		expect(String(table.schema.fields.find((f) => f.name === 'start')?.type)).toMatch(/Date/);
		const first = result.rows[0]!;
		const row = table.get(0)!.toJSON() as Record<string, unknown>;
		expect(row.engagement_id).toBe(first.engagement_id);
		expect(row.start).toBe(Date.parse(`${first.start}T00:00:00Z`));
		const ongoing = result.rows.findIndex((r) => r.end === null);
		expect(ongoing).toBeGreaterThanOrEqual(0);
		expect(table.get(ongoing)!.toJSON().end).toBeNull();
	});
});

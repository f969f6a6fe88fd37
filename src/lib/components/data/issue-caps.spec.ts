import { describe, expect, it } from 'vitest';
import type { Issue } from '$lib/models/upload-report';
import { capByKind } from './issue-caps';

const issue = (kind: Issue['kind'], column: string, row: number): Issue => ({
	kind,
	severity: 'error',
	file: 'f.csv',
	row,
	column
});

describe('capByKind', () => {
	it('shows a few of each kind and column and counts the rest', () => {
		const issues = [
			...Array.from({ length: 5 }, (_, i) => issue('date', 'date', i + 2)),
			issue('type', 'hours', 3),
			...Array.from({ length: 3 }, (_, i) => issue('type', 'hours', i + 10))
		];
		const c = capByKind(issues, 2);
		expect(c.shown.map((i) => [i.kind, i.row])).toEqual([
			['date', 2],
			['date', 3],
			['type', 3],
			['type', 10]
		]);
		expect(c.hidden.map((h) => [h.kind, h.column, h.count])).toEqual([
			['date', 'date', 3],
			['type', 'hours', 2]
		]);
	});

	it('hides nothing under the cap', () => {
		expect(capByKind([issue('type', 'a', 2)]).hidden).toEqual([]);
	});
});

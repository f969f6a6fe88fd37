import { describe, expect, it } from 'vitest';
import { maxAddedMachines, readAddedMachines, writeAddedMachines } from './what-if-url';

describe('readAddedMachines', () => {
	it.each([
		[null, [], []],
		['', [], []],
		['-1.3,36.8', [{ lat: -1.3, lon: 36.8 }], []],
		[
			'9.06,7.49;6.5,3.4',
			[
				{ lat: 9.06, lon: 7.49 },
				{ lat: 6.5, lon: 3.4 }
			],
			[]
		],
		[' 1.23456 , 2.34567 ', [{ lat: 1.235, lon: 2.346 }], []],
		['91,0;0,181;x,1;1;1,2,3;1e2,3', [], ['91,0', '0,181', 'x,1', '1', '1,2,3', '1e2,3']],
		['1,2;;', [{ lat: 1, lon: 2 }], []]
	])('%s', (value, points, rejected) => {
		expect(readAddedMachines(value)).toEqual({ points, rejected });
	});

	it('keeps at most the allowed number of machines', () => {
		const many = Array.from({ length: maxAddedMachines + 2 }, (_, i) => `1,${i}`).join(';');
		const read = readAddedMachines(many);
		expect(read.points).toHaveLength(maxAddedMachines);
		expect(read.rejected).toHaveLength(2);
	});
});

describe('writeAddedMachines', () => {
	it('round-trips through the URL', () => {
		const points = [
			{ lat: -1.2921, lon: 36.8219 },
			{ lat: 9.0765, lon: 7.3986 }
		];
		const written = writeAddedMachines(points);
		expect(written).toBe('-1.292,36.822;9.077,7.399');
		expect(readAddedMachines(written).points).toEqual([
			{ lat: -1.292, lon: 36.822 },
			{ lat: 9.077, lon: 7.399 }
		]);
		expect(writeAddedMachines([])).toBeNull();
	});
});

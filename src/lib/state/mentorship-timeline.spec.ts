import { describe, expect, it } from 'vitest';
import { timelineMonths } from './mentorship-timeline';

describe('timelineMonths', () => {
	it('fills every month, splits sessions by mode and engagements by mode, and drops months outside the record', () => {
		const rows = timelineMonths(
			{ first: '2024-11', last: '2025-01' },
			[
				{ month: '2024-11', mode: 'telemedicine', sessions: 4, hours: 5 },
				{ month: '2024-11', mode: 'in_country', sessions: 3, hours: 21 },
				{ month: '2025-01', mode: 'telemedicine', sessions: 1, hours: 1.5 },
				{ month: '2030-01', mode: 'telemedicine', sessions: 9, hours: 9 }
			],
			[
				{ month: '2024-11', mode: 'mixed', started: 2, ended: 0 },
				{ month: '2024-11', mode: 'telemedicine', started: 1, ended: 1 },
				{ month: '2025-01', mode: 'in_country', started: 0, ended: 3 }
			]
		);
		expect(rows.map((r) => r.month)).toEqual(['2024-11', '2024-12', '2025-01']);
		expect(rows[0]).toEqual({
			month: '2024-11',
			telemedicine: 4,
			inCountry: 3,
			hours: 26,
			started: 3,
			ended: 1,
			startedBy: [1, 2, 0],
			endedBy: [1, 0, 0]
		});
		expect(rows[1]?.startedBy).toEqual([0, 0, 0]);
		expect(rows[2]).toMatchObject({ telemedicine: 1, ended: 3, endedBy: [0, 0, 3] });
	});
});

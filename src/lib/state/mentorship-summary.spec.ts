import { describe, expect, it } from 'vitest';
import { centreHeadline, corpsHeadline } from './mentorship-summary';

const centre = (iso3: string, sessions: number, hours: number) => ({ iso3, sessions, hours });

describe('centreHeadline', () => {
	it('counts a centre as mentored with at least one session, and a country with a mentored centre', () => {
		const h = centreHeadline([
			centre('KEN', 4, 6.5),
			centre('KEN', 0, 0),
			centre('NGA', 1, 2),
			centre('ETH', 0, 0)
		]);
		expect(h).toEqual({
			centres: 4,
			mentoredCentres: 2,
			mentoredShare: 0.5,
			mentoredCountries: 2,
			sessions: 5,
			hours: 8.5
		});
	});

	it('has no share, rather than 0 %, without a partner centre', () => {
		expect(centreHeadline([])).toEqual({
			centres: 0,
			mentoredCentres: 0,
			mentoredShare: null,
			mentoredCountries: 0,
			sessions: 0,
			hours: 0
		});
	});
});

describe('corpsHeadline', () => {
	it('counts the experts active in the period, not the roster, and the requests still waiting', () => {
		const h = corpsHeadline({
			centres: [centre('KEN', 2, 3)],
			experts: [{ sessions: 2 }, { sessions: 0 }, { sessions: 5 }],
			waiting: [{}, {}]
		});
		expect(h.activeExperts).toBe(2);
		expect(h.requestsWaiting).toBe(2);
		expect(h.mentoredCentres).toBe(1);
	});
});

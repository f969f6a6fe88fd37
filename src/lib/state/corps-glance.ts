import { query } from '$lib/data/db';
import { ensureProgramTables } from '$lib/data/program-catalog';
import { centreActivity, sessionMonthRange } from '$lib/data/queries/mentorship';
import { corpsExperts } from '$lib/data/queries/mentorship-corps';
import { waitingRequests } from '$lib/data/queries/mentorship-requests';
import type { QueryFn } from '$lib/data/sql';
import { corpsHeadline, type CorpsHeadline } from './mentorship-summary';
import { defaultPeriod } from './mentorship-url';

export interface CorpsGlance {
	/** The Mentorship view's default period (`YYYY-MM`), so the two show the same figures; `null` without a session. */
	period: { from: string; to: string } | null;
	headline: CorpsHeadline | null;
}

/**
 * The Overview's "corps at a glance": the Mentorship view's headline for its opening state (every specialty, country
 * and hub, the last 12 months of the record), through the same queries and the same `corpsHeadline`.
 */
export async function loadCorpsGlance(q: QueryFn = query): Promise<CorpsGlance> {
	await ensureProgramTables();
	const range = await sessionMonthRange(q);
	if (!range.first || !range.last) return { period: null, headline: null };
	const period = defaultPeriod(range.first, range.last);
	const filters = { specialty: null, iso3: null, hubId: null, ...period };
	const [centres, experts, waiting] = await Promise.all([
		centreActivity(q, filters),
		corpsExperts(q, filters),
		waitingRequests(q, filters)
	]);
	return { period, headline: corpsHeadline({ centres, experts, waiting }) };
}

import { query } from '$lib/data/db';
import {
	centreEngagements,
	centreSessionsByYear,
	moneyIn,
	outcomeRecords,
	type CentreEngagementRow,
	type MoneyInRow,
	type OutcomeRecord,
	type SessionYearRow
} from '$lib/data/queries/roi';
import type { CentreCase } from './roi';
import { loadRoiView } from './roi-view';

export interface CentreView {
	centre: CentreCase;
	/** All centres, so the return is discounted to the same base year as on /roi. */
	all: CentreCase[];
	engagements: CentreEngagementRow[];
	sessions: SessionYearRow[];
	money: MoneyInRow[];
	outcomes: OutcomeRecord[];
}

/** One centre's page, or `null` when no centre has this id. */
export async function loadCentreView(id: string): Promise<CentreView | null> {
	const view = await loadRoiView();
	const centre = view.program.cases.find((c) => c.record.centre_id === id);
	if (!centre) return null;
	const [engagements, sessions, money, outcomes] = await Promise.all([
		centreEngagements(query, id),
		centreSessionsByYear(query, id),
		moneyIn(query, id),
		outcomeRecords(query, id)
	]);
	return { centre, all: view.program.cases, engagements, sessions, money, outcomes };
}

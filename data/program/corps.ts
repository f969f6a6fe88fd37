/** The whole illustrative program data set from the reference tables and a seed. Pure and deterministic. */
import type { ProgramTables } from '../../src/lib/data/program-schema';
import { makeEngagements, makeRequests, makeSessions, type Team } from './activity';
import { makeCentres, makeExperts, makeHubs, type CentrePlan } from './network';
import { placeCentres, type GapInput } from './places';
import { Rng, dayOf, yearOf } from './prng';
import { makeInvestments, makeOutcomes, makeWorkforce } from './results';

export interface CorpsOptions {
	seed: number;
	/** 1 = mentorship lifts outcomes (up to +40 %); 0 = it changes nothing. */
	effect: number;
	experts?: number;
}

export interface Corps {
	tables: ProgramTables;
	centres: CentrePlan[];
	teams: Team[];
}

export function generateCorps(ref: GapInput, options: CorpsOptions): Corps {
	const root = new Rng(options.seed);
	const hubs = makeHubs(root.fork('hubs'));
	const sites = placeCentres(ref, root.fork('places'));
	const centres = makeCentres(sites, hubs, root.fork('centres'));
	const experts = makeExperts(options.experts ?? 250, hubs, root.fork('experts'));
	const { engagements, teams } = makeEngagements(centres, experts, root.fork('engagements'));
	const sessions = makeSessions(teams, root.fork('sessions'));
	const requests = makeRequests(centres, teams, root.fork('requests'));
	const investments = makeInvestments(centres, root.fork('investments'));
	const startYears = new Map<string, number>();
	for (const e of engagements)
		if (e.kind === 'mentorship' && !startYears.has(e.centre_id))
			startYears.set(e.centre_id, yearOf(dayOf(e.start)));
	const outcomes = makeOutcomes(centres, startYears, options.effect, root.fork('outcomes'));
	const workforce = makeWorkforce(
		centres.map((c) => c.row),
		ref.countries,
		root.fork('workforce')
	);
	return {
		tables: {
			hubs,
			centres: centres.map((c) => c.row),
			experts,
			engagements,
			sessions,
			requests,
			investments,
			outcomes,
			workforce
		},
		centres,
		teams
	};
}

import type { ModelParameters } from '$lib/models/parameters';
import {
	returnParameterIds,
	type BenefitMode,
	type ReturnParameterId,
	type ReturnParameters
} from '$lib/models/return-parameters';
import { economies, marketTables, programReturns, type EconomyCountry, type RoiViewData } from './roi-view';
import type { CentreCase } from './roi';

/**
 * Parameters of new centres and of the market only: capital, running and training costs, machine life and price.
 * The program's own centres are valued on the money that did come in, so their returns never read these.
 */
export const newCentreCostIds: readonly ReturnParameterId[] = [
	'cap1',
	'cap2',
	'run',
	'life',
	'tro',
	'tmp',
	'trtt',
	'price'
];
/** What the program's returns read: every parameter but the new-centre costs. */
export const programParameterIds = returnParameterIds.filter((id) => !newCentreCostIds.includes(id));
/** What the market tables read (`marketFor`): machine life, its price and the training costs. */
export const marketParameterIds: readonly ReturnParameterId[] = ['life', 'price', 'tro', 'tmp', 'trtt'];

/**
 * `fn` that gives its last answer again while every value `key` picks from the arguments is the same (`Object.is`),
 * so a view's unchanged figures keep their identity and the components showing them are not updated.
 */
export function lastCall<A extends unknown[], R>(
	fn: (...args: A) => R,
	key: (...args: A) => readonly unknown[]
): (...args: A) => R {
	let last: { key: readonly unknown[]; value: R } | null = null;
	return (...args) => {
		const k = key(...args);
		if (last && last.key.length === k.length && last.key.every((v, i) => Object.is(v, k[i])))
			return last.value;
		last = { key: k, value: fn(...args) };
		return last.value;
	};
}

const pick = (p: object, ids: readonly string[]) => ids.map((id) => (p as Record<string, unknown>)[id]);

/**
 * /roi's figures, each computed again only when what it reads changes: a new-centre cost leaves the program's
 * returns (a thousand seeded draws per centre, country and the portfolio) as they were, and a return parameter
 * leaves the countries' capacity as it was. One per page.
 */
export function roiFigures() {
	return {
		programReturns: lastCall(
			(cases: readonly CentreCase[], rp: ReturnParameters, mode: BenefitMode) =>
				programReturns(cases, rp, mode),
			(cases, rp, mode) => [cases, mode, ...pick(rp, programParameterIds)]
		),
		economies: lastCall(
			(data: RoiViewData, cp: ModelParameters) => economies(data, cp),
			(data, cp) => [data, ...pick(cp, Object.keys(cp).sort())]
		),
		marketTables: lastCall(
			(countries: readonly EconomyCountry[], horizon: number, rp: ReturnParameters, cp: ModelParameters) =>
				marketTables(countries, horizon, rp, cp),
			(countries, horizon, rp, cp) => [
				countries,
				horizon,
				...pick(rp, marketParameterIds),
				...pick(cp, Object.keys(cp).sort())
			]
		)
	};
}

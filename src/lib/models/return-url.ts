import {
	benefitModes,
	defaultBenefitMode,
	defaultReturnParameters,
	returnParameter,
	returnParameterIds,
	type BenefitMode,
	type ReturnParameters
} from './return-parameters';
import type { ScenarioSettings } from './scenario';

const decimal = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** A URL value that was ignored; the default was used instead. */
export interface UrlIssue {
	key: string;
	raw: string;
	used: number | string;
}

function readNumber<F extends number | null>(
	search: URLSearchParams,
	key: string,
	fallback: F,
	min: number,
	max: number,
	issues: UrlIssue[]
): number | F {
	const raw = search.get(key);
	if (raw === null) return fallback;
	const value = decimal.test(raw) ? Number(raw) : Number.NaN;
	if (Number.isFinite(value) && value >= min && value <= max) return value;
	issues.push({ key, raw, used: fallback ?? 'not set' });
	return fallback;
}

/**
 * Reads the return parameters from a query string; absent keys take their default, unusable ones (not a plain
 * number, outside min–max) too, and are reported.
 *
 * @example readReturnParameters(new URLSearchParams('surv=0.4')).values.surv // 0.4
 */
export function readReturnParameters(search: URLSearchParams): {
	values: ReturnParameters;
	issues: UrlIssue[];
} {
	const issues: UrlIssue[] = [];
	const values = Object.fromEntries(
		returnParameterIds.map((id) => {
			const d = returnParameter(id);
			return [id, readNumber(search, id, d.default, d.min, d.max, issues)];
		})
	) as unknown as ReturnParameters;
	return { values, issues };
}

/** Writes non-default return parameters into a copy of `search`, removing defaults (and unset ones). */
export function writeReturnParameters(values: ReturnParameters, search: URLSearchParams): URLSearchParams {
	const next = new URLSearchParams(search);
	for (const id of returnParameterIds) {
		const value = values[id];
		if (value === defaultReturnParameters[id] || value === null) next.delete(id);
		else next.set(id, String(value));
	}
	return next;
}

/**
 * The benefit mode from key `benefit` (`incremental`, the default, or `gross`).
 *
 * @example readBenefitMode(new URLSearchParams('benefit=gross')) // 'gross'
 */
export function readBenefitMode(search: URLSearchParams): BenefitMode {
	const raw = search.get('benefit');
	return benefitModes.find((m) => m === raw) ?? defaultBenefitMode;
}

export function writeBenefitMode(mode: BenefitMode, search: URLSearchParams): URLSearchParams {
	const next = new URLSearchParams(search);
	if (mode === defaultBenefitMode) next.delete('benefit');
	else next.set('benefit', mode);
	return next;
}

/** A scenario: where (an ISO3 code, `region:<name>` or `income:<code>`) and its settings. */
export interface ScenarioState extends ScenarioSettings {
	scope: string;
}

export const defaultScenarios: Readonly<Record<'a' | 'b', ScenarioState>> = {
	a: { scope: 'KEN', share: 0.5, startYear: 2026, targetYear: 2035, twoMachineShare: 0.5 },
	b: { scope: 'KEN', share: 1, startYear: 2026, targetYear: 2035, twoMachineShare: 0.5 }
};

const scenarioFields = [
	['share', 0, 1],
	['startYear', 2000, 2100],
	['targetYear', 2000, 2100],
	['twoMachineShare', 0, 1]
] as const;
const shortKey: Record<(typeof scenarioFields)[number][0], string> = {
	share: 'share',
	startYear: 'from',
	targetYear: 'by',
	twoMachineShare: 'two'
};
const scopePattern = /^([A-Z]{3}|region:[^\n]{1,80}|income:(L|LM|UM|H))$/;

/**
 * Reads scenario `a` or `b` from keys `a.scope`, `a.share`, `a.from`, `a.by`, `a.two`. A target year before the
 * start year is reported and replaced by the start year.
 *
 * @example readScenario(new URLSearchParams('a.scope=NGA&a.share=0.25'), 'a') // { scope: 'NGA', share: 0.25, … }
 */
export function readScenario(
	search: URLSearchParams,
	which: 'a' | 'b'
): { value: ScenarioState; issues: UrlIssue[] } {
	const d = defaultScenarios[which];
	const issues: UrlIssue[] = [];
	const rawScope = search.get(`${which}.scope`);
	let scope = d.scope;
	if (rawScope !== null) {
		if (scopePattern.test(rawScope)) scope = rawScope;
		else issues.push({ key: `${which}.scope`, raw: rawScope, used: d.scope });
	}
	const value: ScenarioState = { ...d, scope };
	for (const [field, min, max] of scenarioFields)
		value[field] = readNumber(search, `${which}.${shortKey[field]}`, d[field], min, max, issues);
	if (value.targetYear < value.startYear) {
		issues.push({ key: `${which}.by`, raw: String(value.targetYear), used: value.startYear });
		value.targetYear = value.startYear;
	}
	return { value, issues };
}

/** Writes scenario `a` or `b` into a copy of `search`; values equal to the default are removed. */
export function writeScenario(
	value: ScenarioState,
	which: 'a' | 'b',
	search: URLSearchParams
): URLSearchParams {
	const next = new URLSearchParams(search);
	const d = defaultScenarios[which];
	if (value.scope === d.scope) next.delete(`${which}.scope`);
	else next.set(`${which}.scope`, value.scope);
	for (const [field] of scenarioFields) {
		const key = `${which}.${shortKey[field]}`;
		if (value[field] === d[field]) next.delete(key);
		else next.set(key, String(value[field]));
	}
	return next;
}

export const defaultMarketHorizon = 10;

/**
 * The market horizon in years from key `years` (1–50; default 10).
 *
 * @example readMarketHorizon(new URLSearchParams('years=15')) // 15
 */
export function readMarketHorizon(search: URLSearchParams): number {
	const raw = search.get('years');
	const value = raw !== null && /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
	return value >= 1 && value <= 50 ? value : defaultMarketHorizon;
}

export function writeMarketHorizon(years: number, search: URLSearchParams): URLSearchParams {
	const next = new URLSearchParams(search);
	if (years === defaultMarketHorizon) next.delete('years');
	else next.set('years', String(years));
	return next;
}

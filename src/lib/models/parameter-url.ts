import {
	defaultParameters,
	machineBases,
	numericParameterIds,
	parameterDefinitions,
	rtuBases,
	type MachineBasis,
	type RtuBasis,
	type ModelParameters,
	type NumericParameterId
} from './parameters';

/** The URL key of the machine-need basis (`cases` or `population`). */
export const basisKey = 'basis';
/** The URL key of the utilisation basis (`flat` or `case-mix`). */
export const rtuBasisKey = 'rtubasis';
/** Every URL key a model parameter can take: a view with none of them is in its default state. */
export const parameterKeys: readonly string[] = [...numericParameterIds, basisKey, rtuBasisKey];

export type ParameterIssueReason = 'not-a-number' | 'out-of-range' | 'unknown-choice';

/** A URL value that was rejected; the parameter fell back to its default. */
export interface ParameterIssue {
	id: NumericParameterId | typeof basisKey | typeof rtuBasisKey;
	/** The text found in the URL. */
	raw: string;
	reason: ParameterIssueReason;
	/** The value used instead (the default). */
	used: number | string;
	/** A plain-language sentence the UI can show. */
	message: string;
}

export interface ParameterReadResult {
	values: ModelParameters;
	issues: ParameterIssue[];
}

/** Plain decimal numbers only: no blanks, hex, `Infinity` or exponent forms a person would not type. */
const decimal = /^-?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Checks one numeric value against its definition.
 *
 * @returns `null` when the value is acceptable, else the reason it is not.
 * @example validateParameter('rtu', 0.7) // 'out-of-range' (0.4–0.6)
 */
export function validateParameter(id: NumericParameterId, value: number): ParameterIssueReason | null {
	if (!Number.isFinite(value)) return 'not-a-number';
	const { min, max } = parameterDefinitions[id];
	return value < min || value > max ? 'out-of-range' : null;
}

/**
 * Reads model parameters from a query string. Absent keys take their default; a present but unusable value
 * (not a plain number, outside min–max, or an unknown basis) also takes its default and is reported in `issues`,
 * so the UI can tell the user what was ignored. The first occurrence of a repeated key wins.
 *
 * @example readParameters(new URLSearchParams('rtu=0.483&courses=abc'))
 * // values.rtu = 0.483, values.courses = 450, issues = [{ id: 'courses', reason: 'not-a-number', … }]
 */
export function readParameters(search: URLSearchParams): ParameterReadResult {
	const values: Record<string, number | string> = { ...defaultParameters };
	const issues: ParameterIssue[] = [];
	for (const id of numericParameterIds) {
		const raw = search.get(id);
		if (raw === null) continue;
		const definition = parameterDefinitions[id];
		const value = decimal.test(raw) ? Number(raw) : Number.NaN;
		const reason = validateParameter(id, value);
		if (reason === null) {
			values[id] = value;
			continue;
		}
		const message =
			reason === 'out-of-range'
				? `${definition.label}: ${raw} is outside ${definition.min}–${definition.max}; using ${definition.default}.`
				: `${definition.label}: “${raw}” is not a number; using ${definition.default}.`;
		issues.push({ id, raw, reason, used: definition.default, message });
	}
	const rawBasis = search.get(basisKey);
	if (rawBasis !== null) {
		if ((machineBases as readonly string[]).includes(rawBasis)) values[basisKey] = rawBasis as MachineBasis;
		else
			issues.push({
				id: basisKey,
				raw: rawBasis,
				reason: 'unknown-choice',
				used: defaultParameters.basis,
				message: `Machine need basis: “${rawBasis}” is not one of ${machineBases.join(', ')}; using ${defaultParameters.basis}.`
			});
	}
	const rawRtuBasis = search.get(rtuBasisKey);
	if (rawRtuBasis !== null) {
		if ((rtuBases as readonly string[]).includes(rawRtuBasis)) values.rtuBasis = rawRtuBasis as RtuBasis;
		else
			issues.push({
				id: rtuBasisKey,
				raw: rawRtuBasis,
				reason: 'unknown-choice',
				used: defaultParameters.rtuBasis,
				message: `Radiotherapy utilisation basis: “${rawRtuBasis}” is not one of ${rtuBases.join(', ')}; using ${defaultParameters.rtuBasis}.`
			});
	}
	return { values: values as unknown as ModelParameters, issues };
}

/**
 * Writes model parameters into a copy of `search`: non-default values are set, default values are removed,
 * and every other key (view, filters) is kept. Reading the result back gives the same values.
 *
 * @example writeParameters({ ...defaultParameters, courses: 500 }).toString() // 'courses=500'
 */
export function writeParameters(
	values: ModelParameters,
	search: URLSearchParams = new URLSearchParams()
): URLSearchParams {
	const next = new URLSearchParams(search);
	for (const id of numericParameterIds) {
		if (values[id] === defaultParameters[id]) next.delete(id);
		else next.set(id, String(values[id]));
	}
	if (values.basis === defaultParameters.basis) next.delete(basisKey);
	else next.set(basisKey, values.basis);
	if (values.rtuBasis === defaultParameters.rtuBasis) next.delete(rtuBasisKey);
	else next.set(rtuBasisKey, values.rtuBasis);
	return next;
}

import { count, countryCapacity, positive, type CountryRow } from './gap';
import type { ModelParameters } from './parameters';
import { countryStaff, type StaffInPost, type StaffRole } from './staff';

export type IndicatorId =
	| 'rt-machines'
	| 'radiation-oncologists'
	| 'medical-physicists'
	| 'radiation-therapists'
	| 'medical-oncologists'
	| 'surgeons'
	| 'pathologists'
	| 'doctors';

/** Where an observed figure comes from: public data (DIRAC, WHO), a user's `workforce` file, or nowhere. */
export type ObservedSource = 'dirac' | 'who' | 'workforce-file';

export interface IndicatorDefinition {
	id: IndicatorId;
	label: string;
	/** What the absolute value counts. */
	unit: 'machines' | 'people';
	/** How the need is modelled; `null` where the app models no need (doctors). */
	needFormula: string | null;
	/** Whether the public reference data holds an observed figure for every country. */
	observedInPublicData: boolean;
	/** Where observed figures can come from; an oncology workforce count exists only in users' files. */
	observedSources: readonly ObservedSource[];
	/** The staff role in `workforce` files, for staff indicators. */
	staffRole: StaffRole | null;
}

export const indicators: readonly IndicatorDefinition[] = [
	{
		id: 'rt-machines',
		label: 'Radiotherapy machines',
		unit: 'machines',
		needFormula:
			'new cases × RTU × courses per patient / courses per machine-year (or population / 1e6 × machines per million)',
		observedInPublicData: true,
		observedSources: ['dirac'],
		staffRole: null
	},
	{
		id: 'radiation-oncologists',
		label: 'Radiation oncologists',
		unit: 'people',
		needFormula: 'new cases × RTU / patients per radiation oncologist',
		observedInPublicData: false,
		observedSources: ['workforce-file'],
		staffRole: 'radiationOncologists'
	},
	{
		id: 'medical-physicists',
		label: 'Medical physicists',
		unit: 'people',
		needFormula:
			'max(radiotherapy patients / patients per physicist, minimum per machine × machines to staff)',
		observedInPublicData: false,
		observedSources: ['workforce-file'],
		staffRole: 'medicalPhysicists'
	},
	{
		id: 'radiation-therapists',
		label: 'Radiation therapists',
		unit: 'people',
		needFormula:
			'therapists per machine per shift × max(machines needed, installed) × shifts (courses per machine-year / 450)',
		observedInPublicData: false,
		observedSources: ['workforce-file'],
		staffRole: 'radiationTherapists'
	},
	{
		id: 'medical-oncologists',
		label: 'Medical oncologists',
		unit: 'people',
		needFormula: 'new cases × first-course chemotherapy share / patients per medical oncologist',
		observedInPublicData: false,
		observedSources: ['workforce-file'],
		staffRole: 'medicalOncologists'
	},
	{
		id: 'surgeons',
		label: 'Surgical, anaesthetic and obstetric physicians',
		unit: 'people',
		needFormula: 'population / 100,000 × physicians per 100,000',
		observedInPublicData: false,
		observedSources: ['workforce-file'],
		staffRole: 'surgicalWorkforce'
	},
	{
		id: 'pathologists',
		label: 'Pathologists',
		unit: 'people',
		needFormula: 'population / 1e6 × target pathologists per million',
		observedInPublicData: false,
		observedSources: ['workforce-file'],
		staffRole: 'pathologists'
	},
	{
		id: 'doctors',
		label: 'Medical doctors per 10,000 people',
		unit: 'people',
		needFormula: null,
		observedInPublicData: true,
		observedSources: ['who'],
		staffRole: null
	}
];

export const indicatorIds: readonly IndicatorId[] = indicators.map((indicator) => indicator.id);

/** A country row with the WHO doctor density the `doctors` indicator reads. */
export interface IndicatorRow extends CountryRow {
	/** Medical doctors per 10,000 people (WHO). */
	doctorsPer10k?: number | null;
}

/** One indicator for one country, as absolute counts. `null` = not computable or not observed. */
export interface IndicatorValues {
	indicator: IndicatorId;
	need: number | null;
	observed: number | null;
	observedSource: ObservedSource | null;
	/** `max(0, need − observed)`. */
	gap: number | null;
}

/**
 * The modelled need, observed figure and gap (absolute counts) of one indicator in one country.
 * Observed: machines from DIRAC; doctors from WHO density × population; staff only from `inPost` (a user's file).
 *
 * @example
 * // a country with 9,000 new cases and 4 machines in DIRAC:
 * indicatorValues(row, defaultParameters, 'rt-machines') // { need: 10, observed: 4, observedSource: 'dirac', gap: 6 }
 */
export function indicatorValues(
	row: IndicatorRow,
	params: ModelParameters,
	indicator: IndicatorId,
	inPost: StaffInPost = {}
): IndicatorValues {
	if (indicator === 'rt-machines') {
		const capacity = countryCapacity(row, params);
		const observed = capacity.machinesInstalled;
		return {
			indicator,
			need: capacity.machinesNeeded,
			observed,
			observedSource: observed === null ? null : 'dirac',
			gap: capacity.machineGap
		};
	}
	if (indicator === 'doctors') {
		const density = count(row.doctorsPer10k);
		const people = positive(row.population);
		const observed = density === null || people === null ? null : (density * people) / 1e4;
		return { indicator, need: null, observed, observedSource: observed === null ? null : 'who', gap: null };
	}
	const role = indicators.find((definition) => definition.id === indicator)?.staffRole;
	if (!role) throw new Error(`Unknown indicator: ${indicator}`);
	const estimate = countryStaff(row, params, inPost).roles[role];
	return {
		indicator,
		need: estimate.needed,
		observed: estimate.inPost,
		observedSource: estimate.inPost === null ? null : 'workforce-file',
		gap: estimate.gap
	};
}

export type Normalisation =
	'absolute' | 'per-million' | 'per-10k-people' | 'per-1000-cases' | 'share-of-need-met';
export const normalisations: readonly Normalisation[] = [
	'absolute',
	'per-million',
	'per-10k-people',
	'per-1000-cases',
	'share-of-need-met'
];

/**
 * Puts an absolute count on a comparable scale:
 * `absolute` = value; `per-million` = value / population × 1e6; `per-10k-people` = value / population × 1e4 (the
 * WHO's unit for workforce density); `per-1000-cases` = value / new cases × 1,000;
 * `share-of-need-met` = min(1, value / need), for an observed value. `null` where the value or the denominator is
 * missing or zero.
 *
 * @example normalise(10, { population: 2_500_000, newCases: 9_000 }, 'per-million') // 4
 * @example normalise(4, row, 'share-of-need-met', 10) // 0.4
 */
export function normalise(
	value: number | null,
	row: Pick<CountryRow, 'population' | 'newCases'>,
	normalisation: Normalisation,
	need: number | null = null
): number | null {
	if (value === null || !Number.isFinite(value)) return null;
	switch (normalisation) {
		case 'absolute':
			return value;
		case 'per-million': {
			const people = positive(row.population);
			return people === null ? null : (value * 1e6) / people;
		}
		case 'per-10k-people': {
			const people = positive(row.population);
			return people === null ? null : (value * 1e4) / people;
		}
		case 'per-1000-cases': {
			const cases = positive(row.newCases);
			return cases === null ? null : (value * 1000) / cases;
		}
		case 'share-of-need-met': {
			const denominator = positive(need);
			return denominator === null ? null : Math.min(1, Math.max(0, value) / denominator);
		}
	}
}

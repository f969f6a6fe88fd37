/**
 * The building blocks of the program-table schema: column and table specifications, and the mapped types that turn a
 * `const` specification into the TypeScript row type, so the types, validators, dictionary and templates share one source.
 */

/** `list` is a semicolon-separated list of codes ("fr;en"), kept as one normalised string. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'enum' | 'list';

export interface ColumnSpec {
	readonly name: string;
	readonly type: ColumnType;
	readonly description: string;
	readonly required: boolean;
	readonly unit?: string;
	/** Allowed values of an `enum` column, or of each item of a `list` column. */
	readonly values?: readonly string[];
	readonly min?: number;
	readonly max?: number;
	/** For `string` and `list` columns: a regular expression each value (or list item) must match. */
	readonly pattern?: string;
	/** Plain-English form of `pattern`, e.g. "three capital letters (ISO 3166-1 alpha-3)". */
	readonly patternHint?: string;
	/** Codes compared in capitals: "ken" is read as KEN. */
	readonly upper?: boolean;
	/** Two example values, used by the templates. `null` is an empty cell. */
	readonly examples: readonly [string | number | boolean | null, string | number | boolean | null];
}

export interface ReferenceSpec {
	readonly column: string;
	readonly table: string;
	readonly targetColumn: string;
}

/** A cross-column rule inside one row: `column` must not be earlier than `notBefore`. */
export interface OrderSpec {
	readonly column: string;
	readonly notBefore: string;
}

export interface TableSpec {
	readonly name: string;
	readonly title: string;
	readonly description: string;
	readonly primaryKey: readonly string[];
	readonly columns: readonly ColumnSpec[];
	readonly references: readonly ReferenceSpec[];
	readonly order?: readonly OrderSpec[];
}

type ValueOf<C extends ColumnSpec> = C extends { type: 'enum'; values: readonly (infer V)[] }
	? V
	: C['type'] extends 'integer' | 'number'
		? number
		: C['type'] extends 'boolean'
			? boolean
			: string;

/** The typed row of a table: required columns are non-null, optional ones may be `null` (never `undefined`). */
export type RowOf<T extends TableSpec> = {
	-readonly [C in T['columns'][number] as C['name']]: C['required'] extends true
		? ValueOf<C>
		: ValueOf<C> | null;
};

/** ISO 639-1 codes accepted in language lists. */
export const LANGUAGE_CODES = [
	'ar',
	'am',
	'bn',
	'de',
	'en',
	'es',
	'fa',
	'fr',
	'ha',
	'hi',
	'id',
	'it',
	'ja',
	'km',
	'ko',
	'lo',
	'mg',
	'ms',
	'my',
	'ne',
	'nl',
	'pt',
	'ru',
	'rw',
	'si',
	'so',
	'sw',
	'ta',
	'th',
	'tl',
	'tr',
	'uk',
	'ur',
	'uz',
	'vi',
	'yo',
	'zh',
	'zu'
] as const;

export const SPECIALTIES = [
	'radiation_oncology',
	'medical_physics',
	'radiation_therapy',
	'medical_oncology',
	'surgical_oncology',
	'pathology',
	'oncology_nursing',
	'palliative_care',
	'radiology',
	'program_management'
] as const;
export type Specialty = (typeof SPECIALTIES)[number];

export const SERVICES = [
	'radiotherapy',
	'brachytherapy',
	'chemotherapy',
	'surgery',
	'pathology',
	'imaging',
	'palliative_care',
	'nuclear_medicine'
] as const;

export const WORKFORCE_ROLES = [
	'radiation_oncologist',
	'medical_physicist',
	'radiation_therapist',
	'medical_oncologist',
	'surgeon',
	'pathologist',
	'oncology_nurse'
] as const;

export const ISO3 = {
	upper: true,
	pattern: '^[A-Z]{3}$',
	patternHint: 'three capital letters (ISO 3166-1 alpha-3)'
} as const;
export const ADMIN1 = {
	upper: true,
	pattern: '^[A-Z]{2,3}-[A-Z0-9]{1,5}$',
	patternHint: 'an admin-1 code such as KE-30 or NG-LA (ISO 3166-2, as in the atlas)'
} as const;
export const ID = {
	pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$',
	patternHint: 'an identifier of letters, digits, _ . or - (up to 40 characters)'
} as const;

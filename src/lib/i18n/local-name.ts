import { countryName } from './names';

/** A country as the reference tables hold it: its ISO3 code and English name. */
export interface LocalNames {
	iso3: string;
	name: string;
}

/**
 * The country's name in the interface language (Intl.DisplayNames through countryName); the English name where the
 * code is unknown. The tables' official French and Spanish names ("Bolivie (État plurinational de)") are long forms
 * for treaties, not for a dashboard, and the source has no Portuguese.
 */
export function localName(names: LocalNames, locale: string): string {
	return countryName(names.iso3, names.name, locale);
}

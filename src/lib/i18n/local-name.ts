/** A place's names as the reference tables hold them: English always, French and Spanish where the source has them. */
export interface LocalNames {
	name: string;
	name_fr?: string | null;
	name_es?: string | null;
}

/**
 * The name in the interface language when the source has one, else the English name
 * (the ISO list has no Portuguese names, so Portuguese shows English).
 */
export function localName(names: LocalNames, locale: string): string {
	const local = locale === 'fr' ? names.name_fr : locale === 'es' ? names.name_es : null;
	return local?.trim() ? local : names.name;
}

/** Pure code mapping for Natural Earth admin-1 attributes (unit-tested on inline rows). */

export interface Admin1Attributes {
	ne_id: string;
	adm1_code: string | null;
	iso_3166_2: string | null;
	code_hasc: string | null;
	adm0_a3: string;
	iso_a2: string | null;
	name: string | null;
	name_en: string | null;
}

/**
 * The ISO 3166-2 code where Natural Earth has one; blank codes and NE placeholders ending in "~" fall back to NE's own
 * `adm1_code` (three letters, a dash and digits, e.g. "ARG-1309"), which cannot collide with an ISO 3166-2 code.
 */
export function admin1Code(a: Admin1Attributes, where: string): string {
	const iso = a.iso_3166_2?.trim() ?? '';
	if (iso !== '' && !iso.endsWith('~')) return iso;
	const ne = a.adm1_code?.trim() ?? '';
	if (ne === '') throw new Error(`${where}: no iso_3166_2 and no adm1_code for ne_id ${a.ne_id}`);
	return ne;
}

export const isFallbackCode = (code: string): boolean => /^[A-Z]{3}-\d+$/.test(code);

/**
 * NE files France's overseas departments (and the Caribbean Netherlands) under their mainland; ISO 3166, GLOBOCAN and
 * DIRAC list them as countries of their own, so their units belong to those.
 */
export const OVERSEAS_ISO3: Record<string, string> = {
	'FR-GF': 'GUF',
	'FR-GP': 'GLP',
	'FR-MQ': 'MTQ',
	'FR-RE': 'REU',
	'FR-YT': 'MYT',
	'NL-BQ1': 'BES',
	'NL-BQ2': 'BES',
	'NL-BQ3': 'BES'
};

/**
 * ISO3 of the unit's country: NE's adm0_a3 where it is an ISO code, else through its ISO alpha-2 (S. Sudan "SDS" → SSD,
 * Somaliland "SOL" → SOM, Gaza/West Bank "PSX" → PSE …). Null when neither maps (Kosovo, whose XK is not in ISO 3166).
 */
export function admin1Iso3(
	a: Admin1Attributes,
	iso3s: Set<string>,
	iso2ToIso3: Map<string, string>
): string | null {
	const overseas = OVERSEAS_ISO3[a.iso_3166_2?.trim() ?? ''];
	if (overseas && iso3s.has(overseas)) return overseas;
	if (iso3s.has(a.adm0_a3)) return a.adm0_a3;
	return iso2ToIso3.get(a.iso_a2?.trim() ?? '') ?? null;
}

/** English name: NE's name_en, else its local name (7 units have no name_en). */
export const admin1Name = (a: Admin1Attributes): string => (a.name_en?.trim() || a.name?.trim() || '').trim();

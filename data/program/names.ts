/** Invented names: no real institution or person is named. Centre names follow the centre's first working language. */
import type { Rng } from './prng';

const ROOTS = [
	'Alder',
	'Bram',
	'Corr',
	'Dunn',
	'Elm',
	'Fenn',
	'Glenn',
	'Harr',
	'Kest',
	'Lark',
	'Marl',
	'Nor',
	'Oak',
	'Pell',
	'Quill',
	'Rook',
	'Sedge',
	'Thorn',
	'Wren',
	'Yarr',
	'Ash',
	'Birch',
	'Cairn',
	'Drum',
	'Ember',
	'Fall',
	'Gorse',
	'Heath',
	'Ivy',
	'Juni'
];
const ENDS = [
	'wick',
	'mere',
	'vale',
	'brook',
	'ridge',
	'ford',
	'haven',
	'stead',
	'moor',
	'field',
	'by',
	'hollow'
];
const WORDS = [
	'Baobab',
	'Acacia',
	'Kapok',
	'Jacaranda',
	'Tamarind',
	'Mangrove',
	'Sunrise',
	'Highland',
	'Lakeside',
	'Riverside',
	'Hillcrest',
	'Savanna',
	'Coastal',
	'Valley',
	'Plateau',
	'Crescent',
	'Harbour',
	'Meridian',
	'Horizon',
	'Lantern'
];

const CENTRE_FORMS: Record<string, ((w: string, p: string) => string)[]> = {
	en: [
		(w) => `${w} Regional Cancer Centre`,
		(w) => `${w} Oncology Institute`,
		(_, p) => `${p} Teaching Hospital Cancer Unit`
	],
	fr: [
		(w) => `Centre régional d’oncologie ${w}`,
		(_, p) => `Institut de cancérologie ${/^[AEIOUY]/.test(p) ? 'd’' : 'de '}${p}`
	],
	es: [(w) => `Instituto Oncológico ${w}`, (_, p) => `Centro Regional de Cancerología ${p}`],
	pt: [(w) => `Centro de Oncologia ${w}`, (_, p) => `Instituto do Cancro de ${p}`]
};

/** An invented place-like word, e.g. "Kestbrook". */
export function placeWord(rng: Rng): string {
	return rng.pick(ROOTS) + rng.pick(ENDS);
}

export function centreName(rng: Rng, language: string, used: Set<string>): string {
	const forms = CENTRE_FORMS[language] ?? CENTRE_FORMS.en ?? [];
	for (;;) {
		const name = rng.pick(forms)(rng.chance(0.5) ? rng.pick(WORDS) : placeWord(rng), placeWord(rng));
		if (!used.has(name)) {
			used.add(name);
			return name;
		}
	}
}

const HUB_FORMS = [
	(p: string) => `${p} University Cancer Hub`,
	(p: string) => `${p} Comprehensive Cancer Institute`,
	(p: string) => `${p} Oncology Hub`
];

export function hubName(rng: Rng, used: Set<string>): string {
	for (;;) {
		const name = rng.pick(HUB_FORMS)(placeWord(rng));
		if (!used.has(name)) {
			used.add(name);
			return name;
		}
	}
}

const INITIALS = 'ABCDEFGHIJKLMNOPRSTVWYZ';
const SURNAMES: Record<string, string[]> = {
	en: [
		'Ashcombe',
		'Brennick',
		'Calloway',
		'Dunmore',
		'Ellery',
		'Fairleigh',
		'Garrow',
		'Halloran',
		'Ingleby',
		'Jessamy',
		'Kerrow',
		'Lindell',
		'Marchbank',
		'Norcott',
		'Oakhurst',
		'Pemberly',
		'Quarrie',
		'Redfern',
		'Stallard',
		'Tremlett',
		'Underhay',
		'Vasseur',
		'Whitcombe',
		'Yelland'
	],
	fr: [
		'Aubertin',
		'Beaumanoir',
		'Chastel',
		'Delorme',
		'Escoffier',
		'Fontanel',
		'Garnier',
		'Hennequin',
		'Lacombe',
		'Marchetti',
		'Noiret',
		'Perrault',
		'Rivoire',
		'Sauvaget',
		'Thibodeau',
		'Vernet'
	],
	es: [
		'Aranda',
		'Benavides',
		'Cifuentes',
		'Duarte',
		'Escobedo',
		'Figueroa',
		'Galindo',
		'Herrera',
		'Iturbe',
		'Lozano',
		'Montalvo',
		'Navarrete',
		'Olmedo',
		'Peralta',
		'Quintana',
		'Saavedra'
	],
	de: [
		'Albrecht',
		'Brandauer',
		'Ehrlacher',
		'Falkenrath',
		'Grünwald',
		'Hollerbach',
		'Kessler',
		'Lindenau',
		'Morgenroth',
		'Sternberg'
	],
	it: [
		'Abbondanza',
		'Bellandi',
		'Castellucci',
		'Donadoni',
		'Ferraresi',
		'Gualtieri',
		'Lombardini',
		'Marchesini',
		'Pellegatti',
		'Sartorelli'
	],
	pt: [
		'Albuquerque',
		'Bettencourt',
		'Carvalhal',
		'Drummond',
		'Esteves',
		'Figueiredo',
		'Gouveia',
		'Magalhães',
		'Quaresma',
		'Vasconcelos'
	],
	ja: [
		'Aoyagi',
		'Fujimura',
		'Hasegawa',
		'Ishikura',
		'Kanemoto',
		'Morishita',
		'Nakagawa',
		'Okazaki',
		'Takamura',
		'Yoshikawa'
	]
};

/** "A. Moreau"-style display name, surname from the expert's first language; unique. */
export function expertName(rng: Rng, language: string, used: Set<string>): string {
	const pool = SURNAMES[language] ?? SURNAMES.en ?? [];
	for (let tries = 0; ; tries++) {
		const middle = tries > 40 ? ` ${rng.pick([...INITIALS])}.` : '';
		const name = `${rng.pick([...INITIALS])}.${middle} ${rng.pick(pool)}`;
		if (!used.has(name)) {
			used.add(name);
			return name;
		}
	}
}

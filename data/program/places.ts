/**
 * Where the illustrative corps sits: hubs in cities with resource-rich cancer centres, partner centres in real cities of
 * low- and middle-income countries with a real radiotherapy machine gap (from the reference tables), and a few centres
 * serving underserved communities in high-income countries. Coordinates are city-level and jittered; names are invented.
 */
import type { Rng } from './prng';

export interface Country {
	iso3: string;
	region: string | null;
	income_group: string | null;
	population: number | null;
}
export interface RtCentre {
	iso3: string;
	city: string | null;
	mv_machines: number | null;
	lat: number | null;
	lon: number | null;
	admin1_code: string | null;
}
export interface Site {
	iso3: string;
	city: string;
	lat: number;
	lon: number;
	admin1_code: string | null;
	setting: 'lmic' | 'underserved_hic';
	mv_machines: number;
	languages: string[];
	region: string;
}

export const HUB_CITIES = [
	{ city: 'Boston', iso3: 'USA', lat: 42.36, lon: -71.06, languages: ['en'] },
	{ city: 'Houston', iso3: 'USA', lat: 29.76, lon: -95.37, languages: ['en', 'es'] },
	{ city: 'Toronto', iso3: 'CAN', lat: 43.65, lon: -79.38, languages: ['en'] },
	{ city: 'Montréal', iso3: 'CAN', lat: 45.5, lon: -73.57, languages: ['fr', 'en'] },
	{ city: 'London', iso3: 'GBR', lat: 51.51, lon: -0.13, languages: ['en'] },
	{ city: 'Lyon', iso3: 'FRA', lat: 45.76, lon: 4.84, languages: ['fr', 'en'] },
	{ city: 'Heidelberg', iso3: 'DEU', lat: 49.4, lon: 8.69, languages: ['de', 'en'] },
	{ city: 'Milan', iso3: 'ITA', lat: 45.46, lon: 9.19, languages: ['it', 'en'] },
	{ city: 'Barcelona', iso3: 'ESP', lat: 41.39, lon: 2.17, languages: ['es', 'en'] },
	{ city: 'Lisbon', iso3: 'PRT', lat: 38.72, lon: -9.14, languages: ['pt', 'en'] },
	{ city: 'Melbourne', iso3: 'AUS', lat: -37.81, lon: 144.96, languages: ['en'] },
	{ city: 'Tokyo', iso3: 'JPN', lat: 35.68, lon: 139.69, languages: ['ja', 'en'] }
] as const;

/** Centres serving indigenous and remote communities in high-income countries. */
const UNDERSERVED: Omit<Site, 'setting' | 'region'>[] = [
	{
		iso3: 'CAN',
		city: 'Thunder Bay',
		lat: 48.38,
		lon: -89.25,
		admin1_code: 'CA-ON',
		mv_machines: 2,
		languages: ['en', 'fr']
	},
	{
		iso3: 'AUS',
		city: 'Alice Springs',
		lat: -23.7,
		lon: 133.88,
		admin1_code: 'AU-NT',
		mv_machines: 0,
		languages: ['en']
	},
	{
		iso3: 'USA',
		city: 'Gallup',
		lat: 35.53,
		lon: -108.74,
		admin1_code: 'US-NM',
		mv_machines: 0,
		languages: ['en']
	},
	{
		iso3: 'USA',
		city: 'Bethel',
		lat: 60.79,
		lon: -161.76,
		admin1_code: 'US-AK',
		mv_machines: 0,
		languages: ['en']
	}
];

/** Capitals of countries with no radiotherapy record, so the sharpest gaps can still host a centre. */
const CAPITALS: Record<string, { city: string; lat: number; lon: number }> = {
	TCD: { city: "N'Djamena", lat: 12.13, lon: 15.06 },
	SLE: { city: 'Freetown', lat: 8.48, lon: -13.23 },
	LBR: { city: 'Monrovia', lat: 6.31, lon: -10.8 },
	CAF: { city: 'Bangui', lat: 4.39, lon: 18.56 },
	SSD: { city: 'Juba', lat: 4.85, lon: 31.58 },
	GNB: { city: 'Bissau', lat: 11.86, lon: -15.6 },
	BDI: { city: 'Bujumbura', lat: -3.38, lon: 29.36 },
	GMB: { city: 'Banjul', lat: 13.45, lon: -16.58 },
	TGO: { city: 'Lomé', lat: 6.13, lon: 1.22 },
	HTI: { city: 'Port-au-Prince', lat: 18.54, lon: -72.34 },
	LAO: { city: 'Vientiane', lat: 17.97, lon: 102.6 },
	SOM: { city: 'Mogadishu', lat: 2.05, lon: 45.32 }
};

const FR =
	'BEN BFA BDI CMR CAF TCD COM COG COD CIV DJI GAB GIN MDG MLI NER SEN TGO HTI MRT DZA MAR TUN LBN'.split(
		' '
	);
const PT = 'AGO MOZ GNB CPV STP BRA TLS'.split(' ');
const LOCAL: Record<string, string[]> = {
	KEN: ['en', 'sw'],
	TZA: ['en', 'sw'],
	UGA: ['en', 'sw'],
	ETH: ['en', 'am'],
	RWA: ['en', 'fr', 'rw'],
	MDG: ['fr', 'mg'],
	CMR: ['fr', 'en'],
	SOM: ['so', 'en'],
	NGA: ['en', 'ha'],
	IND: ['en', 'hi'],
	BGD: ['bn', 'en'],
	PAK: ['ur', 'en'],
	NPL: ['ne', 'en'],
	LKA: ['si', 'en'],
	VNM: ['vi', 'en'],
	KHM: ['km', 'en'],
	LAO: ['lo', 'fr'],
	IDN: ['id', 'en'],
	PHL: ['en', 'tl'],
	MMR: ['my', 'en'],
	THA: ['th', 'en'],
	MNG: ['en'],
	UZB: ['uz', 'ru'],
	UKR: ['uk', 'en'],
	IRN: ['fa', 'en'],
	TUR: ['tr', 'en'],
	EGY: ['ar', 'en'],
	JOR: ['ar', 'en'],
	IRQ: ['ar', 'en'],
	SDN: ['ar', 'en'],
	YEM: ['ar', 'en'],
	CHN: ['zh', 'en'],
	MYS: ['ms', 'en'],
	ZAF: ['en', 'zu'],
	GUY: ['en'],
	JAM: ['en'],
	BLZ: ['en', 'es']
};

export function languagesOf(iso3: string, region: string): string[] {
	if (LOCAL[iso3]) return LOCAL[iso3];
	if (FR.includes(iso3)) return ['DZA', 'MAR', 'TUN', 'LBN', 'MRT'].includes(iso3) ? ['ar', 'fr'] : ['fr'];
	if (PT.includes(iso3)) return ['pt'];
	if (region === 'Latin America & Caribbean') return ['es'];
	if (region === 'Middle East & North Africa') return ['ar', 'en'];
	if (region === 'Europe & Central Asia') return ['ru', 'en'];
	return ['en'];
}

/** How many LMIC centres each World Bank region gets. */
export const REGION_QUOTA: Record<string, number> = {
	'Sub-Saharan Africa': 17,
	'Latin America & Caribbean': 10,
	'East Asia & Pacific': 7,
	'South Asia': 6,
	'Middle East & North Africa': 4,
	'Europe & Central Asia': 2
};

export interface GapInput {
	countries: Country[];
	/** New cases (all cancers excluding non-melanoma skin) by country. */
	newCases: Map<string, number>;
	rtCentres: RtCentre[];
}

/** Radiotherapy machine gap: need = cases × 0.5 / 450 courses per machine-year, minus installed machines. */
export function machineGap(cases: number, installed: number): number {
	return Math.max(0, (cases * 0.5) / 450 - installed);
}

/** Countries where an illustrative partnership would not be plausible. */
const EXCLUDED = ['PRK'];

const cityKey = (c: RtCentre) => (c.city ?? '').trim().toLowerCase();
const cityCount = (rts: RtCentre[] | undefined) => new Set((rts ?? []).map(cityKey)).size;
const SPELLING: Record<string, string> = { Abbidjan: 'Abidjan', 'Shika - Zaria': 'Zaria' };
const tidy = (raw: string, city = SPELLING[raw] ?? raw) =>
	city === city.toUpperCase() ? city.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase()) : city;

/** A city drawn in proportion to its number of radiotherapy centres (large, well-recorded cities first), not already used. */
function pickCity(rts: RtCentre[], used: Set<string>, rng: Rng): RtCentre | null {
	const cities = new Map<string, RtCentre[]>();
	for (const r of rts) cities.set(cityKey(r), [...(cities.get(cityKey(r)) ?? []), r]);
	const open = [...cities.values()].filter((list) => !used.has(tidy(list[0]?.city ?? '')));
	if (open.length === 0) return null;
	const list = rng.weighted(open, (l) => l.length * l.length);
	const one = rng.pick(list);
	const mean = (f: (r: RtCentre) => number) => list.reduce((s, r) => s + f(r), 0) / list.length;
	return { ...one, city: tidy(one.city ?? ''), lat: mean((r) => r.lat ?? 0), lon: mean((r) => r.lon ?? 0) };
}

const jitter = (rng: Rng) => Math.round((rng.next() - 0.5) * 0.06 * 1000) / 1000;

/** Centre sites: countries drawn per region in proportion to the square root of their machine gap; at most two per country. */
export function placeCentres(input: GapInput, rng: Rng): Site[] {
	const byCountry = new Map<string, RtCentre[]>();
	for (const c of input.rtCentres) {
		if (c.lat === null || c.lon === null || !c.city) continue;
		const list = byCountry.get(c.iso3) ?? [];
		list.push(c);
		byCountry.set(c.iso3, list);
	}
	const sites: Site[] = [];
	for (const [region, quota] of Object.entries(REGION_QUOTA)) {
		const pool = input.countries
			.filter(
				(c) =>
					c.region === region && ['L', 'LM', 'UM'].includes(c.income_group ?? '') && (c.population ?? 0) > 1e6
			)
			.map((c) => {
				const installed = (byCountry.get(c.iso3) ?? []).reduce((s, r) => s + (r.mv_machines ?? 0), 0);
				return { c, gap: machineGap(input.newCases.get(c.iso3) ?? 0, installed) };
			})
			.filter(
				(x) => x.gap >= 1 && !EXCLUDED.includes(x.c.iso3) && (byCountry.has(x.c.iso3) || CAPITALS[x.c.iso3])
			)
			.sort((a, b) => a.c.iso3.localeCompare(b.c.iso3));
		const taken = new Map<string, number>();
		for (let n = 0; n < quota && pool.length > 0; n++) {
			const open = pool.filter(
				(x) => (taken.get(x.c.iso3) ?? 0) < (x.gap > 40 && cityCount(byCountry.get(x.c.iso3)) > 1 ? 2 : 1)
			);
			if (open.length === 0) break;
			const { c } = rng.weighted(open, (x) => Math.sqrt(x.gap));
			taken.set(c.iso3, (taken.get(c.iso3) ?? 0) + 1);
			const rt = pickCity(
				byCountry.get(c.iso3) ?? [],
				new Set(sites.filter((s) => s.iso3 === c.iso3).map((s) => s.city)),
				rng
			);
			const cap = CAPITALS[c.iso3];
			sites.push({
				iso3: c.iso3,
				city: rt?.city ?? cap?.city ?? '',
				lat: Math.round(((rt?.lat ?? cap?.lat ?? 0) + jitter(rng)) * 1000) / 1000,
				lon: Math.round(((rt?.lon ?? cap?.lon ?? 0) + jitter(rng)) * 1000) / 1000,
				admin1_code: rt?.admin1_code ?? null,
				setting: 'lmic',
				mv_machines: rt ? Math.min(3, rt.mv_machines ?? 0) : 0,
				languages: languagesOf(c.iso3, region),
				region
			});
		}
	}
	for (const u of UNDERSERVED) sites.push({ ...u, setting: 'underserved_hic', region: 'High income' });
	return sites;
}

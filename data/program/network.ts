/** Hubs, centres (with phase histories) and experts of the illustrative corps. */
import type { CentreRow, ExpertRow, HubRow, Specialty } from '../../src/lib/data/program-schema';
import { centreName, expertName, hubName } from './names';
import { HUB_CITIES, type Site } from './places';
import { dayOf, isoOf, type Rng } from './prng';

export const START = dayOf('2016-01-01');
export const AS_OF = dayOf('2025-12-31');

export interface CentrePlan {
	row: CentreRow;
	languages: string[];
	join: number;
	/** Day each phase began, phase 1 first; phases not yet reached are absent. */
	phases: number[];
}

export function makeHubs(rng: Rng): HubRow[] {
	const used = new Set<string>();
	return HUB_CITIES.map((h, i) => ({
		hub_id: `H${String(i + 1).padStart(2, '0')}`,
		name: hubName(rng, used),
		city: h.city,
		iso3: h.iso3,
		lat: h.lat,
		lon: h.lon
	}));
}

const SERVICE_EXTRAS = ['pathology', 'imaging', 'palliative_care', 'brachytherapy', 'nuclear_medicine'];

export function makeCentres(sites: Site[], hubs: HubRow[], rng: Rng): CentrePlan[] {
	const used = new Set<string>();
	const span = dayOf('2025-09-30') - START;
	return sites.map((site, i) => {
		const join = START + Math.floor(rng.next() ** 1.1 * span);
		const phases = [join];
		const steps: [number, number][] = [
			[120, 400],
			[240, 720],
			[400, 1100],
			[600, 1500]
		];
		for (const [lo, hi] of steps) {
			const next = (phases.at(-1) ?? join) + rng.int(lo, hi);
			if (next > AS_OF) break;
			phases.push(next);
		}
		const lang = site.languages[0] ?? 'en';
		const hub = rng.weighted(hubs, (h) => {
			const hubLangs = HUB_CITIES.find((c) => c.city === h.city)?.languages ?? [];
			return (hubLangs as readonly string[]).includes(lang) ? (lang === 'en' ? 1 : 6) : 0.15;
		});
		const services = ['chemotherapy', 'surgery'];
		if (site.mv_machines > 0) services.unshift('radiotherapy');
		for (const s of SERVICE_EXTRAS)
			if (rng.chance(s === 'brachytherapy' && site.mv_machines === 0 ? 0 : 0.45)) services.push(s);
		const phase = phases.length;
		return {
			join,
			phases,
			languages: site.languages,
			row: {
				centre_id: `C${String(i + 1).padStart(3, '0')}`,
				name: centreName(rng, ['fr', 'es', 'pt'].includes(lang) ? lang : 'en', used),
				iso3: site.iso3,
				admin1_code: site.admin1_code,
				city: site.city,
				lat: site.lat,
				lon: site.lon,
				setting: site.setting,
				services: services.join(';'),
				mv_machines: site.mv_machines,
				phase,
				phase_since: isoOf(phases[phase - 1] ?? join),
				working_languages: site.languages.join(';'),
				hub_id: hub.hub_id
			}
		};
	});
}

const SPECIALTY_WEIGHTS: [Specialty, number][] = [
	['radiation_oncology', 50],
	['medical_physics', 36],
	['radiation_therapy', 28],
	['medical_oncology', 34],
	['surgical_oncology', 16],
	['pathology', 20],
	['oncology_nursing', 24],
	['palliative_care', 14],
	['radiology', 12],
	['program_management', 16]
];
const EXTRA_LANGS = ['es', 'fr', 'pt', 'ar', 'sw', 'hi'];

export function makeExperts(count: number, hubs: HubRow[], rng: Rng): ExpertRow[] {
	const used = new Set<string>();
	const from = dayOf('2015-01-01');
	const to = dayOf('2025-06-30');
	return Array.from({ length: count }, (_, i) => {
		const hub = rng.chance(0.05) ? null : rng.pick(hubs);
		const hubLangs = [...(HUB_CITIES.find((c) => c.city === hub?.city)?.languages ?? ['en'])] as string[];
		const langs = rng.chance(0.3) ? [...new Set([...hubLangs, rng.pick(EXTRA_LANGS)])] : hubLangs;
		const first = hubLangs[0] ?? 'en';
		return {
			expert_id: `E${String(i + 1).padStart(3, '0')}`,
			display_name: expertName(rng, first, used),
			specialty: rng.weighted(SPECIALTY_WEIGHTS, ([, w]) => w)[0],
			hub_id: hub?.hub_id ?? null,
			track: rng.weighted(['academic', 'private_practice', 'senior_retired'] as const, (t) =>
				t === 'academic' ? 55 : t === 'private_practice' ? 25 : 20
			),
			languages: langs.join(';'),
			hours_per_month: rng.pick([4, 6, 8, 8, 10, 12, 16, 20]),
			joined: isoOf(from + Math.floor(rng.next() ** 1.4 * (to - from)))
		};
	});
}

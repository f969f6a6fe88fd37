/**
 * The map's floor for the interaction section: the app's world map alone on a bare page (bench/map-floor/), at the
 * size of the app's map canvas, given the same changes — the /mentorship overlay the specialty change draws (computed
 * here with the same queries on native DuckDB) and /gaps fill colours — each timed until MapLibre is idle. On this
 * machine MapLibre paints with SwiftShader (software WebGL), so this is the least a map repaint costs here.
 */
import { chromium } from '@playwright/test';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../scripts/browser-path.mjs';
import { countryCapacityRecords } from '../src/lib/data/queries/capacity';
import { centreActivity, mentoringLinks, type MentorshipFilters } from '../src/lib/data/queries/mentorship';
import { hubList } from '../src/lib/data/queries/mentorship-places';
import { buildSessionMonths } from '../src/lib/data/queries/session-months';
import { overlayFeatures, type OverlayData } from '../src/lib/map/overlay';
import { nodeProgramQuery } from '../tests/support/node-duckdb';
import { CACHE_DIR } from './files';

const PAGE_DIR = resolve(`${CACHE_DIR}/map-floor`);

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.json': 'application/json'
};

function serve(port: number): Promise<Server> {
	const server = createServer((request, response) => {
		const name = new URL(request.url ?? '/', 'http://x').pathname.slice(1) || 'index.html';
		const file = join(PAGE_DIR, name);
		if (name.includes('..') || !existsSync(file) || !statSync(file).isFile()) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': statSync(file).size
		});
		createReadStream(file).pipe(response);
	});
	return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

export interface MapFloorInput {
	/** The app's map canvas, CSS pixels. */
	width: number;
	height: number;
	/** /mentorship filter states whose overlays are drawn in turn. */
	filters: MentorshipFilters[];
	runs: number;
}

export interface MapFloorTimes {
	overlayMs: number[];
	fillMs: number[];
}

/** The overlay CoverageMap draws for one filter state: hubs, centres (active with sessions) and hub → centre arcs. */
async function overlays(filters: readonly MentorshipFilters[]) {
	const query = await nodeProgramQuery(
		['hubs', 'centres', 'experts', 'engagements', 'sessions', 'requests'],
		{ reference: ['countries', 'cancer_burden', 'rt_capacity', 'rt_centres'] }
	);
	try {
		await buildSessionMonths(query);
		const hubs = await hubList(query);
		const numericToIso3 = (await countryCapacityRecords(query))
			.filter((r) => r.iso_numeric !== null)
			.map((r): [string, string] => [r.iso_numeric as string, r.iso3]);
		const data: OverlayData[] = [];
		for (const f of filters) {
			const [centres, links] = [await centreActivity(query, f), await mentoringLinks(query, f)];
			const places = [
				...hubs.map((h) => ({ id: h.hub_id, kind: 'hub' as const, lon: h.lon, lat: h.lat, active: true })),
				...centres.map((c) => ({
					id: c.centre_id,
					kind: 'centre' as const,
					lon: c.lon,
					lat: c.lat,
					active: c.sessions > 0
				}))
			];
			const arcs = links
				.filter((l) => l.hub_id !== null && l.hub_lat !== null)
				.map((l) => ({
					from: [l.hub_lon ?? 0, l.hub_lat ?? 0] as [number, number],
					to: [l.centre_lon, l.centre_lat] as [number, number],
					weight: l.hours
				}));
			data.push(overlayFeatures(places, arcs));
		}
		return { data, numericToIso3 };
	} finally {
		query.close();
	}
}

/** What bench/map-floor/page.ts puts on `window`. */
interface FloorWindow {
	mapFloor: {
		open(width: number, height: number, numericToIso3: readonly (readonly [string, string])[]): Promise<void>;
		overlay(data: OverlayData): Promise<number>;
		fill(values: [string, number | null][]): Promise<number>;
	};
}

/** `runs` overlay changes and `runs` fill changes on the bare map; milliseconds from each change to idle. */
export async function mapFloor(port: number, input: MapFloorInput): Promise<MapFloorTimes> {
	const { data, numericToIso3 } = await overlays(input.filters);
	if (data.length === 0) throw new Error('the map floor needs at least one filter state');
	await build({
		configFile: false,
		root: 'bench/map-floor',
		logLevel: 'error',
		build: { outDir: PAGE_DIR, emptyOutDir: true }
	});
	const server = await serve(port);
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`http://127.0.0.1:${port}/`);
		await page.locator('body[data-state="ready"]').waitFor({ state: 'attached' });
		await page.evaluate(([w, h, codes]) => (window as unknown as FloorWindow).mapFloor.open(w, h, codes), [
			input.width,
			input.height,
			numericToIso3
		] as const);
		const times: MapFloorTimes = { overlayMs: [], fillMs: [] };
		const iso3s = numericToIso3.map(([, iso3]) => iso3);
		for (let i = 0; i < input.runs; i++) {
			const overlay = data[i % data.length]!;
			times.overlayMs.push(
				await page.evaluate((d) => (window as unknown as FloorWindow).mapFloor.overlay(d), overlay)
			);
			// Every country's class moves each time, as an indicator change recolours the whole map.
			const values = iso3s.map((iso3, k): [string, number | null] => [iso3, ((k + i) % 6) / 5 || null]);
			times.fillMs.push(
				await page.evaluate((v) => (window as unknown as FloorWindow).mapFloor.fill(v), values)
			);
		}
		return times;
	} finally {
		await browser.close();
		server.close();
	}
}

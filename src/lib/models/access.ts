/**
 * Geographic access to megavoltage radiotherapy: who lives within a given great-circle distance of a machine,
 * computed on population grid cells (GPWv4, 0.5°) so that a what-if (a machine added here) can be recomputed at once.
 */

export interface LatLon {
	lat: number;
	lon: number;
}

/** One population grid cell: its centre, its people and the admin-1 unit holding its centre. */
export interface PopulationCell extends LatLon {
	population: number;
	admin1Code: string | null;
}

/** The radii of the access figures, km. */
export const ACCESS_RADII_KM = [100, 200] as const;
export type AccessRadius = (typeof ACCESS_RADII_KM)[number];

/** Mean Earth radius, km (IUGG), the one the reference tables were derived with. */
export const EARTH_RADIUS_KM = 6371.0088;

const radians = (degrees: number): number => (degrees * Math.PI) / 180;

/**
 * Great-circle distance between two points, km, by the haversine formula on a sphere of radius 6,371.0088 km.
 *
 * @example greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 }) // 111.19 km (one degree of the equator)
 */
export function greatCircleKm(a: LatLon, b: LatLon): number {
	const dLat = radians(b.lat - a.lat);
	const dLon = radians(b.lon - a.lon);
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * For each cell, the distance in km to the nearest site, or `Infinity` when no site lies within `maxKm`.
 * Sites farther than `maxKm` in latitude alone are skipped before the trigonometry.
 *
 * @example nearestSiteKm([{ lat: 0, lon: 0 }], [{ lat: 0, lon: 1 }], 200) // [111.19…]
 */
export function nearestSiteKm(cells: readonly LatLon[], sites: readonly LatLon[], maxKm: number): number[] {
	const latWindow = maxKm / 111 + 0.1;
	const sorted = [...sites].sort((a, b) => a.lat - b.lat);
	return cells.map((cell) => {
		let best = Infinity;
		for (const site of sorted) {
			if (site.lat < cell.lat - latWindow) continue;
			if (site.lat > cell.lat + latWindow) break;
			const km = greatCircleKm(cell, site);
			if (km < best) best = km;
		}
		return best <= maxKm ? best : Infinity;
	});
}

/** Each cell's distance to the nearest site once `added` sites join the existing ones. */
export function withAddedSites(
	cells: readonly LatLon[],
	baselineKm: readonly number[],
	added: readonly LatLon[],
	maxKm: number
): number[] {
	if (added.length === 0) return [...baselineKm];
	const extra = nearestSiteKm(cells, added, maxKm);
	return baselineKm.map((km, i) => Math.min(km, extra[i] ?? Infinity));
}

/** Grid population in total and within each radius. */
export interface ReachTotals {
	population: number;
	within100: number;
	within200: number;
}

export interface ReachSummary {
	country: ReachTotals;
	/** By admin-1 code; cells with no unit count only in `country`. */
	byUnit: Map<string, ReachTotals>;
}

const emptyTotals = (): ReachTotals => ({ population: 0, within100: 0, within200: 0 });

/**
 * Sums the grid population within 100 and 200 km of a site, for the country and each admin-1 unit. A cell counts
 * when its centre is within the radius (distance ≤ radius), as in the derived reference table.
 */
export function reachSummary(cells: readonly PopulationCell[], distancesKm: readonly number[]): ReachSummary {
	const country = emptyTotals();
	const byUnit = new Map<string, ReachTotals>();
	cells.forEach((cell, i) => {
		const km = distancesKm[i] ?? Infinity;
		const targets = [country];
		if (cell.admin1Code !== null) {
			let unit = byUnit.get(cell.admin1Code);
			if (!unit) byUnit.set(cell.admin1Code, (unit = emptyTotals()));
			targets.push(unit);
		}
		for (const totals of targets) {
			totals.population += cell.population;
			if (km <= 100) totals.within100 += cell.population;
			if (km <= 200) totals.within200 += cell.population;
		}
	});
	return { country, byUnit };
}

/** Share of the people beyond `radius` km of any machine (0–1); `null` when the cells hold nobody. */
export function shareBeyond(totals: ReachTotals | undefined, radius: AccessRadius): number | null {
	if (!totals || !(totals.population > 0)) return null;
	const within = radius === 100 ? totals.within100 : totals.within200;
	return Math.max(0, 1 - within / totals.population);
}

/**
 * The grid population brought within reach by added sites, scaled to a current population total:
 * `(within after − within before) × populationTotal / gridTotal`. With no scale total, grid people are returned.
 *
 * @example broughtWithinReach(before, after, 100, 1.1) // 10 % more than the grid count
 */
export function broughtWithinReach(
	before: ReachTotals,
	after: ReachTotals,
	radius: AccessRadius,
	scale = 1
): number {
	const gain = radius === 100 ? after.within100 - before.within100 : after.within200 - before.within200;
	return Math.max(0, gain) * scale;
}

/** The factor turning grid people into current people: national population / grid total; 1 when unknown. */
export function gridScale(nationalPopulation: number | null, gridPopulation: number): number {
	return nationalPopulation !== null && nationalPopulation > 0 && gridPopulation > 0
		? nationalPopulation / gridPopulation
		: 1;
}

/**
 * The admin-1 unit of a point: the unit of the nearest populated cell whose centre is within `maxKm` (default
 * 40 km, just over half a 0.5° cell's diagonal), else `null`.
 */
export function unitAt(point: LatLon, cells: readonly PopulationCell[], maxKm = 40): string | null {
	let best: PopulationCell | null = null;
	let bestKm = maxKm;
	for (const cell of cells) {
		if (Math.abs(cell.lat - point.lat) > 1) continue;
		const km = greatCircleKm(point, cell);
		if (km <= bestKm) {
			bestKm = km;
			best = cell;
		}
	}
	return best?.admin1Code ?? null;
}

/** The centre of a unit's most populous cell: where a machine for that unit would reach the most people. */
export function mostPopulousCell(cells: readonly PopulationCell[], admin1Code: string): LatLon | null {
	let best: PopulationCell | null = null;
	for (const cell of cells)
		if (cell.admin1Code === admin1Code && (!best || cell.population > best.population)) best = cell;
	return best ? { lat: best.lat, lon: best.lon } : null;
}

/** A latitude/longitude box. */
export interface LatLonBox {
	south: number;
	north: number;
	west: number;
	east: number;
}

/**
 * The box around the cells widened by `radiusKm` (and a margin), holding every site that can be within reach of a
 * cell; `null` without cells.
 */
export function reachBox(cells: readonly LatLon[], radiusKm: number): LatLonBox | null {
	if (cells.length === 0) return null;
	let south = 90;
	let north = -90;
	let west = 180;
	let east = -180;
	for (const { lat, lon } of cells) {
		south = Math.min(south, lat);
		north = Math.max(north, lat);
		west = Math.min(west, lon);
		east = Math.max(east, lon);
	}
	const padLat = radiusKm / 111 + 0.5;
	const widest = Math.min(89, Math.max(Math.abs(south), Math.abs(north)) + padLat);
	const padLon = padLat / Math.cos(radians(widest));
	return {
		south: Math.max(-90, south - padLat),
		north: Math.min(90, north + padLat),
		west: west - padLon <= -180 ? -180 : west - padLon,
		east: east + padLon >= 180 ? 180 : east + padLon
	};
}

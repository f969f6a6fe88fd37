import type { LatLon } from './access';

/** The URL key of the what-if machines: `?add=lat,lon;lat,lon`. */
export const addedMachinesKey = 'add';
/** More machines than this in one what-if is more likely a pasted error than a plan. */
export const maxAddedMachines = 50;

export interface AddedMachinesRead {
	points: LatLon[];
	/** Parts of the URL value that were not a valid point, as typed. */
	rejected: string[];
}

const decimal = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** Rounds to 0.001° (about 100 m): enough for a machine's place, short in a URL. */
const round = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * Reads `lat,lon;lat,lon` from the URL. Points out of range or not numbers are rejected (and returned so the page
 * can say so); beyond `maxAddedMachines` the rest are rejected.
 *
 * @example readAddedMachines('-1.3,36.8;x') // { points: [{ lat: -1.3, lon: 36.8 }], rejected: ['x'] }
 */
export function readAddedMachines(value: string | null): AddedMachinesRead {
	const points: LatLon[] = [];
	const rejected: string[] = [];
	if (!value) return { points, rejected };
	for (const part of value.split(';')) {
		const text = part.trim();
		if (text === '') continue;
		const [latText = '', lonText = '', ...extra] = text.split(',').map((s) => s.trim());
		const lat = decimal.test(latText) ? Number(latText) : Number.NaN;
		const lon = decimal.test(lonText) ? Number(lonText) : Number.NaN;
		const valid = extra.length === 0 && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
		if (valid && points.length < maxAddedMachines) points.push({ lat: round(lat), lon: round(lon) });
		else rejected.push(text);
	}
	return { points, rejected };
}

/** Writes points as `lat,lon;lat,lon` (0.001° precision); an empty list gives `null` (remove the key). */
export function writeAddedMachines(points: readonly LatLon[]): string | null {
	if (points.length === 0) return null;
	return points.map((p) => `${round(p.lat)},${round(p.lon)}`).join(';');
}

/** Pure parsing and repair of DIRAC facility records (no I/O, so the repair is unit-tested on inline rows). */

export const DIRAC_HEADER = [
	'Country',
	'City',
	'Operator Name',
	'He Photon And Electron Beam Rt',
	'Proton Ion Therapy',
	'XRay Generator',
	'Brachy Therapy Inc El',
	'Last Update',
	'Latitude',
	'Longitude'
] as const;

export interface DiracFacility {
	/** 1-based record number in the raw file, the header being row 1. */
	row: number;
	country: string;
	city: string;
	name: string;
	mvMachines: number;
	protonIon: number;
	xrayUnits: number;
	brachytherapy: number;
	lastUpdate: number | null;
	lat: number | null;
	lon: number | null;
	repaired: boolean;
}

const isCount = (s: string | undefined): boolean => s !== undefined && /^\d+(\.0+)?$/.test(s.trim());

function count(s: string | undefined, where: string, column: string): number {
	if (!isCount(s)) throw new Error(`${where}: column "${column}" is "${s ?? ''}", expected a whole number`);
	return Number(s);
}

function optionalNumber(
	s: string | undefined,
	where: string,
	column: string,
	min: number,
	max: number
): number | null {
	if (s === undefined || s.trim() === '') return null;
	const v = Number(s);
	if (!Number.isFinite(v) || v < min || v > max)
		throw new Error(`${where}: column "${column}" is "${s}", expected ${min}–${max}`);
	return v;
}

/**
 * The raw export lost one field on rows whose operator (or city) name held a comma: the name spills into
 * "He Photon…", every count moves one column right, and the last-update year is lost (it reads "0.0", which
 * is the brachytherapy count). The piece after the comma starts with a space, which tells which name it continues.
 */
function repairShifted(f: string[], where: string): string[] {
	const [country, a, b, c, mv, proton, xray, brachy, lat, lon] = f as [string, ...string[]];
	const counts = [mv, proton, xray, brachy];
	if (!counts.every(isCount))
		throw new Error(`${where}: malformed row (text in a count column) that is not a known shift`);
	const bStarts = b?.startsWith(' ') ?? false;
	const cStarts = c?.startsWith(' ') ?? false;
	if (bStarts === cStarts)
		throw new Error(`${where}: malformed row, cannot tell which name the stray comma split`);
	const city = bStarts ? `${a}, ${b?.trim()}` : (a ?? '');
	const name = bStarts ? (c ?? '') : `${b}, ${c?.trim()}`;
	return [country, city, name, mv ?? '', proton ?? '', xray ?? '', brachy ?? '', '', lat ?? '', lon ?? ''];
}

/** Parses DIRAC records (header first); repairs the known column shift; fails naming file and row on anything else. */
export function parseDiracRecords(records: string[][], file: string): DiracFacility[] {
	const header = records[0] ?? [];
	const missing = DIRAC_HEADER.filter((h, i) => header[i]?.trim() !== h);
	if (missing.length > 0) throw new Error(`${file}: missing or misplaced column(s) ${missing.join(', ')}`);
	return records.slice(1).map((raw, i) => {
		const row = i + 2;
		const where = `${file} row ${row}`;
		if (raw.length !== DIRAC_HEADER.length)
			throw new Error(`${where}: ${raw.length} fields, expected ${DIRAC_HEADER.length}`);
		const shifted = !isCount(raw[3]);
		const f = shifted ? repairShifted(raw, where) : raw;
		const lastUpdate = optionalNumber(f[7], where, 'Last Update', 1950, 2100);
		if (!f[0]?.trim()) throw new Error(`${where}: empty Country`);
		return {
			row,
			country: f[0].trim(),
			city: (f[1] ?? '').trim(),
			name: (f[2] ?? '').trim(),
			mvMachines: count(f[3], where, DIRAC_HEADER[3]),
			protonIon: count(f[4], where, DIRAC_HEADER[4]),
			xrayUnits: count(f[5], where, DIRAC_HEADER[5]),
			brachytherapy: count(f[6], where, DIRAC_HEADER[6]),
			lastUpdate,
			lat: optionalNumber(f[8], where, 'Latitude', -90, 90),
			lon: optionalNumber(f[9], where, 'Longitude', -180, 180),
			repaired: shifted
		};
	});
}

/** Maps DIRAC country names to ISO3 through the crosswalk; an unmapped name fails naming file and row. */
export function mapDiracCountries(
	facilities: DiracFacility[],
	crosswalk: Map<string, string>,
	file: string
): (DiracFacility & { iso3: string })[] {
	return facilities.map((f) => {
		const iso3 = crosswalk.get(f.country);
		if (!iso3)
			throw new Error(`${file} row ${f.row}: country "${f.country}" has no ISO3 code in the crosswalk`);
		return { ...f, iso3 };
	});
}

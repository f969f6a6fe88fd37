/**
 * The admin-1 units the country page works on: the shipped ones, or the user's own boundaries (units, population and
 * machines recomputed on them), with the user's figures joined by code or name.
 */
import type { FigureColumn } from '$lib/data/admin1-figures';
import type { UserShapes } from '$lib/data/admin1-boundaries';
import type { PopulationCell } from '$lib/models/access';
import type { Admin1Row } from '$lib/models/admin1-capacity';
import { joinAdmin1Figures, type Admin1Join } from '$lib/models/admin1-join';
import { unitsFromShapes } from '$lib/models/shape-units';
import type { LoadedBoundaries, LoadedFigures } from './country-files.svelte';
import type { CountryData } from './country';
import { admin1Rows } from './country-figures';

export interface CountryUnits {
	units: Admin1Row[];
	cells: PopulationCell[];
	/** The user's shapes when they replace the shipped ones. */
	shapes: UserShapes | null;
	/** With the user's shapes: share of people outside every shape, units with no cell, machines in no shape. */
	recomputed: { outsideShare: number | null; withoutCells: string[]; unplacedMachines: number } | null;
	join: Admin1Join | null;
	columns: FigureColumn[];
	casesColumn: number | null;
}

/** One user column's value for each unit (`null`: no row, or an empty or unreadable cell). */
export interface FigureSeries {
	label: string;
	values: ReadonlyMap<string, number | null>;
}

export function countryUnits(
	data: CountryData,
	hasRecord: boolean,
	nationalPopulation: number | null,
	boundaries: LoadedBoundaries | null,
	figures: LoadedFigures | null
): CountryUnits {
	let units: Admin1Row[] = admin1Rows(data.units, hasRecord);
	let cells = data.cells;
	let recomputed: CountryUnits['recomputed'] = null;
	if (boundaries) {
		const shapes = boundaries.shapes.features.map((f) => ({
			code: f.properties.admin1_code,
			name: f.properties.name,
			polygons: f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
		}));
		const sites = hasRecord
			? data.centres
					.filter((c) => !c.outside_own_country)
					.map((c) => ({ lat: c.lat, lon: c.lon, machines: c.mv_machines }))
			: null;
		const result = unitsFromShapes(shapes, data.cells, sites, nationalPopulation);
		units = result.units;
		cells = result.cells;
		recomputed = {
			outsideShare: result.outsideShare,
			withoutCells: result.withoutCells,
			unplacedMachines: result.unplacedMachines
		};
	}
	const columns = figures?.figures.columns ?? [];
	const cases = columns.findIndex((c) => c.cases);
	const casesColumn = cases >= 0 ? cases : null;
	const join = figures ? joinAdmin1Figures(figures.figures.rows, units, casesColumn) : null;
	return { units, cells, shapes: boundaries?.shapes ?? null, recomputed, join, columns, casesColumn };
}

export function figureSeries(units: CountryUnits): FigureSeries[] {
	const { join } = units;
	if (!join) return [];
	return units.columns.map((column, i) => ({
		label: column.header,
		values: new Map(units.units.map((u) => [u.code, join.byUnit.get(u.code)?.[i] ?? null]))
	}));
}

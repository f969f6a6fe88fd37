import { writeFileSync } from 'node:fs';
import { computeCellAccess } from './access';
import { buildAdmin1, loadUnits, loadWbSubnational, nameMatchedWbSql, unmatchedWbSql } from './admin1';
import { loadAdmin1Units } from './admin1-units';
import { assignCells, readPopulationGrid } from './population-grid';
import { writeShapes } from './shapes';
import { buildBurden } from './burden';
import { placeCentres } from './centre-admin1';
import { buildCountries, unmatchedEconomiesSql } from './countries';
import { buildRtTables, loadDirac } from './dirac';
import { openDuck, rows, writeParquet } from './duck';
import { RAW, missingRawFiles, outPath, rawDir } from './paths';
import { buildFirstScreen, writeWorldPaths } from './first-screen';
import { buildSummary } from './summary';
import { writeSources } from './write-sources';

async function main(): Promise<void> {
	const missing = missingRawFiles();
	if (missing.length === Object.keys(RAW).length) {
		console.log(`derive: ${rawDir} is absent; the committed tables in data/ are left as they are.`);
		return;
	}
	if (missing.length > 0)
		throw new Error(`derive: raw file(s) missing under ${rawDir}: ${missing.join(', ')}`);
	const conn = await openDuck();
	await buildCountries(conn);
	await buildBurden(conn);
	const dirac = await loadDirac(conn);
	console.log(`DIRAC: ${dirac.facilities} facilities, ${dirac.repaired} shifted rows repaired`);
	const units = await loadAdmin1Units(conn);
	const misplaced = await placeCentres(conn, units);
	await buildRtTables(conn);
	await assignCells(conn, units, await readPopulationGrid());
	await computeCellAccess(conn);
	await loadUnits(conn, units);
	await loadWbSubnational(conn);
	await buildAdmin1(conn);
	await conn.run(
		`CREATE OR REPLACE TABLE population_cells AS SELECT lat, lon, round(population, 1) AS population, iso3, admin1_code FROM cells ORDER BY lat, lon`
	);
	const rowCounts: Record<string, number> = {};
	for (const t of ['countries', 'cancer_burden', 'rt_centres', 'rt_capacity', 'admin1', 'population_cells']) {
		rowCounts[t] = await writeParquet(conn, `SELECT * FROM ${t}`, outPath(`${t}.parquet`));
		console.log(`${t}: ${rowCounts[t]} rows`);
	}
	writeFileSync(
		outPath('summary.json'),
		JSON.stringify({ ...(await buildSummary(conn)), overview: await buildFirstScreen(conn) }) + '\n'
	);
	writeWorldPaths();
	const shapes = writeShapes(units);
	console.log(
		`admin-1 shapes: ${shapes.files} files, largest ${shapes.maxFile} ${shapes.maxGzipBytes} bytes gzipped`
	);
	const iso = async (sql: string) => (await rows<{ iso3: string }>(conn, sql)).map((r) => r.iso3);
	const report = {
		wbEconomiesWithoutIso: await rows<{ iso3: string; economy: string }>(conn, unmatchedEconomiesSql),
		globocanWithoutDirac: await iso(
			'SELECT DISTINCT b.iso3 FROM cancer_burden b JOIN rt_capacity r USING (iso3) WHERE NOT r.has_record ORDER BY 1'
		),
		diracNotInGlobocan: await iso(
			'SELECT DISTINCT iso3 FROM rt_centres WHERE iso3 NOT IN (SELECT iso3 FROM cancer_burden) ORDER BY 1'
		),
		neCountriesUnmapped: units.unmappedCountry,
		wbSubnationalUnmatched: await rows<{ wb_code: string; wb_name: string }>(conn, unmatchedWbSql),
		wbSubnationalByName: await rows<{
			wb_code: string;
			wb_name: string;
			admin1_code: string;
			name: string;
			hasc_name: string | null;
		}>(conn, nameMatchedWbSql),
		misplacedCentres: misplaced,
		rowCounts,
		shapes
	};
	writeSources(report);
	console.log(
		`unmatched: ${report.wbEconomiesWithoutIso.length} WB economies, ${report.wbSubnationalUnmatched.length} WB subnational units, ` +
			`${misplaced.length} facilities outside their country's polygons (${misplaced.filter((m) => m.method === 'unassigned').length} documented exceptions); see data/SOURCES.md`
	);
}

main().catch((e: unknown) => {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
});

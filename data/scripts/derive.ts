import { mkdirSync, writeFileSync } from 'node:fs';
import { loadAdmin1Units } from './admin1-units.ts';
import { buildBurden } from './burden.ts';
import { placeCentres } from './centre-admin1.ts';
import { buildCountries, unmatchedEconomiesSql } from './countries.ts';
import { buildRtTables, loadDirac } from './dirac.ts';
import { openDuck, rows, writeParquet } from './duck.ts';
import { missingRawFiles, outPath, rawDir } from './paths.ts';
import { buildSummary } from './summary.ts';

async function main(): Promise<void> {
	const missing = missingRawFiles();
	if (missing.length === 16) {
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
	mkdirSync(outPath('admin1'), { recursive: true });
	for (const t of ['countries', 'cancer_burden', 'rt_centres', 'rt_capacity']) {
		const n = await writeParquet(conn, `SELECT * FROM ${t}`, outPath(`${t}.parquet`));
		console.log(`${t}: ${n} rows`);
	}
	writeFileSync(outPath('summary.json'), JSON.stringify(await buildSummary(conn)) + '\n');
	console.log('unmatched WB economies', await rows(conn, unmatchedEconomiesSql));
	console.log('misplaced', misplaced.length);
	for (const m of misplaced)
		console.log([m.centre_key, m.landed_in, m.method, m.km, m.lat, m.lon, m.city].join(' | '));
	console.log('unmapped NE countries', units.unmappedCountry);
}

main().catch((e: unknown) => {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
});

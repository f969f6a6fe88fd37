// npx tsx bench/upload-problems.ts: the cost of listing every problem of a file (not only the first 500). Checks a
// sessions file whose every row has two bad cells, and one whose rows are all good, in Node; median of 5.
//   ROWS=100000   rows of each file
import { analyseProgramFile } from '../src/lib/data/program-upload';

const rows = Number(process.env.ROWS ?? 100_000);
const header = 'session_id,engagement_id,date,hours,mode';
const file = (line: (i: number) => string) =>
	new TextEncoder().encode([header, ...Array.from({ length: rows }, (_, i) => line(i))].join('\n')).buffer;
const loaded = { engagements: [{ engagement_id: 'G0001' }] };

for (const [name, bytes] of [
	['every row bad', file((i) => `S${i},G0001,31/12/2024,NaN,telemedicine`)],
	['every row good', file((i) => `S${i},G0001,2024-12-31,2,telemedicine`)]
] as const) {
	const times: number[] = [];
	let listed = 0;
	for (let k = 0; k < 5; k++) {
		const start = performance.now();
		const analysis = await analyseProgramFile(bytes, 'sessions.csv', bytes.byteLength, {
			mode: 'append',
			loaded,
			countries: null
		});
		times.push(performance.now() - start);
		listed = analysis.issues.length;
	}
	times.sort((a, b) => a - b);
	console.log(`${name}, ${rows} rows: median ${Math.round(times[2] ?? 0)} ms, ${listed} problems listed`);
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface SizeRow {
	kind: string;
	files: number;
	raw: number;
	gzip: number;
	brotli: number;
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** Sizes of the built app by kind of file: raw, gzip and brotli (what a static host would send). */
export function bundleSizes(buildDir: string): SizeRow[] {
	const rows = new Map<string, SizeRow>();
	for (const file of walk(buildDir)) {
		const kind = file.endsWith('.wasm')
			? 'wasm'
			: file.endsWith('.js')
				? 'js'
				: file.endsWith('.css')
					? 'css'
					: /\.(parquet|json|csv)$/.test(file)
						? 'data'
						: 'other';
		const content = readFileSync(file);
		const row = rows.get(kind) ?? { kind, files: 0, raw: 0, gzip: 0, brotli: 0 };
		row.files++;
		row.raw += content.length;
		row.gzip += gzipSync(content, { level: 9 }).length;
		// Quality 9: close to what static hosts serve, and quality 11 takes minutes on the 34 MB wasm.
		row.brotli += brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }).length;
		rows.set(kind, row);
	}
	return [...rows.values()].sort((a, b) => b.raw - a.raw);
}

// The Content-Security-Policy each built page carries as a <meta> tag, as HTTP headers for the static host:
// one policy for every page (the hashes of every page's inline start-up script), plus what a <meta> tag cannot
// say (frame-ancestors). Writes build/_headers (Netlify / Cloudflare Pages format) and prints the headers.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

function htmlFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** The headers to send with every file of the build in `dir`. */
export function securityHeaders(dir = 'build') {
	const directives = new Map();
	for (const file of htmlFiles(dir)) {
		const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(
			readFileSync(file, 'utf8')
		);
		if (!meta) throw new Error(`${file} has no Content-Security-Policy`);
		for (const directive of meta[1].split(';')) {
			const [name, ...values] = directive.trim().split(/\s+/);
			if (!name) continue;
			const known = directives.get(name) ?? [];
			directives.set(name, [...known, ...values.filter((v) => !known.includes(v))]);
		}
	}
	if (directives.size === 0) throw new Error(`no built pages in ${dir}: run the build first`);
	directives.set('frame-ancestors', ["'none'"]);
	const policy = [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
	return {
		'Content-Security-Policy': policy,
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'no-referrer',
		'X-Frame-Options': 'DENY',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
		'Cross-Origin-Opener-Policy': 'same-origin'
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dir = process.argv[2] ?? 'build';
	const headers = securityHeaders(dir);
	const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
	writeFileSync(join(dir, '_headers'), `/*\n${lines.join('\n')}\n`);
	console.log(`/*\n${lines.join('\n')}`);
}

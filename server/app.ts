/**
 * The HTTP side: the built app as static files, and a small JSON/Arrow API. Written on node:http: eight routes do not
 * need a framework, and every check (session, CSRF, role, rate) stays visible in one place.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { checkStatement } from '../src/lib/data/console-statement';
import { loadAccounts, mayWrite, personOf, secretMatches, type Account, type Person } from './accounts';
import { exportBackup } from './backup';
import type { ServerConfig } from './config';
import type { Database } from './database';
import { QueryLimitError, runConsole, runNamed } from './engine';
import { acceptedStatement, RefusedStatement, type TemplateCatalog } from './statements';
import { cookieHeader, cookieValue, RateLimit, SESSION_COOKIE, SessionStore, type Session } from './sessions';
import { upload } from './upload';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json',
	'.woff2': 'font/woff2',
	'.parquet': 'application/octet-stream',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8'
};

const ENGINE_MARK = '<meta name="atlas-engine" content="duckdb-server">';

/** What a `<meta>` policy cannot say (the pages carry their own CSP): no framing, no referrer, own window group. */
const PAGE_HEADERS = {
	'Content-Security-Policy': "frame-ancestors 'none'",
	'X-Frame-Options': 'DENY',
	'Referrer-Policy': 'no-referrer',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'X-Content-Type-Options': 'nosniff'
};

/** Everyone's view when the server has no accounts: a public, read-only dashboard. */
const PUBLIC: Person = { name: 'public', role: 'viewer', countries: null };

class HttpError extends Error {
	constructor(
		readonly status: number,
		message: string,
		readonly body: Record<string, unknown> = {}
	) {
		super(message);
	}
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
	const bytes = body instanceof Uint8Array ? body : Buffer.from(JSON.stringify(body));
	res.writeHead(status, {
		'Content-Type': body instanceof Uint8Array ? 'application/vnd.apache.arrow.stream' : 'application/json',
		'Cache-Control': 'no-store',
		'X-Content-Type-Options': 'nosniff',
		...headers
	});
	res.end(bytes);
}

async function body(req: IncomingMessage, limit: number): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > limit) throw new HttpError(413, `The request is larger than ${limit} bytes`);
		chunks.push(chunk);
	}
	return Buffer.concat(chunks);
}

async function jsonBody(req: IncomingMessage, limit = 1_000_000): Promise<Record<string, unknown>> {
	if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
		throw new HttpError(415, 'Expected application/json');
	try {
		const parsed = JSON.parse((await body(req, limit)).toString('utf8')) as unknown;
		if (typeof parsed !== 'object' || parsed === null) throw new Error();
		return parsed as Record<string, unknown>;
	} catch (error) {
		if (error instanceof HttpError) throw error;
		throw new HttpError(400, 'The request body is not a JSON object');
	}
}

export interface AtlasServer {
	server: Server;
	/** Resolves with the port once listening. */
	listen(port?: number): Promise<number>;
	close(): Promise<void>;
}

export function createAtlasServer(
	config: ServerConfig,
	db: Database,
	templates: TemplateCatalog
): AtlasServer {
	const accounts: Map<string, Account> | null = config.accountsFile
		? loadAccounts(config.accountsFile)
		: null;
	const sessions = new SessionStore(config.sessionHours);
	const rate = new RateLimit(config.rateLimitPerMinute);
	const limits = { timeoutMs: config.statementTimeoutMs, maxRows: config.maxResultRows };

	function sessionOf(req: IncomingMessage): Session | null {
		return sessions.find(cookieValue(req.headers.cookie, SESSION_COOKIE));
	}

	/** Who is asking: the session's person, the public viewer when there are no accounts, or a 401. */
	function personOf_(req: IncomingMessage): { person: Person; session: Session | null } {
		const session = sessionOf(req);
		if (session) return { person: session.person, session };
		if (!accounts) return { person: PUBLIC, session: null };
		throw new HttpError(401, 'Sign in first', { login: true });
	}

	function checkCsrf(req: IncomingMessage, session: Session | null) {
		if (!session || req.headers['x-csrf-token'] !== session.csrf)
			throw new HttpError(403, 'Missing or wrong CSRF token');
	}

	function engineInfo(session: Session | null) {
		return {
			engine: 'duckdb-server',
			login: accounts !== null,
			user: session
				? { name: session.person.name, role: session.person.role, countries: session.person.countries }
				: accounts
					? null
					: { name: PUBLIC.name, role: PUBLIC.role, countries: null },
			csrf: session?.csrf ?? null
		};
	}

	async function api(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
		const key = sessionOf(req)?.person.name ?? `address:${req.socket.remoteAddress ?? ''}`;
		if (!rate.allow(key)) throw new HttpError(429, 'Too many requests; try again in a minute');
		if (path === '/api/engine' && req.method === 'GET') return send(res, 200, engineInfo(sessionOf(req)));
		if (req.method !== 'POST') throw new HttpError(405, 'Use POST');
		if (path === '/api/login') {
			if (!accounts) throw new HttpError(404, 'This server has no accounts');
			const { name, secret } = await jsonBody(req);
			const account = typeof name === 'string' ? accounts.get(name) : undefined;
			if (!account || typeof secret !== 'string' || !(await secretMatches(secret, account.secret)))
				throw new HttpError(401, 'Unknown name or wrong secret', { login: true });
			const session = sessions.open(personOf(account));
			return send(res, 200, engineInfo(session), {
				'Set-Cookie': cookieHeader(session, config.secureCookies, config.sessionHours)
			});
		}
		const { person, session } = personOf_(req);
		if (path === '/api/logout') {
			checkCsrf(req, session);
			if (session) sessions.close(session.id);
			return send(res, 200, { ok: true }, { 'Set-Cookie': cookieHeader(null, config.secureCookies, 0) });
		}
		if (path === '/api/query') {
			const { shape } = await jsonBody(req);
			return send(res, 200, await runNamed(db, person, acceptedStatement(shape, templates), limits));
		}
		if (path === '/api/console') {
			if (person.role !== 'admin') throw new HttpError(403, 'The SQL console is for admins');
			const { text } = await jsonBody(req);
			const check = checkStatement(String(text ?? ''));
			if (!check.ok) throw new HttpError(422, 'Refused statement', { check });
			const { ipc, truncated } = await runConsole(db, person, check.text, {
				...limits,
				maxRows: Math.min(limits.maxRows, 10_000)
			}).catch((error: unknown) => {
				if (error instanceof QueryLimitError) throw error;
				throw new HttpError(422, error instanceof Error ? error.message : String(error));
			});
			return send(res, 200, ipc, { 'X-Truncated': String(truncated) });
		}
		if (path === '/api/upload') {
			checkCsrf(req, session);
			if (!mayWrite(person)) throw new HttpError(403, 'Viewers cannot upload; ask an editor');
			const url = new URL(req.url ?? '/', 'http://localhost');
			const outcome = await upload(db, person, {
				table: url.searchParams.get('table') ?? '',
				mode: url.searchParams.get('mode') ?? 'append',
				fileName: url.searchParams.get('file') ?? 'upload.csv',
				data: await body(req, config.maxUploadBytes)
			});
			return send(res, outcome.ok ? 200 : outcome.status, outcome);
		}
		if (path === '/api/backup') {
			checkCsrf(req, session);
			if (person.role !== 'admin') throw new HttpError(403, 'Backups are for admins');
			return send(res, 200, { folder: await exportBackup(db, config) });
		}
		throw new HttpError(404, 'No such API');
	}

	function serveFile(req: IncomingMessage, res: ServerResponse, path: string) {
		const safe = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
		let file = join(config.appDir, safe);
		if (!file.startsWith(config.appDir)) return send(res, 404, { error: 'Not found' });
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			const html = `${file}.html`;
			file = existsSync(html) ? html : join(config.appDir, '200.html');
		}
		if (!existsSync(file)) return send(res, 404, { error: 'The app is not built (npm run build)' });
		const immutable = path.startsWith('/_app/immutable/');
		res.writeHead(200, {
			'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
			'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
			...PAGE_HEADERS
		});
		if (req.method === 'HEAD') return res.end();
		// The mark that tells the app a server stands behind it (remote-engine.ts); a static host has none.
		if (file.endsWith('.html'))
			return res.end(readFileSync(file, 'utf8').replace('<head>', `<head>${ENGINE_MARK}`));
		createReadStream(file).pipe(res);
	}

	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://localhost').pathname;
		if (!path.startsWith('/api/')) return serveFile(req, res, path);
		api(req, res, path).catch((error: unknown) => {
			if (error instanceof HttpError) return send(res, error.status, { error: error.message, ...error.body });
			if (error instanceof RefusedStatement) return send(res, 400, { error: error.message });
			if (error instanceof QueryLimitError) return send(res, error.status, { error: error.message });
			send(res, 500, { error: error instanceof Error ? error.message : String(error) });
		});
	});

	return {
		server,
		listen: (port = config.port) =>
			new Promise((resolve) =>
				server.listen(port, config.host, () => {
					const address = server.address();
					resolve(typeof address === 'object' && address ? address.port : port);
				})
			),
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

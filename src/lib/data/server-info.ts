/**
 * The server the app may be served by (`npm run serve`): whether there is one, who is signed in, and its writes. Kept
 * apart from the Arrow-decoding query path so the layout can ask without loading Arrow on every first screen.
 */
import type { LoadMode, StoredFileEntry } from './program-manifest';
import type { TableName } from './program-schema';

export type ServerRole = 'viewer' | 'editor' | 'admin';

export interface ServerInfo {
	engine: 'duckdb-server';
	/** The server has accounts: a person must sign in before any query. */
	login: boolean;
	user: { name: string; role: ServerRole; countries: string[] | null } | null;
	/** Sent with every write; null before sign-in. */
	csrf: string | null;
}

/** The server refused the request; `status` 401 means signing in is needed. */
export class ServerError extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
		this.name = 'ServerError';
	}
}

let info: Promise<ServerInfo | null> | null = null;

async function readInfo(response: Response): Promise<ServerInfo | null> {
	const json = response.ok && (response.headers.get('content-type') ?? '').startsWith('application/json');
	const body = json ? ((await response.json()) as Partial<ServerInfo>) : null;
	return body?.engine === 'duckdb-server' ? (body as ServerInfo) : null;
}

/**
 * The server's answer at start-up, asked once; null without a server. Once a page is marked, a failed request is an
 * error (asked again next time), never a quiet fall back to the browser's engine and its different data.
 */
export function serverInfo(): Promise<ServerInfo | null> {
	if (typeof document === 'undefined' || !document.querySelector('meta[name="atlas-engine"]'))
		return Promise.resolve(null);
	info ??= fetch('/api/engine', { headers: { Accept: 'application/json' } })
		.then(async (response) => {
			const answer = await readInfo(response);
			if (!answer) throw new ServerError(response.status, 'The server did not say who is signed in');
			return answer;
		})
		.catch((error: unknown) => {
			info = null;
			throw error;
		});
	return info;
}

async function failure(response: Response): Promise<ServerError> {
	const body = (await response.json().catch(() => ({}))) as { error?: string };
	return new ServerError(response.status, body.error ?? `The server answered HTTP ${response.status}`);
}

export async function post(path: string, body: unknown, signal?: AbortSignal): Promise<Response> {
	const csrf = (await serverInfo())?.csrf;
	const response = await fetch(path, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', ...(csrf ? { 'X-CSRF-Token': csrf } : {}) },
		body: JSON.stringify(body),
		signal
	});
	if (!response.ok) throw await failure(response);
	return response;
}

/** Signs in; the server sets an HTTP-only session cookie and the new CSRF token replaces the old answer. */
export async function signIn(name: string, secret: string): Promise<ServerInfo> {
	const response = await fetch('/api/login', {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ name, secret })
	});
	if (!response.ok) throw await failure(response);
	const signedIn = await readInfo(response);
	if (!signedIn) throw new ServerError(500, 'The server gave no session');
	info = Promise.resolve(signedIn);
	return signedIn;
}

export async function signOut(): Promise<void> {
	await post('/api/logout', {});
	info = null;
}

/** What the server wrote: its record of the file, shaped as the browser's own record of a loaded file. */
export interface ServerUpload {
	entry: StoredFileEntry;
	saved: true;
}

/**
 * Sends a checked file to the server, which checks it again against the shared tables and writes the accepted rows
 * in one transaction. A viewer is refused (403); so is a file no row of which the shared tables accept (422).
 */
export async function uploadToServer(
	file: Blob,
	name: string,
	table: TableName,
	mode: LoadMode
): Promise<ServerUpload> {
	const csrf = (await serverInfo())?.csrf;
	const search = new URLSearchParams({ table, mode, file: name });
	const response = await fetch(`/api/upload?${search}`, {
		method: 'POST',
		headers: csrf ? { 'X-CSRF-Token': csrf } : {},
		body: file
	});
	if (!response.ok) throw await failure(response);
	const written = (await response.json()) as { fileId: string; accepted: number };
	return {
		entry: {
			id: written.fileId,
			table,
			mode,
			name,
			size: file.size,
			rows: written.accepted,
			loadedAt: new Date().toISOString()
		},
		saved: true
	};
}

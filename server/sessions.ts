/** Signed-in sessions (random ids kept in memory, sent as an HTTP-only cookie), their CSRF tokens, and a rate limit. */
import { randomBytes } from 'node:crypto';
import type { Person } from './accounts';

export const SESSION_COOKIE = 'atlas_session';

export interface Session {
	id: string;
	person: Person;
	/** Sent back in the `X-CSRF-Token` header on every write; never in a cookie. */
	csrf: string;
	expires: number;
}

export class SessionStore {
	private readonly sessions = new Map<string, Session>();
	constructor(private readonly hours: number) {}

	open(person: Person): Session {
		const session = {
			id: randomBytes(32).toString('base64url'),
			person,
			csrf: randomBytes(32).toString('base64url'),
			expires: Date.now() + this.hours * 3_600_000
		};
		this.sessions.set(session.id, session);
		return session;
	}

	find(id: string | undefined): Session | null {
		if (!id) return null;
		const session = this.sessions.get(id);
		if (!session) return null;
		if (session.expires < Date.now()) {
			this.sessions.delete(id);
			return null;
		}
		return session;
	}

	close(id: string): void {
		this.sessions.delete(id);
	}
}

export function cookieHeader(session: Session | null, secure: boolean, hours: number): string {
	const attributes = ['Path=/', 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])];
	return session
		? [`${SESSION_COOKIE}=${session.id}`, `Max-Age=${Math.round(hours * 3600)}`, ...attributes].join('; ')
		: [`${SESSION_COOKIE}=`, 'Max-Age=0', ...attributes].join('; ');
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
	for (const part of (header ?? '').split(';')) {
		const [key, ...rest] = part.trim().split('=');
		if (key === name) return rest.join('=');
	}
	return undefined;
}

/** A fixed window per key: at most `perMinute` requests in each minute. */
export class RateLimit {
	private readonly windows = new Map<string, { start: number; count: number }>();
	constructor(private readonly perMinute: number) {}

	allow(key: string, now = Date.now()): boolean {
		const w = this.windows.get(key);
		if (!w || now - w.start >= 60_000) {
			this.windows.set(key, { start: now, count: 1 });
			return true;
		}
		w.count++;
		return w.count <= this.perMinute;
	}
}

/**
 * Who is signed in to the server the app is served by, if any. On a static host there is no server and nothing to
 * show; a server with accounts needs a sign-in before any view can read data.
 */
import { ServerError, serverInfo, signIn, signOut, type ServerInfo } from '$lib/data/server-info';

export type SignInFailure = { kind: 'wrong' } | { kind: 'unreachable'; detail: string };

export class ServerSession {
	info = $state<ServerInfo | null>(null);
	busy = $state(false);
	failure = $state<SignInFailure | null>(null);

	/** The server has accounts and nobody is signed in: the views would only be refused. */
	needsSignIn = $derived(this.info?.login === true && this.info.user === null);

	async start(): Promise<void> {
		try {
			this.info = await serverInfo();
		} catch (error) {
			this.failure = { kind: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
		}
	}

	async signIn(name: string, secret: string): Promise<void> {
		this.busy = true;
		this.failure = null;
		try {
			this.info = await signIn(name, secret);
		} catch (error) {
			this.failure =
				error instanceof ServerError && error.status === 401
					? { kind: 'wrong' }
					: { kind: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
		} finally {
			this.busy = false;
		}
	}

	/** Signs out and reloads, so no view keeps what the session could read. */
	async signOut(): Promise<void> {
		await signOut();
		location.reload();
	}
}

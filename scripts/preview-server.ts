// The production build served by `vite preview`, for the benchmark and the report script.
import { spawn, type ChildProcess } from 'node:child_process';

/** Serves build/ on 127.0.0.1:`port`; the caller kills the process when done. */
export function startPreview(port: number): ChildProcess {
	const server = spawn(
		process.execPath,
		[
			'node_modules/vite/bin/vite.js',
			'preview',
			'--port',
			String(port),
			'--strictPort',
			'--host',
			'127.0.0.1'
		],
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	// vite preview stops answering while its output goes unread: read it and drop it.
	server.stdout?.resume();
	return server;
}

/** Resolves once `url` answers 200; throws after about 90 s. */
export async function waitForServer(url: string): Promise<void> {
	for (let i = 0; i < 450; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`The preview server did not start at ${url}`);
}

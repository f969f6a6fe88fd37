/**
 * Runs one benchmark section in a child process with a time limit. A section that crashes, hangs or exhausts memory
 * takes only its own process (and the browser it launched) down: the run goes on with the next section, and what the
 * section measured before it stopped (it saves as it goes) is kept and reported with the reason it stopped.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ProcessWatch } from './processes';

const GRACE_MS = 10_000;

export type SectionStatus = 'ok' | 'failed' | 'timed out';

export interface SectionOutcome<R = Record<string, unknown>> {
	status: SectionStatus;
	/** Why it did not finish: the error, or the time limit it reached. */
	reason?: string;
	elapsedMs: number;
	timeoutMs: number;
	/** What the section saved, complete or partial. */
	result: Partial<R>;
}

/** The last lines of a section's error output: the reason to show when it died without saying why. */
function lastLines(text: string, count = 3): string {
	return text.trim().split('\n').slice(-count).join(' ').slice(0, 400);
}

function readSaved(file: string): { result: Record<string, unknown>; error?: string; done?: boolean } {
	try {
		return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { result: {} };
	} catch {
		return { result: {} };
	}
}

/**
 * Runs `<script> <name> <savedFile>` (bench/section.ts) under tsx with `env`; resolves, never rejects, with the
 * outcome. On timeout the child and every process it started get SIGTERM, then SIGKILL after a grace period.
 */
export function runSection(
	name: string,
	timeoutMs: number,
	savedFile: string,
	env: Record<string, string>,
	script = 'bench/section.ts'
): Promise<SectionOutcome> {
	rmSync(savedFile, { force: true });
	const t0 = performance.now();
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['--import', 'tsx', script, name, savedFile], {
			env: { ...process.env, ...env, BENCH_SECTION_TIMEOUT_MS: String(timeoutMs) },
			stdio: ['ignore', 'inherit', 'pipe']
		});
		let stderr = '';
		child.stderr?.on('data', (chunk: Buffer) => {
			process.stderr.write(chunk);
			stderr = (stderr + chunk.toString()).slice(-8000);
		});
		const watch = child.pid ? new ProcessWatch(child.pid) : null;
		const noting = setInterval(() => watch?.note(), 1000);
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			watch?.signal('SIGTERM');
			setTimeout(() => watch?.signal('SIGKILL'), GRACE_MS).unref();
		}, timeoutMs);
		child.on('error', (error) => (stderr += `\n${error.message}`));
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			clearInterval(noting);
			// The browser may outlive a child that crashed or was stopped: stop what is left of it.
			watch?.signal('SIGKILL');
			const saved = readSaved(savedFile);
			const elapsedMs = performance.now() - t0;
			const base = { elapsedMs, timeoutMs, result: saved.result ?? {} };
			if (timedOut)
				resolve({
					...base,
					status: 'timed out',
					reason: `stopped at its ${Math.round(timeoutMs / 60_000)} min limit`
				});
			else if (code === 0 && saved.done) resolve({ ...base, status: 'ok' });
			else
				resolve({
					...base,
					status: 'failed',
					reason:
						saved.error ??
						(lastLines(stderr) || `exited with ${signal ? `signal ${signal}` : `code ${code}`}`)
				});
		});
	});
}

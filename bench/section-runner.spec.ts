import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSection } from './section-runner';

const dir = mkdtempSync(join(tmpdir(), 'bench-runner-'));

/** Running, not a zombie waiting to be reaped. */
function running(pid: number): boolean {
	if (!existsSync(`/proc/${pid}/stat`)) return false;
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
}

/** A stand-in section script: saves as bench/section.ts does, then behaves as `body` says. */
function script(name: string, body: string): string {
	const path = join(dir, `${name}.mjs`);
	writeFileSync(
		path,
		`import { writeFileSync } from 'node:fs';
		import { spawn } from 'node:child_process';
		const saved = process.argv[3];
		const save = (result, end = {}) => writeFileSync(saved, JSON.stringify({ result, ...end }));
		${body}`
	);
	return path;
}

describe('runSection', () => {
	it('reports a finished section with what it saved', async () => {
		const path = script('ok', `save({ medianMs: 12 }, { done: true });`);
		const outcome = await runSection('ok', 20_000, join(dir, 'ok.json'), {}, path);
		expect(outcome).toMatchObject({ status: 'ok', result: { medianMs: 12 } });
	});

	it('reports a failed section with its reason and keeps its partial figures', async () => {
		const path = script(
			'fails',
			`save({ loadMs: [900] }, { error: 'the page set no mark' }); process.exit(1);`
		);
		const outcome = await runSection('fails', 20_000, join(dir, 'fails.json'), {}, path);
		expect(outcome).toMatchObject({
			status: 'failed',
			reason: 'the page set no mark',
			result: { loadMs: [900] }
		});
	});

	it('gives the last error lines as the reason of a section that died without saying why', async () => {
		const path = script(
			'dies',
			`console.error('RangeError: out of memory'); process.kill(process.pid, 'SIGKILL');`
		);
		const outcome = await runSection('dies', 20_000, join(dir, 'dies.json'), {}, path);
		expect(outcome.status).toBe('failed');
		expect(outcome.reason).toContain('out of memory');
	});

	it('stops a section at its limit, with the processes it started, and keeps what it saved', async () => {
		const pidFile = join(dir, 'grandchild.pid');
		// The grandchild ignores SIGTERM and starts a session of its own, as a browser might: only SIGKILL by id ends it.
		const path = script(
			'hangs',
			`const child = spawn(process.execPath, ['-e', "process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)"], { detached: true, stdio: 'ignore' });
			writeFileSync(${JSON.stringify(pidFile)}, String(child.pid));
			save({ loadMs: [1, 2] });
			setInterval(() => {}, 1000);`
		);
		const outcome = await runSection('hangs', 3_000, join(dir, 'hangs.json'), {}, path);
		expect(outcome).toMatchObject({ status: 'timed out', result: { loadMs: [1, 2] } });
		const pid = Number(readFileSync(pidFile, 'utf8'));
		await expect.poll(() => running(pid), { timeout: 5_000 }).toBe(false);
	}, 30_000);
});

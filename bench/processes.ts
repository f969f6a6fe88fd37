/**
 * The processes a benchmark started, read from /proc (Linux): to add up the browser's memory, and to stop a section
 * that ran out of time together with the browser it launched (Playwright starts Chromium in a process group of its own,
 * so stopping the section's group alone would leave the browser running).
 */
import { readdirSync, readFileSync } from 'node:fs';

interface ProcessInfo {
	pid: number;
	ppid: number;
	name: string;
	/** Start time in clock ticks since boot: with the pid, it tells a process from a later one given the same pid. */
	start: number;
}

function readProcess(pid: number): ProcessInfo | null {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The name is in parentheses and may itself hold spaces or parentheses: the fields follow the last ')'.
		const close = stat.lastIndexOf(')');
		const name = stat.slice(stat.indexOf('(') + 1, close);
		const fields = stat.slice(close + 2).split(' ');
		// Fields after the name, from 0: state, ppid … starttime is the 20th.
		return { pid, ppid: Number(fields[1]), name, start: Number(fields[19]) };
	} catch {
		return null;
	}
}

/** Every live process below `root` (children, their children…), not `root` itself. */
export function descendants(root: number): ProcessInfo[] {
	const all = readdirSync('/proc')
		.filter((d) => /^\d+$/.test(d))
		.flatMap((d) => readProcess(Number(d)) ?? []);
	const below: ProcessInfo[] = [];
	let frontier = new Set([root]);
	while (frontier.size > 0) {
		const next = all.filter((p) => frontier.has(p.ppid));
		below.push(...next);
		frontier = new Set(next.map((p) => p.pid));
	}
	return below;
}

/**
 * Proportional set size in bytes: resident memory with shared pages split between the processes sharing them, so the
 * figures of a browser's processes add up without counting its shared libraries once per process.
 */
export function pssBytes(pid: number): number {
	try {
		const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
		const kb = /^Pss:\s+(\d+) kB/m.exec(rollup)?.[1];
		return kb ? Number(kb) * 1024 : 0;
	} catch {
		return 0;
	}
}

export interface BrowserMemory {
	/** All of the browser's processes (browser, GPU, utility, renderers with their workers). */
	totalBytes: number;
	/** The largest single process: the renderer of the page with DuckDB's worker in it. */
	largestBytes: number;
	processes: number;
}

/** Memory of the Chromium processes below `root` (this Node process when the browser was launched from it). */
export function browserMemory(root = process.pid): BrowserMemory {
	const browser = descendants(root).filter((p) => /chrom/i.test(p.name));
	const sizes = browser.map((p) => pssBytes(p.pid));
	return {
		totalBytes: sizes.reduce((a, b) => a + b, 0),
		largestBytes: Math.max(0, ...sizes),
		processes: browser.length
	};
}

/**
 * The processes a child started, noted while it runs: when the child dies, its browser's processes are handed to
 * another parent and can no longer be found below it, but they can still be stopped by the ids noted here.
 */
export class ProcessWatch {
	private readonly seen = new Map<number, number>();

	constructor(private readonly root: number) {
		const start = readProcess(root)?.start;
		if (start !== undefined) this.seen.set(root, start);
		this.note();
	}

	/** Notes the processes below the root now. */
	note(): void {
		for (const p of descendants(this.root)) this.seen.set(p.pid, p.start);
	}

	/** Signals every noted process still running (the same process: same id and start time), the root last. */
	signal(signal: NodeJS.Signals): void {
		this.note();
		for (const [pid, start] of [...this.seen].reverse()) {
			if (readProcess(pid)?.start !== start) continue;
			try {
				process.kill(pid, signal);
			} catch {
				// already gone
			}
		}
	}

	/** How many noted processes still run. */
	alive(): number {
		return [...this.seen].filter(([pid, start]) => readProcess(pid)?.start === start).length;
	}
}

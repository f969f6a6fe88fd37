/** A small seeded random source (mulberry32) and the draws the generator needs. Same seed, same sequence. */
export class Rng {
	private state: number;
	constructor(seed: number) {
		this.state = seed >>> 0;
	}
	/** Uniform in [0, 1). */
	next(): number {
		let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}
	/** Integer in [lo, hi]. */
	int(lo: number, hi: number): number {
		return lo + Math.floor(this.next() * (hi - lo + 1));
	}
	chance(p: number): boolean {
		return this.next() < p;
	}
	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('pick from an empty list');
		return items[Math.floor(this.next() * items.length)] as T;
	}
	weighted<T>(items: readonly T[], weight: (t: T) => number): T {
		const total = items.reduce((s, t) => s + weight(t), 0);
		let r = this.next() * total;
		for (const t of items) if ((r -= weight(t)) < 0) return t;
		return this.pick(items);
	}
	/** Standard normal (Box–Muller). */
	normal(): number {
		const u = 1 - this.next();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
	}
	poisson(mean: number): number {
		const l = Math.exp(-mean);
		let k = 0;
		for (let p = this.next(); p > l; p *= this.next()) k++;
		return k;
	}
	shuffle<T>(items: T[]): T[] {
		for (let i = items.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1));
			[items[i], items[j]] = [items[j] as T, items[i] as T];
		}
		return items;
	}
	/** An independent stream, so adding draws in one part does not shift another. */
	fork(label: string): Rng {
		let h = this.state ^ 0x9e3779b9;
		for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
		return new Rng(h >>> 0);
	}
}

const DAY = 86_400_000;
/** Days since 1970-01-01 of an ISO date. */
export const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
export const isoOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
export const yearOf = (day: number): number => new Date(day * DAY).getUTCFullYear();
export const round = (x: number, digits = 0): number => {
	const f = 10 ** digits;
	return Math.round(x * f) / f;
};

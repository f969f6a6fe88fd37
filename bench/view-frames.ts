import { chromium, type Browser } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { chromiumArgs, chromiumPath } from '../scripts/browser-path.mjs';
import { observe } from './first-screen';
import { floorPage } from './floor-page';
import { median } from './stats';

/** The views besides the Overview, each prerendered with its frame at its address in every language. */
export const frameViews = [
	'/gaps',
	'/country',
	'/mentorship',
	'/roi',
	'/report',
	'/data',
	'/methods'
] as const;
const languages = ['en', 'fr', 'es', 'pt'] as const;
type Language = (typeof languages)[number];

/** One cold load: the first painted frame with the view's title and lede, and the layout shift until its data shows. */
export interface FrameRun {
	titleMs: number;
	cls: number;
	/** The view's ready signal (its DuckDB answers drawn), in ms; the layout shift is summed up to it. */
	readyMs?: number;
}

export interface ViewFrames {
	/** Medians per language, and the bare page of the English HTML's size (the floor) in the same rounds. */
	languages: Partial<Record<Language, { runs: number; titleMs: number; cls: number; readyMs?: number }>>;
	floorMs?: number;
	bytes: number;
}

/** A view's address in a language, as src/hooks.ts routes it: `/fr/gaps`; English has no prefix. */
const address = (language: Language, view: string) => (language === 'en' ? view : `/${language}${view}`);

const FLOOR_PORT = Number(process.env.BENCH_FLOOR_PORT ?? 4198);
const READY_TIMEOUT_MS = 120_000;

function builtSize(path: string): number {
	const file = path === '/' ? 'build/index.html' : `build${path}.html`;
	return existsSync(file) ? readFileSync(file).length : 0;
}

/** Serves each view's floor page at the view's path, as vite preview serves a built page: no compression. */
function serveFloors(pages: Map<string, string>, port: number): Promise<Server> {
	const server = createServer((request, response) => {
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(pages.get(new URL(request.url ?? '/', 'http://x').pathname) ?? '');
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/**
 * One cold load in a new context of the shared browser: its own empty HTTP cache and storage, without the cost of a
 * new browser process per load (seven views in four languages, each to its data drawn, make this section long).
 */
async function coldLoad(browser: Browser, url: string, floor: boolean): Promise<FrameRun> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	try {
		const page = await context.newPage();
		await page.addInitScript(observe(floor ? '#floor' : 'main h1,main .lede'));
		await page.goto(url);
		const shown = 'Number.isFinite(window.__firstScreen.frame) && Number.isFinite(window.__firstScreen.fcp)';
		while (!(await page.evaluate(shown))) await page.waitForTimeout(20);
		let readyMs: number | undefined;
		if (!floor) {
			// The whole load, for the layout shift: the skeleton giving way to the view's answers.
			await page.getByTestId('app-ready').first().waitFor({ state: 'attached', timeout: READY_TIMEOUT_MS });
			readyMs = (await page.evaluate('performance.now()')) as number;
		}
		const seen = (await page.evaluate('window.__firstScreen')) as { fcp: number; frame: number; cls: number };
		return { titleMs: Math.max(seen.fcp, seen.frame), cls: seen.cls, readyMs };
	} finally {
		await context.close();
	}
}

function summarise(runs: FrameRun[]) {
	const ready = runs.map((r) => r.readyMs).filter((v): v is number => v !== undefined);
	return {
		runs: runs.length,
		titleMs: median(runs.map((r) => r.titleMs)),
		cls: median(runs.map((r) => r.cls)),
		readyMs: ready.length > 0 ? median(ready) : undefined
	};
}

/**
 * Medians of `runs` cold loads of every view in every language (BENCH_VIEWS narrows the views), each beside the bare
 * page of its English HTML's size loaded in the same round: time to the title and lede painted, and the cumulative
 * layout shift until the view's data is drawn. `save` gets the medians so far.
 */
export async function viewFrames(
	url: string,
	runs: number,
	save: (partial: Record<string, ViewFrames>) => void = () => undefined
): Promise<Record<string, ViewFrames>> {
	const wanted = process.env.BENCH_VIEWS?.split(',');
	const views = frameViews.filter((v) => !wanted || wanted.includes(v));
	const floors = new Map(views.map((v) => [v, floorPage(builtSize(v))]));
	const server = await serveFloors(floors, FLOOR_PORT);
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
	const samples = new Map<string, { floor: FrameRun[] } & Partial<Record<Language, FrameRun[]>>>();
	const result = (): Record<string, ViewFrames> =>
		Object.fromEntries(
			views.map((view) => {
				const s = samples.get(view) ?? { floor: [] };
				const byLanguage: ViewFrames['languages'] = {};
				for (const l of languages) if (s[l]?.length) byLanguage[l] = summarise(s[l]!);
				const floorMs = s.floor.length > 0 ? median(s.floor.map((r) => r.titleMs)) : undefined;
				return [view, { languages: byLanguage, floorMs, bytes: builtSize(view) }];
			})
		);
	try {
		for (let i = 0; i < runs; i++) {
			for (const view of views) {
				const s = samples.get(view) ?? { floor: [] };
				samples.set(view, s);
				s.floor.push(await coldLoad(browser, `http://127.0.0.1:${FLOOR_PORT}${view}`, true));
				for (const l of languages)
					(s[l] ??= []).push(await coldLoad(browser, new URL(address(l, view), url).href, false));
			}
			save(result());
		}
	} finally {
		await browser.close();
		server.close();
	}
	return result();
}

/** The figures the summary table reads: the slowest view and language, its floor, and the worst layout shift. */
export function worstFrames(views: Record<string, ViewFrames>) {
	let slowest: { view: string; language: string; titleMs: number; floorMs?: number } | undefined;
	let worstCls: { view: string; language: string; cls: number } | undefined;
	for (const [view, v] of Object.entries(views))
		for (const [language, s] of Object.entries(v.languages)) {
			if (!s) continue;
			if (!slowest || s.titleMs > slowest.titleMs)
				slowest = { view, language, titleMs: s.titleMs, floorMs: v.floorMs };
			if (!worstCls || s.cls > worstCls.cls) worstCls = { view, language, cls: s.cls };
		}
	return { slowestView: slowest, worstViewCls: worstCls };
}

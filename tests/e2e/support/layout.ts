import type { Page } from '@playwright/test';

/** Something a reader cannot see whole: what it is, why, and by how many CSS pixels. */
export interface Overflow {
	problem:
		| 'page scrolls sideways'
		| 'clipped'
		| 'scrolls sideways without a cue'
		| 'text outside its card'
		| 'chart text outside its chart';
	what: string;
	by: number;
}

/**
 * Finds content that is cut off or spills out of its box on the page as drawn now:
 * - the page itself scrolls sideways (something is wider than the screen);
 * - an element that hides its overflow (`hidden`, `clip`) holds more than it shows;
 * - an element scrolls sideways without the table cue (a `[data-scroll-cue]` wrapper marked overflowing, whose
 *   hint the scrolling region names with `aria-describedby`);
 * - a text line of a card (`.panel`, `.kpi`) reaches past the card's edge, outside any scrolling region;
 * - a chart's text reaches past its SVG where the SVG clips, or past its card.
 * Form controls are left out (their inner text is the browser's), and so is the map canvas, which pans by design.
 */
export async function findOverflows(page: Page): Promise<Overflow[]> {
	return page.evaluate(() => {
		const found: { problem: string; what: string; by: number }[] = [];
		const tolerance = 1;
		const name = (element: Element): string => {
			const id = element.getAttribute('data-testid');
			const classes = [...element.classList].filter((c) => !c.startsWith('svelte-')).join('.');
			const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
			return `${element.tagName.toLowerCase()}${id ? `[${id}]` : ''}${classes ? `.${classes}` : ''} "${text}"`;
		};
		const visible = (element: Element) => element.checkVisibility({ visibilityProperty: true });
		const skipped = (element: Element) =>
			Boolean(element.closest('.visually-hidden, .maplibregl-map, select, input, textarea, [hidden]'));
		const scrollsX = (style: CSSStyleDeclaration) =>
			style.overflowX === 'auto' || style.overflowX === 'scroll';

		const viewport = document.documentElement.clientWidth;
		if (document.documentElement.scrollWidth > viewport + tolerance) {
			for (const element of document.body.querySelectorAll('*')) {
				if (!visible(element) || skipped(element)) continue;
				const right = element.getBoundingClientRect().right;
				const parentRight = element.parentElement?.getBoundingClientRect().right ?? 0;
				// Name the outermost element that sticks out, not each of its descendants.
				if (right > viewport + tolerance && parentRight <= viewport + tolerance)
					found.push({
						problem: 'page scrolls sideways',
						what: name(element),
						by: Math.round(right - viewport)
					});
			}
		}

		for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
			if (!(element instanceof HTMLElement) || !visible(element) || skipped(element)) continue;
			const wide = element.scrollWidth - element.clientWidth;
			const tall = element.scrollHeight - element.clientHeight;
			if (wide <= tolerance && tall <= tolerance) continue;
			const style = getComputedStyle(element);
			const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
			const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
			if ((wide > tolerance && clipsX) || (tall > tolerance && clipsY))
				found.push({
					problem: 'clipped',
					what: name(element),
					by: Math.max(clipsX ? wide : 0, clipsY ? tall : 0)
				});
			if (wide > tolerance && scrollsX(style)) {
				const cue = element.closest('[data-scroll-cue]');
				const hintIds = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
				const hint = hintIds.map((id) => document.getElementById(id)).find((h) => h && visible(h));
				if (!cue || cue.getAttribute('data-overflowing') !== 'true' || !hint)
					found.push({ problem: 'scrolls sideways without a cue', what: name(element), by: wide });
			}
		}

		/**
		 * The box a text must stay inside: the nearest ancestor that clips or scrolls (an SVG clips unless told
		 * otherwise), else the card. A scrolling box can be scrolled right but never left of its start.
		 */
		const frame = (text: Element, card: Element | null) => {
			for (let e: Element | null = text; e; e = e.parentElement) {
				if (e === card) return { element: e, scrolls: false };
				if (e === text && !(e instanceof SVGSVGElement)) continue;
				const style = getComputedStyle(e);
				const overflow = e instanceof SVGSVGElement ? style.overflow : style.overflowX;
				if (overflow !== 'visible')
					return { element: e, scrolls: overflow === 'auto' || overflow === 'scroll' };
			}
			return null;
		};
		/** A card's text must stay inside its padding; a clipping box's, inside its border. */
		const contentBox = (element: Element, padded: boolean) => {
			const r = element.getBoundingClientRect();
			const s = getComputedStyle(element);
			const inset = (side: 'Left' | 'Right' | 'Top' | 'Bottom') =>
				parseFloat(s[`border${side}Width`]) + (padded ? parseFloat(s[`padding${side}`]) : 0);
			return {
				left: r.left + inset('Left'),
				right: r.right - inset('Right'),
				top: r.top + inset('Top'),
				bottom: r.bottom - inset('Bottom')
			};
		};
		const checkText = (parent: Element, rects: DOMRect[], card: Element | null) => {
			const bounds = frame(parent, card);
			if (!bounds) return;
			const box = contentBox(bounds.element, bounds.element === card);
			const isSvg = parent instanceof SVGElement;
			for (const rect of rects) {
				if (rect.width === 0) continue;
				const sides = bounds.scrolls
					? [box.left - rect.left]
					: [box.left - rect.left, rect.right - box.right];
				if (isSvg && !bounds.scrolls) sides.push(box.top - rect.top, rect.bottom - box.bottom);
				const by = Math.max(...sides);
				if (by > tolerance) {
					found.push({
						problem: isSvg ? 'chart text outside its chart' : 'text outside its card',
						what: `${name(parent)} in ${name(bounds.element).slice(0, 60)}`,
						by: Math.round(by)
					});
					return;
				}
			}
		};
		const cards = [...document.querySelectorAll('.panel, .kpi')].filter((c) => visible(c) && !skipped(c));
		for (const card of cards) {
			const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const parent = node.parentElement;
				if (!parent || !node.textContent?.trim() || !visible(parent) || skipped(parent)) continue;
				if (parent instanceof SVGElement) continue; // checked below, element by element
				const range = document.createRange();
				range.selectNodeContents(node);
				checkText(parent, [...range.getClientRects()], card);
			}
		}
		for (const text of document.querySelectorAll('svg text')) {
			if (!visible(text) || skipped(text) || !text.textContent?.trim()) continue;
			const card = cards.find((c) => c.contains(text)) ?? null;
			checkText(text, [text.getBoundingClientRect()], card);
		}
		return found;
	}) as Promise<Overflow[]>;
}

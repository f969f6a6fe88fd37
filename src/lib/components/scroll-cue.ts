import type { Attachment } from 'svelte/attachments';

/** Where a sideways-scrolling box stands: whether it holds more than it shows, and whether it is at either end. */
export interface ScrollEdges {
	overflowing: boolean;
	atStart: boolean;
	atEnd: boolean;
}

/** Half a pixel of rounding either way is not overflow. */
const slack = 1;

/** The edges of a box from its scroll measures (CSS px). Pure, so the cue's logic is tested without a browser. */
export function edgesOf(scrollLeft: number, clientWidth: number, scrollWidth: number): ScrollEdges {
	// A right-to-left box scrolls to negative offsets; its start is at 0 all the same.
	const offset = Math.abs(scrollLeft);
	const overflowing = scrollWidth - clientWidth > slack;
	return {
		overflowing,
		atStart: !overflowing || offset <= slack,
		atEnd: !overflowing || offset + clientWidth >= scrollWidth - slack
	};
}

/**
 * Reports a scrolling box's edges now, on every scroll, and whenever it or its content changes size (a wider
 * window, more rows shown, another language).
 */
export function scrollEdges(report: (edges: ScrollEdges) => void): Attachment<HTMLElement> {
	return (box) => {
		let last = '';
		const measure = () => {
			const edges = edgesOf(box.scrollLeft, box.clientWidth, box.scrollWidth);
			const key = `${edges.overflowing}${edges.atStart}${edges.atEnd}`;
			if (key !== last) {
				last = key;
				report(edges);
			}
		};
		const observer = new ResizeObserver(measure);
		observer.observe(box);
		if (box.firstElementChild) observer.observe(box.firstElementChild);
		box.addEventListener('scroll', measure, { passive: true });
		measure();
		return () => {
			observer.disconnect();
			box.removeEventListener('scroll', measure);
		};
	};
}

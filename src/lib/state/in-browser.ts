import { browser } from '$app/environment';

/**
 * A view's data as the browser loads it. At build time the view is prerendered with its frame only: the promise never
 * settles, so the HTML holds the `{#await}` block's skeleton, and hydration starts from that same skeleton.
 */
export function inBrowser<T>(load: () => Promise<T>): Promise<T> {
	return browser ? load() : new Promise<T>(() => undefined);
}

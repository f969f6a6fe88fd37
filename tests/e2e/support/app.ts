import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Opens a view and waits for its ready signal: the data it shows has loaded. */
export async function gotoReady(page: Page, path: string, timeout = 60_000): Promise<void> {
	await page.goto(path);
	await expect(page.getByTestId('app-ready')).toBeAttached({ timeout });
}

export interface PageWatch {
	/** Requests that left the app's origin (any such request fails the test). */
	foreignRequests: string[];
	consoleErrors: string[];
}

/** Records every request outside the app's origin and every console error or uncaught exception. */
export function watchPage(
	page: Page,
	origin = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`
): PageWatch {
	const watch: PageWatch = { foreignRequests: [], consoleErrors: [] };
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) {
			watch.foreignRequests.push(url);
		}
	});
	page.on('console', (message) => {
		if (message.type() === 'error') watch.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => watch.consoleErrors.push(`uncaught: ${error.message}`));
	return watch;
}

export function expectCleanRun(watch: PageWatch): void {
	expect(watch.foreignRequests, 'requests outside the app origin').toEqual([]);
	expect(watch.consoleErrors, 'console errors').toEqual([]);
}

/** axe-core with the WCAG 2.0/2.1/2.2 A and AA rules. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
	expect(summary).toEqual([]);
}

/**
 * Counts the map's pixels that carry each of the given colours (within a small tolerance), by decoding a
 * screenshot of the map in the page: WebGL canvases cannot be read back directly.
 */
export async function countMapColours(
	page: Page,
	testId: string,
	colours: readonly string[]
): Promise<number[]> {
	const map = page.getByTestId(testId);
	await expect(map).toHaveAttribute('data-map-state', 'drawn');
	const png = (await map.screenshot()).toString('base64');
	return page.evaluate(
		async ({ png, colours }) => {
			const image = new Image();
			image.src = `data:image/png;base64,${png}`;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = image.width;
			canvas.height = image.height;
			const context = canvas.getContext('2d');
			if (!context) return colours.map(() => 0);
			context.drawImage(image, 0, 0);
			const { data } = context.getImageData(0, 0, image.width, image.height);
			const targets = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
			const counts = colours.map(() => 0);
			for (let p = 0; p < data.length; p += 4) {
				targets.forEach(([r = 0, g = 0, b = 0], i) => {
					if (Math.abs(data[p]! - r) + Math.abs(data[p + 1]! - g) + Math.abs(data[p + 2]! - b) < 12)
						counts[i]!++;
				});
			}
			return counts;
		},
		{ png, colours: [...colours] }
	);
}

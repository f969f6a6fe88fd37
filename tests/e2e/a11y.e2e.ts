import { expect, test, type Page } from '@playwright/test';
import { expectCleanRun, expectNoAxeViolations, gotoReady, watchPage } from './support/app';
import { uploadHostileProgram } from './support/hostile';

test.describe.configure({ timeout: 600_000 });

const views = [
	'/',
	'/gaps',
	'/country',
	'/country/KEN',
	'/mentorship',
	'/roi',
	'/centre/C002',
	'/data',
	'/methods',
	'/report'
] as const;

/** Interactive elements a pointer or keyboard user must be able to reach (visible, enabled). */
const interactive =
	'a[href], button:not([disabled]), select:not([disabled]), input:not([disabled]):not([type="hidden"]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Opens every collapsed panel (`<details>`), so the controls inside are checked too: while a panel is closed its
 * content is not rendered (the probes skip it, as a user can neither see nor reach it), and only its summary is.
 */
async function openEveryPanel(page: Page): Promise<void> {
	await page.locator('body').evaluate((body) => {
		for (const details of body.querySelectorAll('details')) details.open = true;
	});
}

interface Target {
	what: string;
	width: number;
	height: number;
}

/** Targets under 24 × 24 CSS px, except links within running text and controls whose label gives the target. */
async function smallTargets(page: Page): Promise<Target[]> {
	return page.locator('body').evaluate((body, selector) => {
		const small: { what: string; width: number; height: number }[] = [];
		for (const element of body.querySelectorAll<HTMLElement>(selector)) {
			const box = element.getBoundingClientRect();
			if (
				box.width === 0 ||
				box.height === 0 ||
				!element.checkVisibility({ visibilityProperty: true }) ||
				element.closest('[hidden], .maplibregl-ctrl-attrib')
			)
				continue;
			// Inline exception (WCAG 2.5.8): a link inside a sentence or a table cell.
			if (
				element.tagName === 'A' &&
				element.closest('p, li, td, th, figcaption, dd') &&
				!element.closest('nav')
			)
				continue;
			// A check box, radio button or file input is hit through its label too; the file inputs here are drawn
			// only as their label (a "Choose a file" button), so the label is the whole target.
			const label =
				element.closest('label') ?? (element.id ? body.querySelector(`label[for="${element.id}"]`) : null);
			const target =
				label && /checkbox|radio|file/.test((element as HTMLInputElement).type ?? '') ? label : element;
			const r = target.getBoundingClientRect();
			if (r.width < 24 || r.height < 24)
				small.push({
					what: `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 40)}"`,
					width: Math.round(r.width),
					height: Math.round(r.height)
				});
		}
		return small;
	}, interactive);
}

/**
 * Tabs through the page from the top: every interactive element is reached, and each focused element shows a
 * visible focus indicator (an outline or a box shadow that differs from its unfocused look).
 */
async function tabThrough(page: Page): Promise<{ unreached: string[]; invisible: string[] }> {
	const ids = await page.locator('body').evaluate((body, selector) => {
		const list: string[] = [];
		body.querySelectorAll<HTMLElement>(selector).forEach((element, i) => {
			const box = element.getBoundingClientRect();
			// checkVisibility: not rendered, hidden by `visibility`, or inside a closed <details> (its content is
			// skipped from rendering but still reports a box).
			if (
				box.width === 0 ||
				box.height === 0 ||
				!element.checkVisibility({ visibilityProperty: true }) ||
				element.closest('[hidden], [inert]')
			)
				return;
			// A radio group is one Tab stop (arrow keys move within it): reaching one of its buttons reaches the group.
			const probe =
				element instanceof HTMLInputElement && element.type === 'radio' && element.name
					? `radio:${element.name}`
					: String(i);
			element.dataset.tabProbe = probe;
			if (!list.includes(probe)) list.push(probe);
		});
		return list;
	}, interactive);
	const reached = new Set<string>();
	const invisible: string[] = [];
	await page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await page.mouse.click(1, 1);
	for (let i = 0; i < ids.length + 40 && reached.size < ids.length; i++) {
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			if (!element || element === document.body) return null;
			const focused = getComputedStyle(element);
			const ring =
				(focused.outlineStyle !== 'none' && parseFloat(focused.outlineWidth) >= 1) ||
				(focused.boxShadow !== 'none' && focused.boxShadow !== '');
			return {
				probe: element.dataset.tabProbe ?? null,
				what: `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 40)}"`,
				ring
			};
		});
		if (!focus) continue;
		if (focus.probe) reached.add(focus.probe);
		if (!focus.ring) invisible.push(focus.what);
	}
	const unreached = await page.evaluate(
		(missing) =>
			missing.map((id) => {
				const element = document.querySelector<HTMLElement>(`[data-tab-probe="${id}"]`);
				const name =
					element?.textContent ||
					element?.getAttribute('aria-label') ||
					(element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : '') ||
					'';
				return `${element?.tagName.toLowerCase()} "${name.trim().slice(0, 40)}"`;
			}),
		ids.filter((id) => !reached.has(id))
	);
	return { unreached, invisible };
}

test('after an upload every view has no WCAG 2.2 AA violation', async ({ page }, testInfo) => {
	const watch = watchPage(page);
	await gotoReady(page, '/data', 120_000);
	await uploadHostileProgram(page, testInfo);
	for (const path of views) {
		await gotoReady(page, path, 120_000);
		await expectNoAxeViolations(page);
	}
	expectCleanRun(watch);
});

test('every view in French, on the embedded data, has no WCAG 2.2 AA violation', async ({ page }) => {
	const watch = watchPage(page);
	for (const path of views) {
		await gotoReady(page, `${path}?lang=fr`, 120_000);
		await expectNoAxeViolations(page);
	}
	expectCleanRun(watch);
});

test('every control is reachable by Tab with a visible focus ring', async ({ page }) => {
	for (const path of views) {
		if (path === '/country') continue; // the country index's 200 links are checked by axe; tabbing them all adds nothing
		await gotoReady(page, path, 120_000);
		await openEveryPanel(page);
		const { unreached, invisible } = await tabThrough(page);
		expect(unreached, `not reachable by Tab on ${path}`).toEqual([]);
		expect(invisible, `no visible focus on ${path}`).toEqual([]);
	}
});

test('every interactive target outside running text is at least 24 × 24 px', async ({ page }) => {
	for (const path of views) {
		await gotoReady(page, path, 120_000);
		await openEveryPanel(page);
		expect(await smallTargets(page), `small targets on ${path}`).toEqual([]);
	}
});

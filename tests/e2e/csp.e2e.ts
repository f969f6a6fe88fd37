import { expect, test, type APIResponse, type Page, type Route } from '@playwright/test';
import { securityHeaders } from '../../scripts/security-headers.mjs';
import { expectCleanRun, gotoReady, watchPage } from './support/app';

test.describe.configure({ timeout: 240_000 });

/** Every view, with a deep link for those that take a parameter. */
const views = [
	'/',
	'/gaps',
	'/country',
	'/country/KEN',
	'/mentorship',
	'/roi',
	'/centre/C002',
	'/data',
	'/methods'
] as const;

/** Collects the page's Content-Security-Policy violation reports from the moment it starts. */
async function recordViolations(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`)
		);
	});
}

const violations = (page: Page) =>
	page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

function expectStrict(policy: string | null): void {
	expect(policy).toBeTruthy();
	const directives = new Map(
		(policy ?? '').split(';').map((d) => {
			const [name = '', ...values] = d.trim().split(/\s+/);
			return [name, values] as const;
		})
	);
	expect(directives.get('default-src')).toEqual(["'self'"]);
	expect(directives.get('object-src')).toEqual(["'none'"]);
	expect(directives.get('base-uri')).toEqual(["'self'"]);
	const scripts = directives.get('script-src') ?? [];
	expect(scripts).not.toContain("'unsafe-eval'");
	expect(scripts).not.toContain("'unsafe-inline'");
	for (const values of directives.values())
		for (const value of values) {
			// Only the app's origin, blob: workers and data: images; no host, no wildcard, no scheme-wide source.
			expect(value, policy ?? '').toMatch(
				/^('self'|'none'|'wasm-unsafe-eval'|'unsafe-inline'|'sha256-[^']+'|blob:|data:)$/
			);
		}
	expect(directives.get('img-src')).not.toContain('*');
	expect(
		[...directives.keys()].filter((name) => /unsafe-inline/.test((directives.get(name) ?? []).join(' ')))
	).toEqual(['style-src']);
}

/**
 * The page's policy: prerendered pages and the static fallback carry it in a meta element; a route the preview
 * server renders on request (e.g. /country/KEN) sends it as a header instead.
 */
async function pagePolicy(page: Page): Promise<string | null> {
	const meta = page.locator('meta[http-equiv="content-security-policy"]');
	if ((await meta.count()) > 0) return meta.getAttribute('content');
	return page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
}

for (const path of views) {
	test(`${path} carries a strict Content-Security-Policy and works under it`, async ({ page }) => {
		const watch = watchPage(page);
		await recordViolations(page);
		await gotoReady(page, path, 120_000);
		expectStrict(await pagePolicy(page));
		// The policy is in force, not decoration: an injected inline script is refused.
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.injectedRan = true';
			document.body.append(script);
		});
		expect(await page.evaluate(() => 'injectedRan' in window)).toBe(false);
		const seen = await violations(page);
		expect(seen.filter((v) => !/^script-src/.test(v))).toEqual([]);
		// Only the refusal just provoked.
		expect(seen.filter((v) => /^script-src/.test(v))).toHaveLength(1);
		watch.consoleErrors = watch.consoleErrors.filter((e) => !/Content Security Policy/.test(e));
		expectCleanRun(watch);
	});
}

/**
 * The route re-fetches every response through Playwright's own client; the preview server sometimes resets a kept-alive
 * socket under load (ECONNRESET), which says nothing about the app: such a fetch is tried again, anything else fails.
 */
async function fetchRetryingReset(route: Route, attempts = 3): Promise<APIResponse> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await route.fetch();
		} catch (error) {
			if (attempt >= attempts || !/ECONNRESET|socket hang up/.test(String(error))) throw error;
		}
	}
}

test('the README’s HTTP headers (npm run headers) carry the same policy with frame-ancestors, and every view works under them', async ({
	page
}) => {
	// Nine views in turn, each response passed through the route below: slow on a loaded machine.
	test.setTimeout(600_000);
	const headers = securityHeaders('build');
	expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
	expectStrict(headers['Content-Security-Policy'].replace(/;\s*frame-ancestors 'none'/, ''));
	// The DuckDB binaries (33 MB) carry no policy of their own: they are left out of the route to keep it quick.
	await page.route(
		(url) => !url.pathname.endsWith('.wasm'),
		async (route) => {
			const response = await fetchRetryingReset(route);
			await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
		}
	);
	const watch = watchPage(page);
	await recordViolations(page);
	for (const path of views) {
		await gotoReady(page, path, 120_000);
		expect(await violations(page), path).toEqual([]);
	}
	// A page that tries to frame the app is refused by the browser.
	await page.goto('/methods');
	await page.evaluate(() => {
		const frame = document.createElement('iframe');
		frame.src = '/';
		frame.title = 'framed';
		document.body.append(frame);
	});
	// The refused frame ends on the browser's own error page; until then it may still be the initial blank one.
	const childFrame = () => page.frames().find((f) => f !== page.mainFrame());
	await expect.poll(() => childFrame()?.url() ?? '', { timeout: 60_000 }).toMatch(/^chrome-error:/);
	const child = childFrame();
	expect(await child?.locator('[data-testid="app-ready"]').count()).toBe(0);
	expect(child?.url()).not.toContain('127.0.0.1');
	watch.consoleErrors = watch.consoleErrors.filter(
		(e) => !/frame-ancestors|Refused to (display|frame)/.test(e)
	);
	expectCleanRun(watch);
});

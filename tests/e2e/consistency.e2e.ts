/**
 * One figure, one number: every place that shows a catalogued figure (a `data-figure` attribute, with its unrounded
 * value in `data-value`) must agree with every other place that shows it for the same scope, and two cards (or two
 * table cells) showing it must round it the same way. The world and seven countries are read from the Overview,
 * /gaps, /country/XXX, /mentorship, /roi and the report, in one browser page on one built app.
 *
 * A figure inside a table row belongs to that row's key (a country or a centre); any other figure belongs to the scope
 * of the page it is on. So /roi's country table and the Kenya report both speak for KEN, and are compared.
 */
import { expect, test, type Page } from '@playwright/test';
import { gotoReady } from './support/app';

// Twenty-three page loads, each starting DuckDB: give the shared machine room.
test.describe.configure({ timeout: 1_500_000 });

const countries = ['NGA', 'KEN', 'IND', 'ETH', 'MUS', 'BRA'] as const;

/** How a place shows the figure: as a headline (a card, the corps glance), a table cell, or within a sentence. */
type Display = 'card' | 'cell' | 'sentence';

interface Shown {
	/** `world`, an ISO3 code or a centre id. */
	scope: string;
	figure: string;
	value: string | null;
	text: string;
	display: Display;
	/** The page and, for a table cell, the table it sits in. */
	where: string;
}

/** Every catalogued figure on the page, with its scope (its table row's key, or the page's). */
async function readFigures(page: Page, pageScope: string, where: string): Promise<Shown[]> {
	const found = await page.locator('[data-figure]').evaluateAll((elements) =>
		elements.map((element) => {
			const el = element as HTMLElement;
			const row = el.closest<HTMLElement>('tr[data-row]');
			const table = el.closest('table')?.getAttribute('data-testid') ?? null;
			const headline = el.querySelector('.value') ?? (el.querySelector('dd') as Element | null);
			const display = el.tagName === 'TD' ? 'cell' : headline ? 'card' : 'sentence';
			return {
				row: row?.dataset.row ?? null,
				table,
				figure: el.dataset.figure ?? '',
				value: el.dataset.value ?? null,
				text: ((headline ?? el).textContent ?? '').replaceAll(/\s+/g, ' ').trim(),
				display: display as Display
			};
		})
	);
	return found.map((f) => ({
		scope: f.row ?? pageScope,
		figure: f.figure,
		value: f.value,
		text: f.text,
		display: f.display,
		where: f.table ? `${where} (${f.table})` : where
	}));
}

/** Opens every "Show all … rows" table, so the rows of every country and centre are on the page. */
async function showAllRows(page: Page): Promise<void> {
	const more = page.getByRole('button', { name: /^Show all \d+ rows$/ });
	while ((await more.count()) > 0) {
		const before = await more.count();
		await more.first().click();
		await expect(more).toHaveCount(before - 1);
	}
}

async function visit(
	page: Page,
	path: string,
	scope: string | ((page: Page) => Promise<string>),
	ready?: (page: Page) => Promise<void>
) {
	await gotoReady(page, path, 180_000);
	if (ready) await ready(page);
	await showAllRows(page);
	const shown = await readFigures(page, typeof scope === 'string' ? scope : await scope(page), path);
	expect(shown.length, `catalogued figures on ${path}`).toBeGreaterThan(0);
	return shown;
}

const mentorshipReady = async (page: Page) => {
	await expect(page.getByTestId('mentorship-view')).toHaveAttribute('data-state', 'ready', {
		timeout: 180_000
	});
	await expect(page.getByTestId('kpi-active-experts')).toBeVisible();
};
/**
 * The scope /mentorship shows: the country in its filter. A country with no partner centre is not among the filter's
 * choices, and the view falls back to every country (and says so), so its figures are the world's.
 */
const mentorshipScope = async (page: Page) => {
	const chosen = await page.getByRole('combobox', { name: 'Country', exact: true }).inputValue();
	return chosen === '' ? 'world' : chosen;
};
const overviewReady = async (page: Page) => {
	await expect(page.getByTestId('glance-experts')).toBeVisible({ timeout: 180_000 });
};
const reportReady = async (page: Page) => {
	await expect(page.getByTestId('report-kpis')).toBeVisible({ timeout: 180_000 });
};

/** The differences between places that show one figure for one scope: values first, then rounding. */
function disagreements(shown: readonly Shown[]): string[] {
	const groups = new Map<string, Shown[]>();
	for (const s of shown) {
		const key = `${s.scope} · ${s.figure}`;
		groups.set(key, [...(groups.get(key) ?? []), s]);
	}
	const problems: string[] = [];
	for (const [key, places] of groups) {
		const valued = places.filter((p) => p.value !== null);
		const values = new Set(valued.map((p) => normalise(p.value)));
		if (values.size > 1)
			problems.push(`${key}: ${valued.map((p) => `${p.value} on ${p.where}`).join(' ≠ ')}`);
		for (const display of ['card', 'cell'] as const) {
			const same = places.filter((p) => p.display === display);
			if (new Set(same.map((p) => p.text)).size > 1)
				problems.push(`${key} (${display}s): ${same.map((p) => `“${p.text}” on ${p.where}`).join(' ≠ ')}`);
		}
	}
	return problems;
}

/** Sums of the same rows can come out a few ulps apart when added in another order; that is not a difference. */
function normalise(value: string | null): string | null {
	if (value === null || value === 'missing') return value;
	const n = Number(value);
	return Number.isFinite(n) ? String(Number(n.toPrecision(12))) : value;
}

test('every figure agrees across the views and the report: the world, NGA, KEN, IND, ETH, MUS and BRA', async ({
	page
}) => {
	// The pages whose figures span every scope: the world's cards, and rows for every country and centre.
	const shown: Shown[] = [];
	await test.step('the world: the Overview, /mentorship, /roi, the world report and /gaps', async () => {
		shown.push(
			...(await visit(page, '/', 'world', overviewReady)),
			...(await visit(page, '/mentorship', 'world', mentorshipReady)),
			...(await visit(page, '/roi', 'world')),
			...(await visit(page, '/report', 'world', reportReady)),
			...(await visit(page, '/gaps', 'world'))
		);
		const world = shown.filter((s) => s.scope === 'world');
		// The world's figures that more than one place shows must be there to compare.
		for (const figure of ['new-cases', 'machine-gap', 'active-experts', 'mentored-centres', 'money-in'])
			expect(
				new Set(world.filter((s) => s.figure === figure).map((s) => s.where)).size,
				`places showing the world's ${figure}`
			).toBeGreaterThan(1);
		// Soft, so that one difference does not hide the others: every scope is read and every difference listed.
		expect.soft(disagreements(shown), 'the world, and each country and centre row').toEqual([]);
	});
	for (const iso3 of countries) {
		await test.step(`${iso3}: /gaps, /country, /mentorship, /roi and the ${iso3} report`, async () => {
			const own = [
				...(await visit(page, `/country/${iso3}`, iso3)),
				...(await visit(page, `/mentorship?country=${iso3}`, mentorshipScope, mentorshipReady)),
				...(await visit(page, `/report?scope=${iso3}`, iso3, reportReady))
			];
			const scopes = new Set(own.map((s) => s.scope));
			const here = [...shown, ...own].filter((s) => scopes.has(s.scope));
			for (const figure of ['new-cases', 'machines-needed', 'machine-gap', 'need-met'])
				expect(
					new Set(here.filter((s) => s.scope === iso3 && s.figure === figure).map((s) => s.where)).size,
					`places showing ${iso3}'s ${figure}`
				).toBeGreaterThan(2);
			expect.soft(disagreements(here), iso3).toEqual([]);
		});
	}
});

// The report as a PDF: shared by `npm run report` and the browser tests, so both take the same path.
import type { Page } from '@playwright/test';
import {
	isReportLanguage,
	parsePeriod,
	parseScope,
	reportLanguages,
	reportSearch,
	type MonthPeriod,
	type ReportLanguage,
	type ReportScope
} from '../src/lib/state/report-options';

export interface ReportOptions {
	scope: ReportScope;
	period: MonthPeriod | null;
	lang: ReportLanguage;
	out: string;
}

export const reportUsage = `Usage: npm run report -- --scope SCOPE [--period PERIOD] [--lang en|fr|es|pt] [--out FILE.pdf]

  --scope   world, a country's ISO3 code (KEN), region:<World Bank region> ("region:Sub-Saharan Africa"),
            income:L|LM|UM|H, or centre:<centre id> (C001). Default: world.
  --period  the mentoring period: a year (2025), a month (2025-03) or a range (2024-07..2025-06).
            Default: the last twelve months of the record. --from and --to (YYYY-MM) also work.
  --lang    the report's language. Default: en.
  --out     where to write the PDF. Default: report.pdf.`;

/** A mistake in the command line, with what was expected; the script prints it with the usage and stops. */
export class UsageError extends Error {}

/** Reads the command line's options; throws `UsageError` naming the option and what it expects. */
export function readReportOptions(values: Record<string, string | boolean | undefined>): ReportOptions {
	const text = (key: string) => {
		const v = values[key];
		if (v === true) throw new UsageError(`--${key} needs a value.`);
		return v === false ? undefined : v;
	};
	const rawScope = text('scope') ?? 'world';
	const scope = parseScope(rawScope);
	if (!scope)
		throw new UsageError(
			`--scope "${rawScope}" is not a scope: write world, an ISO3 code such as KEN, region:<name>, income:L|LM|UM|H or centre:<id>.`
		);
	const lang = text('lang') ?? 'en';
	if (!isReportLanguage(lang))
		throw new UsageError(`--lang "${lang}" is not one of ${reportLanguages.join(', ')}.`);
	let period: MonthPeriod | null = null;
	const rawPeriod = text('period');
	const from = text('from');
	const to = text('to');
	if (rawPeriod !== undefined) {
		period = parsePeriod(rawPeriod);
		if (!period)
			throw new UsageError(
				`--period "${rawPeriod}" is not a period: write 2025, 2025-03 or 2024-07..2025-06.`
			);
	} else if (from !== undefined || to !== undefined) {
		period = parsePeriod(`${from ?? to}..${to ?? from}`);
		if (!period || !/^\d{4}-\d{2}$/.test(from ?? to ?? ''))
			throw new UsageError(
				`--from and --to take months written YYYY-MM (got "${from ?? ''}" and "${to ?? ''}").`
			);
	}
	const out = text('out') ?? 'report.pdf';
	if (!out.toLowerCase().endsWith('.pdf')) throw new UsageError(`--out "${out}" should name a .pdf file.`);
	return { scope, period, lang, out };
}

/** The report's path and query string, as the Report page writes it. */
export function reportPath(options: Pick<ReportOptions, 'scope' | 'period' | 'lang'>): string {
	return `/report?${reportSearch(options).toString()}`;
}

/** Why the report could not be made, as the page said it (unknown scope, data that would not load). */
export class ReportPageError extends Error {}

/**
 * Opens the Report page with the options, waits until it says it is ready, and prints it to a PDF (A4, with the
 * page's own @page margins, header and page numbers). The language is stored before the page starts, so it opens in
 * that language, and is also in the URL.
 */
export async function renderReportPdf(
	page: Page,
	baseUrl: string,
	options: Pick<ReportOptions, 'scope' | 'period' | 'lang'>,
	timeout = 420_000
): Promise<{ pdf: Buffer; period: string; title: string }> {
	await page.addInitScript((lang) => localStorage.setItem('PARAGLIDE_LOCALE', lang), options.lang);
	await page.goto(new URL(reportPath(options), baseUrl).href);
	// Ready, or stopped: an unknown scope and a failed load both show an alert.
	await page
		.locator('[data-testid="app-ready"], [role="alert"]')
		.first()
		.waitFor({ state: 'attached', timeout });
	const problem = page.locator('[role="alert"]').first();
	if ((await problem.count()) > 0) throw new ReportPageError((await problem.innerText()).trim());
	await page.getByTestId('report-document').waitFor({ state: 'attached', timeout: 5_000 });
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
	return {
		pdf,
		period: (await page.getByTestId('report-period').innerText()).trim(),
		title: (await page.getByTestId('report-title').innerText()).trim()
	};
}

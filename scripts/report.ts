// npm run report -- --scope KEN --lang fr --out report.pdf
// Serves the production build (building it first when build/ is missing), opens the Report page in the system
// Chromium with the same options as the page, and writes the PDF.
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getDocumentProxy } from 'unpdf';
import { chromiumArgs, chromiumFound, chromiumPath } from './browser-path.mjs';
import { startPreview, waitForServer } from './preview-server';
import { readReportOptions, renderReportPdf, ReportPageError, reportUsage, UsageError } from './report-pdf';

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? done(address.port) : fail(new Error('No free port'))
			);
		});
	});
}

async function main(): Promise<number> {
	const { values } = parseArgs({
		options: {
			scope: { type: 'string' },
			period: { type: 'string' },
			from: { type: 'string' },
			to: { type: 'string' },
			lang: { type: 'string' },
			out: { type: 'string' },
			help: { type: 'boolean' }
		},
		strict: true
	});
	if (values.help) {
		console.log(reportUsage);
		return 0;
	}
	const options = readReportOptions(values);
	if (!chromiumFound())
		throw new Error(
			`No Chromium at ${chromiumPath()}: install Debian's chromium package or set CHROMIUM_PATH.`
		);
	if (!existsSync('build/index.html')) {
		console.error('build/ is missing: building the app first (vite build)…');
		const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
			stdio: 'inherit'
		});
		if (build.status !== 0) throw new Error('The build failed; see above.');
	}
	const port = await freePort();
	const server = startPreview(port);
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs }).catch((e) => {
		server.kill();
		throw e;
	});
	try {
		const base = `http://127.0.0.1:${port}/`;
		await waitForServer(base);
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const { pdf, period, title } = await renderReportPdf(page, base, options);
		const out = resolve(options.out);
		writeFileSync(out, pdf);
		const pages = (await getDocumentProxy(new Uint8Array(pdf))).numPages;
		console.log(`${title}\n${period}\nWrote ${out}: ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KiB.`);
		return 0;
	} finally {
		await browser.close();
		server.kill();
	}
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		if (error instanceof UsageError) console.error(`${error.message}\n\n${reportUsage}`);
		else if (error instanceof ReportPageError)
			console.error(`The report could not be made: ${error.message}`);
		else console.error(error instanceof Error ? error.message : String(error));
		process.exit(error instanceof UsageError || error instanceof ReportPageError ? 2 : 1);
	}
);

import { expect, type Page, type TestInfo } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The markup tried as names: each must appear as literal text and never as an element or a script run. */
export const hostileNames = readFileSync(resolve('tests/fixtures/hostile/names.txt'), 'utf8')
	.trim()
	.split('\n');

const quote = (cell: string) => (/[",\n;]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/**
 * A copy of a default program table whose text columns carry hostile markup (row by row, a payload followed by the
 * row's key so that names stay distinct). Built from the shipped CSV, so every key and reference still holds.
 */
export function hostileTable(table: string, columns: readonly string[], testInfo: TestInfo): string {
	const [head = '', ...rows] = readFileSync(resolve('data/program', `${table}.csv`), 'utf8')
		.trim()
		.split('\n');
	const header = head.split(',');
	const out = rows.map((row, i) => {
		const cells = row.split(',');
		for (const column of columns) {
			const k = header.indexOf(column);
			if (k < 0) throw new Error(`${table}.csv has no column ${column}`);
			cells[k] = `${hostileNames[i % hostileNames.length]} ${cells[0]}`;
		}
		return cells.map(quote).join(',');
	});
	const path = testInfo.outputPath(`hostile ${table}.csv`);
	writeFileSync(path, [head, ...out].join('\n') + '\n');
	return path;
}

/** Loads a file through the Data page, replacing the table's rows, and waits for it to be in. */
export async function uploadReplacing(page: Page, path: string): Promise<void> {
	await page.getByTestId('file-input').setInputFiles(path);
	await expect(page.getByTestId('upload-review')).toBeVisible();
	await page.getByLabel('Replace the table’s rows').check();
	await page.getByRole('button', { name: /^Load \d+ rows into / }).click();
	await expect(page.getByTestId('upload-done')).toBeVisible();
}

/** Hubs, centres and experts whose names and cities are all hostile markup. */
export async function uploadHostileProgram(page: Page, testInfo: TestInfo): Promise<void> {
	await uploadReplacing(page, hostileTable('hubs', ['name', 'city'], testInfo));
	await uploadReplacing(page, hostileTable('centres', ['name', 'city'], testInfo));
	await uploadReplacing(page, hostileTable('experts', ['display_name'], testInfo));
}

/** Records every dialog (alert, confirm, prompt) a page opens; a test that expects none dismisses and fails. */
export function watchDialogs(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return dialogs;
}

/** Elements or attributes that only injected markup would create. */
export async function injectedElements(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		for (const element of document.querySelectorAll('*')) {
			const tag = element.tagName.toLowerCase();
			if (tag === 'iframe' || (tag === 'img' && element.getAttribute('src') === 'x'))
				found.push(element.outerHTML.slice(0, 80));
			if (tag === 'script' && /alert\(/.test(element.textContent ?? ''))
				found.push(element.outerHTML.slice(0, 80));
			for (const attribute of element.attributes) {
				if (
					/^on/i.test(attribute.name) ||
					(/(href|src|action)$/i.test(attribute.name) && /^\s*javascript:/i.test(attribute.value))
				)
					found.push(`${tag}[${attribute.name}=${attribute.value.slice(0, 40)}]`);
			}
		}
		return found;
	});
}

export async function expectNoInjection(page: Page, dialogs: string[], where: string): Promise<void> {
	expect(await injectedElements(page), `injected elements on ${where}`).toEqual([]);
	expect(dialogs, `dialogs opened on ${where}`).toEqual([]);
}

/** Checks a downloaded SVG: well-formed, hostile text escaped, no element or attribute that could run code. */
export async function expectInertSvg(page: Page, svg: string): Promise<void> {
	const problems = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		if (doc.querySelector('parsererror')) return ['not well-formed'];
		const found: string[] = [];
		for (const element of doc.querySelectorAll('*')) {
			const tag = element.localName.toLowerCase();
			if (['script', 'img', 'iframe', 'foreignobject'].includes(tag)) found.push(tag);
			for (const attribute of element.attributes)
				if (
					/^on/i.test(attribute.name) ||
					(/(href|src)$/i.test(attribute.name) && /javascript:/i.test(attribute.value))
				)
					found.push(attribute.name);
		}
		return found;
	}, svg);
	expect(problems).toEqual([]);
}

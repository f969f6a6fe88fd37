/** A CSS string literal: quotes and backslashes escaped, line breaks flattened (the text comes from data). */
export function cssString(text: string): string {
	return `"${text
		.replaceAll('\\', '\\\\')
		.replaceAll('"', '\\"')
		.replaceAll(/[\r\n\f]+/g, ' ')}"`;
}

/**
 * The printed page: A4 with margins, the running header top left, `footer` bottom left and "page / pages" bottom
 * right (Chromium fills @page margin boxes since version 131).
 */
export function pageRule(header: string, footer: string): string {
	const box = 'font: 7.5pt system-ui, sans-serif; color: #3d4a5c;';
	return `@media print {
  @page {
    size: A4;
    margin: 18mm 15mm 20mm;
    @top-left { content: ${cssString(header)}; ${box} }
    @bottom-left { content: ${cssString(footer)}; ${box} }
    @bottom-right { content: counter(page) " / " counter(pages); ${box} }
  }
}`;
}

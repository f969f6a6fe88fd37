import { describe, expect, it } from 'vitest';
import { cssString, pageRule } from './print';

describe('print rules', () => {
	it('quotes text from the data as a CSS string it cannot leave', () => {
		expect(cssString('Côte d’Ivoire')).toBe('"Côte d’Ivoire"');
		expect(cssString('a "quoted" \\ name')).toBe('"a \\"quoted\\" \\\\ name"');
		expect(cssString('two\nlines} @page { x')).toBe('"two lines} @page { x"');
	});

	it('puts the header, footer and page numbers in the A4 margin boxes', () => {
		const rule = pageRule('ICEC Atlas · Kenya', 'Footer');
		expect(rule).toContain('size: A4');
		expect(rule).toContain('@top-left { content: "ICEC Atlas · Kenya"');
		expect(rule).toContain('@bottom-right { content: counter(page) " / " counter(pages)');
	});
});

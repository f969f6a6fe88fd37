import { describe, expect, it } from 'vitest';
import { estimateWidth, fitLabel } from './label-fit';

// One pixel a character keeps the expected lines easy to check by eye.
const chars = (text: string) => text.length;

describe('fitLabel', () => {
	it('keeps a label that fits on one line', () => {
		expect(fitLabel('Breast', 20, chars)).toEqual({ lines: ['Breast'], truncated: false });
	});
	it('wraps a long label at spaces into two lines', () => {
		expect(fitLabel('Liver and intrahepatic bile ducts', 22, chars)).toEqual({
			lines: ['Liver and intrahepatic', 'bile ducts'],
			truncated: false
		});
	});
	it('ends the last line with an ellipsis when two lines are not enough, and says so', () => {
		const fitted = fitLabel('Trachea, bronchus and lung and more words', 16, chars);
		expect(fitted.truncated).toBe(true);
		expect(fitted.lines).toHaveLength(2);
		expect(fitted.lines[1]?.endsWith('…')).toBe(true);
		for (const line of fitted.lines) expect(line.length).toBeLessThanOrEqual(16);
		expect(fitted.lines[0]).toBe('Trachea,');
	});
	it('cuts a single word wider than the line', () => {
		const fitted = fitLabel('Oesophagogastroduodenoscopy', 10, chars);
		expect(fitted).toEqual({ lines: ['Oesophago…'], truncated: true });
	});
	it('breaks after a hyphen when the word is too long', () => {
		expect(fitLabel('Non-Hodgkin lymphoma', 12, chars)).toEqual({
			lines: ['Non-Hodgkin', 'lymphoma'],
			truncated: false
		});
		expect(fitLabel('Non-Hodgkin', 8, chars)).toEqual({ lines: ['Non-', 'Hodgkin'], truncated: false });
	});
	it('keeps to one line when asked', () => {
		expect(fitLabel('Cervix uteri', 8, chars, 1)).toEqual({ lines: ['Cervix…'], truncated: true });
	});
	it('returns no line for an empty label', () => {
		expect(fitLabel('  ', 10, chars)).toEqual({ lines: [], truncated: false });
	});
	it('estimates about half an em a character', () => {
		expect(estimateWidth(10)('abcd')).toBeCloseTo(22.4);
	});
});

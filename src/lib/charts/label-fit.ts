/** How wide a string is drawn, in CSS px. */
export type Measure = (text: string) => number;

/** A label laid out in a fixed width: its lines, and whether words were cut (then the full name goes in a tooltip). */
export interface FittedLabel {
	lines: string[];
	truncated: boolean;
}

/**
 * A rough measure for when no canvas is at hand: about 0.56 em a character in a sans-serif face, which errs wide
 * for most text, so labels fitted with it fit when drawn.
 */
export function estimateWidth(fontPx: number): Measure {
	return (text) => text.length * fontPx * 0.56;
}

/** The longest start of `text` that fits with an ellipsis after it. */
function cut(text: string, maxWidth: number, measure: Measure): string {
	let end = text.length;
	while (end > 1 && measure(`${text.slice(0, end).trimEnd()}…`) > maxWidth) end--;
	return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * Breaks a label into at most `maxLines` lines of at most `maxWidth` px, at spaces (and after hyphens and slashes).
 * What does not fit ends the last line with an ellipsis; a single word wider than the line is cut the same way.
 *
 * @example fitLabel('Liver and intrahepatic bile ducts', 140, m) → { lines: ['Liver and intrahepatic', 'bile ducts'], truncated: false }
 */
export function fitLabel(text: string, maxWidth: number, measure: Measure, maxLines = 2): FittedLabel {
	const words = text
		.trim()
		.split(/(?<=[-/])|\s+/)
		.filter(Boolean);
	const lines: string[] = [];
	let line = '';
	let index = 0;
	for (; index < words.length; index++) {
		const word = words[index]!;
		const joiner = line === '' || /[-/]$/.test(line) ? '' : ' ';
		const candidate = line + joiner + word;
		if (measure(candidate) <= maxWidth) {
			line = candidate;
			continue;
		}
		if (line === '') break; // one word wider than the line: cut below
		lines.push(line);
		line = '';
		if (lines.length === maxLines) break;
		index--; // the word starts the next line
	}
	if (index >= words.length) {
		if (line) lines.push(line);
		return { lines, truncated: false };
	}
	// Words are left over: the last line takes as much of the rest as fits, then an ellipsis.
	const rest = words.slice(index).reduce((a, w) => (a === '' || /[-/]$/.test(a) ? a + w : `${a} ${w}`), '');
	if (lines.length === maxLines) {
		const last = lines.pop()!;
		lines.push(cut(`${last} ${rest}`, maxWidth, measure));
	} else {
		lines.push(cut(line ? `${line} ${rest}` : rest, maxWidth, measure));
	}
	return { lines, truncated: true };
}

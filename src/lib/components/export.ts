import { toCsv, type CsvValue } from '$lib/csv';
import { m } from '$lib/i18n';

/** What every exported chart carries, so a figure pasted into a board paper still says what it is and where from. */
export interface ExportMeta {
	fileName: string;
	title: string;
	caption?: string;
	source: string;
	/** E.g. the illustrative-data notice. */
	notice?: string;
}

const svgNamespace = 'http://www.w3.org/2000/svg';
/** Styles that make an SVG look the same outside the page's stylesheets. */
const inlinedStyles = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'text-anchor',
	'dominant-baseline'
] as const;

export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What travels beside a downloaded table: who made the figures and how far to trust them. */
export interface CsvMeta {
	/** E.g. the illustrative-data notice. */
	notice?: string;
	source?: string;
}

/** The words of the sources file, in the reader's language. */
export interface SourcesLabels {
	item: string;
	text: string;
	dataFile: string;
	notice: string;
	source: string;
}

/**
 * A CSV through the app's one formula-safe writer. Its first line is the header, so a spreadsheet or a data tool
 * reads every line after it as a row; sources and notices go in a file of their own (`sourcesDocument`).
 */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
	// The byte-order mark opens the file so that Excel reads accents right.
	return toCsv(header, rows, { bom: true });
}

/** `capacity.csv` → `capacity-sources.csv`: the two files sort side by side in a downloads folder. */
export function sourcesFileName(dataFileName: string): string {
	return `${dataFileName.replace(/\.csv$/i, '')}-sources.csv`;
}

/**
 * The file beside a downloaded table: a two-column CSV naming the data file, then the notice and the sources, one
 * row each. `null` when there is nothing to say, so no empty file is downloaded.
 */
export function sourcesDocument(dataFileName: string, meta: CsvMeta, labels: SourcesLabels): string | null {
	const rows: [string, string][] = [];
	if (meta.notice) rows.push([labels.notice, meta.notice]);
	if (meta.source) rows.push([labels.source, meta.source]);
	if (rows.length === 0) return null;
	const oneLine = (text: string) => text.replaceAll(/[\r\n]+/g, ' ');
	return toCsv(
		[labels.item, labels.text],
		[[labels.dataFile, dataFileName], ...rows.map(([item, text]) => [item, oneLine(text)])],
		{ bom: true }
	);
}

const csvType = 'text/csv;charset=utf-8';

/** Downloads a table as a CSV whose first line is its header. */
export function downloadCsv(
	fileName: string,
	header: readonly string[],
	rows: readonly (readonly CsvValue[])[]
): void {
	downloadBlob(new Blob([csvDocument(header, rows)], { type: csvType }), fileName);
}

/** A table's notice or sources, to download beside it; `undefined` when it has none (no button, no empty file). */
export interface TableSources extends CsvMeta {
	/** The data file the sources describe (`capacity.csv` → `capacity-sources.csv`). */
	fileName: string;
}

/**
 * Downloads the `-sources.csv` of a table, from a click of its own: one file per click, since browsers block or ask
 * about a second download started by the same click.
 */
export function downloadSources({ fileName, ...meta }: TableSources): void {
	const sources = sourcesDocument(fileName, meta, {
		item: m.layout_sources_item(),
		text: m.layout_sources_text(),
		dataFile: m.layout_sources_data_file(),
		notice: m.layout_sources_notice(),
		source: m.layout_sources_source()
	});
	if (sources) downloadBlob(new Blob([sources], { type: csvType }), sourcesFileName(fileName));
}

function inlineStyles(original: Element, copy: Element): void {
	const computed = getComputedStyle(original);
	const style = inlinedStyles.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';');
	copy.setAttribute('style', style);
	const originals = original.children;
	const copies = copy.children;
	for (let i = 0; i < originals.length; i++) {
		const child = originals[i];
		const childCopy = copies[i];
		if (child && childCopy) inlineStyles(child, childCopy);
	}
}

/** Breaks text into lines of at most `maxChars`, at spaces. */
export function wrapText(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > maxChars) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** A block of wrapped text lines starting at baseline `y`; returns the elements and the height used. */
function textBlock(content: string, y: number, size: number, width: number, weight = 'normal') {
	const lineHeight = Math.round(size * 1.35);
	const lines = wrapText(content, Math.max(20, Math.floor((width - 24) / (size * 0.56))));
	const elements = lines.map((line, i) => {
		const text = document.createElementNS(svgNamespace, 'text');
		text.setAttribute('x', '12');
		text.setAttribute('y', String(y + i * lineHeight));
		text.setAttribute(
			'style',
			`font-family:system-ui,sans-serif;font-size:${size}px;font-weight:${weight};fill:#14213d`
		);
		text.textContent = line;
		return text;
	});
	return { elements, height: lines.length * lineHeight };
}

/** A standalone SVG document: the chart with its title and caption above and source (and notice) below. */
export function standaloneSvg(
	svg: SVGSVGElement,
	meta: ExportMeta
): { markup: string; width: number; height: number } {
	// Layercake draws axes outside its <svg> box (overflow visible), so the frame is the chart's container.
	const box = svg.getBoundingClientRect();
	const frame = svg.parentElement?.getBoundingClientRect() ?? box;
	const width = Math.ceil(frame.width);
	const chart = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, chart);
	const title = textBlock(meta.title, 22, 15, width, '700');
	const caption = meta.caption
		? textBlock(meta.caption, 22 + title.height + 4, 12, width)
		: { elements: [], height: 0 };
	const header = 22 + title.height + caption.height + 6;
	const footerText = [meta.source, meta.notice].filter((line): line is string => Boolean(line)).join(' · ');
	const footer = textBlock(footerText, header + frame.height + 18, 11, width);
	const totalHeight = Math.ceil(header + frame.height + 12 + footer.height);
	const root = document.createElementNS(svgNamespace, 'svg');
	root.setAttribute('xmlns', svgNamespace);
	root.setAttribute('width', String(width));
	root.setAttribute('height', String(totalHeight));
	root.setAttribute('viewBox', `0 0 ${width} ${totalHeight}`);
	const background = document.createElementNS(svgNamespace, 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', '#ffffff');
	chart.setAttribute('x', String(box.left - frame.left));
	chart.setAttribute('y', String(header + box.top - frame.top));
	chart.setAttribute('width', String(box.width));
	chart.setAttribute('height', String(box.height));
	chart.setAttribute('overflow', 'visible');
	root.append(background, ...title.elements, ...caption.elements, chart, ...footer.elements);
	return { markup: new XMLSerializer().serializeToString(root), width, height: totalHeight };
}

export function downloadSvg(svg: SVGSVGElement, meta: ExportMeta): void {
	const { markup } = standaloneSvg(svg, meta);
	downloadBlob(new Blob([markup], { type: 'image/svg+xml' }), `${meta.fileName}.svg`);
}

export async function downloadPng(svg: SVGSVGElement, meta: ExportMeta, scale = 2): Promise<void> {
	const { markup, width, height } = standaloneSvg(svg, meta);
	const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width * scale;
		canvas.height = height * scale;
		const context = canvas.getContext('2d');
		if (!context) throw new Error('This browser cannot draw the PNG (no 2D canvas)');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0);
		const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
		if (!blob) throw new Error('This browser could not encode the PNG');
		downloadBlob(blob, `${meta.fileName}.png`);
	} finally {
		URL.revokeObjectURL(url);
	}
}

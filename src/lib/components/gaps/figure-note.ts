/** What a figure is and where it comes from: observed or modelled, sources with years, and the Methods anchor. */
export interface FigureNote {
	kind: 'observed' | 'modelled';
	text: string;
	anchor: string;
}

// The Overview is rendered at build time, once per language (/, /fr, /es, /pt: see src/hooks.ts), with its figures
// and map in the HTML; the other views stay client-rendered shells.
import { countryPaths, worldViewBox } from '$lib/map/world-svg';
import type { FirstScreenRows } from '$lib/state/overview-summary';
import { overview } from '../../data/summary.json';
import type { PageServerLoad } from './$types';

export const ssr = true;
export const prerender = true;

export const load: PageServerLoad = () => ({
	firstScreen: overview as FirstScreenRows,
	worldPaths: countryPaths(worldViewBox.width, worldViewBox.height)
});

// The Overview is rendered at build time, once per language (/, /fr, /es, /pt: see src/hooks.ts), with its figures
// and map in the HTML. The map's paths are not page data: the page imports them (src/lib/map/world-paths.ts), so the
// HTML does not carry them twice.
import type { FirstScreenRows } from '$lib/state/overview-summary';
import { overview } from '../../data/summary.json';
import type { PageServerLoad } from './$types';

export const ssr = true;
export const prerender = true;

export const load: PageServerLoad = () => ({ firstScreen: overview as FirstScreenRows });

import paths from '../../../data/world-paths.json';
import type { CountryPath } from './world-svg';

/**
 * The Overview's SVG world map, projected at build time (data/scripts/first-screen.ts): `countryPaths` in the box
 * `worldViewBox`. Imported, not passed as page data, so the prerendered HTML holds the paths once (as SVG), and the
 * browser gets them in a script chunk that arrives after the first paint.
 */
export const worldPaths: readonly CountryPath[] = paths;

import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { languageRedirectScript, localizedEntries } from './src/lib/i18n/language-address.js';

/** The language start-up script (inlined in each view's head by src/hooks.server.ts), allowed by its hash. */
/** @type {`sha256-${string}`} */
const languageRedirectHash = `sha256-${createHash('sha256').update(languageRedirectScript).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Views are prerendered with their frame; 200.html serves the pages that are not (a country, a centre).
		adapter: adapter({ fallback: '200.html', strict: true }),
		// Absolute asset paths: offline, the service worker answers a deep link (/country/KEN) with the prerendered root
		// page, whose relative paths would otherwise resolve under /country/.
		paths: { relative: false },
		// Each view has its own prerendered HTML in each language (src/hooks.ts routes /fr/gaps to /gaps).
		prerender: { entries: ['*', ...localizedEntries] },
		// A view's small stylesheets go into its HTML: no round trip blocks the prerendered Overview's first paint.
		inlineStyleThreshold: 8 * 1024,
		// Registered by the layout once the first view has loaded, so its downloads do not compete with the first screen.
		serviceWorker: { register: false },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval', languageRedirectHash],
				// DuckDB-wasm and maplibre start their workers from blob: URLs; 'self' covers the service worker.
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				// Svelte transitions and maplibre set inline styles.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;

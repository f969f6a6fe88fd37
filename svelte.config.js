import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every view renders in the browser; the shell is prerendered and 200.html serves deep links on any static host.
		adapter: adapter({ fallback: '200.html', strict: true }),
		// Absolute asset paths: offline, the service worker answers a deep link (/country/KEN) with the prerendered root
		// page, whose relative paths would otherwise resolve under /country/.
		paths: { relative: false },
		// The Overview in each language has its own prerendered HTML (src/hooks.ts routes /fr to the Overview).
		prerender: { entries: ['*', '/fr', '/es', '/pt'] },
		// A view's small stylesheets go into its HTML: no round trip blocks the prerendered Overview's first paint.
		inlineStyleThreshold: 8 * 1024,
		// Registered by the layout once the first view has loaded, so its downloads do not compete with the first screen.
		serviceWorker: { register: false },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
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

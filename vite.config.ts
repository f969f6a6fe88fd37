import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';
import { atlasDatabase } from './scripts/atlas-database-plugin';
import { duckdbWorker } from './scripts/duckdb-worker-plugin';

export default defineConfig({
	plugins: [
		// Unit tests import compiled messages from disk; the compiler's file watcher would keep vitest from exiting.
		process.env.VITEST
			? []
			: paraglideVitePlugin({
					project: './project.inlang',
					outdir: './src/lib/paraglide',
					// Same order as package.json's i18n script: ?lang= in the address (custom-url, src/lib/i18n/url-locale.ts) first.
					strategy: ['custom-url', 'localStorage', 'preferredLanguage', 'baseLocale']
				}),
		duckdbWorker(),
		atlasDatabase(),
		sveltekit()
	],
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	build: {
		target: 'es2022',
		chunkSizeWarningLimit: 1500,
		// Data files stay files: a data: URL would be refused by the Content-Security-Policy's connect-src.
		assetsInlineLimit: (file) => (/\.(csv|parquet|json)$/.test(file) ? false : undefined)
	},
	worker: { format: 'es' },
	test: {
		include: [
			'src/**/*.spec.ts',
			'data/**/*.spec.ts',
			'scripts/**/*.spec.ts',
			'bench/**/*.spec.ts',
			'server/**/*.spec.ts'
		],
		environment: 'node',
		testTimeout: 60_000
	}
});

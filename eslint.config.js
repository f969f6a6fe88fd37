import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import { layers } from './scripts/eslint-layers.js';

/** Imports run one way: routes → components/charts/map → state → models ← data. */
const layerRule = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Data is shown only as text: never as HTML.
			'svelte/no-at-html-tags': 'error',
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.property.name='html']",
					message: 'Set text with .text(); data is never rendered as HTML.'
				},
				{
					selector: "AssignmentExpression[left.property.name='innerHTML']",
					message: 'Set textContent; data is never rendered as HTML.'
				}
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/**'],
		plugins: { atlas: layers },
		rules: { 'atlas/layer-imports': 'error' }
	},
	{
		// Specs build fixtures with SQL of their own; the app's SQL stays in the data layer.
		files: ['src/**/*.{js,ts,svelte}'],
		ignores: ['src/lib/data/**', 'src/**/*.spec.ts'],
		plugins: { atlas: layers },
		rules: { 'atlas/no-sql-text': 'error' }
	},
	{
		files: ['src/lib/models/**'],
		rules: layerRule([
			{
				group: ['svelte', 'svelte/*', '@duckdb/*', 'maplibre-gl', '$app/*'],
				message: 'Models are pure: no Svelte, DuckDB or app state.'
			}
		])
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'src/lib/paraglide/',
			'bench/results/',
			'bench/.cache/',
			'test-results/',
			'playwright-report/'
		]
	}
);

import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

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
		files: ['src/lib/models/**'],
		rules: layerRule([
			{
				group: ['svelte', 'svelte/*', '@duckdb/*', 'maplibre-gl', '$lib/data/*', '$lib/state/*', '$app/*'],
				message: 'Models are pure: no Svelte, DuckDB or app state.'
			}
		])
	},
	{
		files: ['src/lib/data/**'],
		rules: layerRule([
			{
				group: ['$lib/state/*', '$lib/components/*', '$lib/charts/*', '$lib/map/*'],
				message: 'Data does not import views or state.'
			}
		])
	},
	{
		files: ['src/lib/state/**'],
		rules: layerRule([
			{ group: ['$lib/components/*', '$lib/charts/*', '$lib/map/*'], message: 'State does not import views.' }
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

/**
 * Lint rules that keep the app's layers apart (../shared/STYLE.md): imports run one way, routes → components, charts,
 * map → state → models ← data, and SQL text lives in the data layer. A local rule rather than `no-restricted-imports`
 * because the direction depends on where a path lands, not how it is written: `../data/issue-text` from
 * `components/methods` is the components' own `data` folder, while the same text from `src/lib/map` is the data layer.
 */
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Each layer's folder, inside the repository. */
const LAYERS = {
	routes: 'src/routes',
	components: 'src/lib/components',
	charts: 'src/lib/charts',
	map: 'src/lib/map',
	state: 'src/lib/state',
	models: 'src/lib/models',
	data: 'src/lib/data'
};

const VIEWS = ['components', 'charts', 'map'];

/**
 * What each layer may not import: everything upstream of it, and data for anything that shows it.
 * @type {Record<string, string[]>}
 */
const FORBIDDEN = {
	routes: ['data'],
	components: ['routes', 'data'],
	charts: ['routes', 'data'],
	map: ['routes', 'data'],
	state: ['routes', ...VIEWS],
	models: ['routes', ...VIEWS, 'state', 'data'],
	data: ['routes', ...VIEWS, 'state']
};

/** @type {Record<string, string>} */
const WHY = {
	routes: 'Routes reach data through $lib/state, and row types through $lib/models.',
	components: 'Views reach data through $lib/state, and row types through $lib/models.',
	charts: 'Views reach data through $lib/state, and row types through $lib/models.',
	map: 'Views reach data through $lib/state, and row types through $lib/models.',
	state: 'State does not import views or routes.',
	models: 'Models are pure: they import no data, state, views or routes.',
	data: 'Data does not import state, views or routes.'
};

/**
 * The layer a path inside the repository belongs to, or null for files outside every layer.
 * @param {string} relative
 * @returns {string | null}
 */
export function layerOf(relative) {
	const posix = relative.split(path.sep).join('/');
	for (const [layer, folder] of Object.entries(LAYERS))
		if (posix === folder || posix.startsWith(`${folder}/`)) return layer;
	return null;
}

/**
 * Where an import lands inside the repository, or null for packages. `$lib` is SvelteKit's alias for src/lib.
 * @param {string} source
 * @param {string} filename
 * @returns {string | null}
 */
export function resolveImport(source, filename, root = ROOT) {
	let target;
	if (source === '$lib' || source.startsWith('$lib/')) target = path.join(root, 'src/lib', source.slice(4));
	else if (source.startsWith('./') || source.startsWith('../') || source === '.' || source === '..')
		target = path.resolve(path.dirname(filename), source);
	else return null;
	return path.relative(root, target);
}

/**
 * The import's source text, for static and dynamic imports, re-exports and `import('…')` types.
 * @param {any} node an ESTree or typescript-eslint node of one of those kinds
 * @returns {import('estree').Literal & { value: string } | null}
 */
function sourceOf(node) {
	if (node.type === 'TSImportType') {
		const argument = node.argument?.literal ?? node.argument;
		return typeof argument?.value === 'string' ? argument : null;
	}
	return node.source?.type === 'Literal' && typeof node.source.value === 'string' ? node.source : null;
}

/** @type {import('eslint').Rule.RuleModule} */
const layerImports = {
	meta: {
		type: 'problem',
		docs: { description: 'Imports run one way: routes → components, charts, map → state → models ← data.' },
		schema: [],
		messages: { forbidden: '{{from}} may not import {{to}} ({{source}}). {{why}}' }
	},
	create(context) {
		const from = layerOf(path.relative(ROOT, context.filename));
		if (!from) return {};
		/** @param {any} node */
		const check = (node) => {
			const source = sourceOf(node);
			if (!source) return;
			const target = resolveImport(source.value, context.filename);
			const to = target === null ? null : layerOf(target);
			if (to && to !== from && FORBIDDEN[from]?.includes(to))
				context.report({
					node: source,
					messageId: 'forbidden',
					data: { from, to, source: source.value, why: WHY[from] }
				});
		};
		return {
			ImportDeclaration: check,
			ExportNamedDeclaration: check,
			ExportAllDeclaration: check,
			ImportExpression: check,
			TSImportType: check
		};
	}
};

/** Statement keywords that open a SQL text, in capitals as every statement of this codebase writes them. */
const SQL_START =
	/^\s*(?:(?:SELECT|WITH|CREATE|INSERT|UPDATE|DELETE|DROP|ALTER|ATTACH|DETACH|COPY|PRAGMA|DESCRIBE|SUMMARIZE|INSTALL|LOAD|SET|EXPLAIN|FROM)\s+\S|CHECKPOINT\b)/;

/**
 * True when a string or template text reads as a SQL statement.
 * @param {string} text
 */
export function looksLikeSql(text) {
	return SQL_START.test(text);
}

/** @type {import('eslint').Rule.RuleModule} */
const noSqlText = {
	meta: {
		type: 'problem',
		docs: { description: 'SQL text lives in src/lib/data (queries and the engine), nowhere else.' },
		schema: [],
		messages: {
			sql: 'SQL text belongs in src/lib/data/queries: write a named query there and call it through $lib/state.'
		}
	},
	create(context) {
		/** @param {import('estree').Node} node */
		const report = (node) => context.report({ node, messageId: 'sql' });
		return {
			Literal(node) {
				if (typeof node.value === 'string' && looksLikeSql(node.value)) report(node);
			},
			TemplateLiteral(node) {
				if (node.parent?.type === 'TaggedTemplateExpression') return;
				if (looksLikeSql(node.quasis[0]?.value.cooked ?? '')) report(node);
			},
			TaggedTemplateExpression(node) {
				const tag = node.tag.type === 'MemberExpression' ? node.tag.property : node.tag;
				if (tag.type === 'Identifier' && tag.name === 'sql') report(node);
				else if (looksLikeSql(node.quasi.quasis[0]?.value.cooked ?? '')) report(node);
			}
		};
	}
};

export const layers = {
	meta: { name: 'atlas-layers' },
	rules: { 'layer-imports': layerImports, 'no-sql-text': noSqlText }
};

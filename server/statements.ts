/**
 * Named statements: the client sends a statement's shape (the static strings of each `sql` template it was built from,
 * names, lists and values), never SQL text. The server accepts only templates that appear in the app's own query
 * modules (read from their source at start), rebuilds the text with the same `sql` tag, and binds every value.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import ts from 'typescript';
import { checkStatement } from '../src/lib/data/console-statement';
import {
	empty,
	identifier,
	join,
	list,
	sql,
	type SqlQuery,
	type SqlShape,
	type SqlValue
} from '../src/lib/data/sql';

/** Modules that build statements writing tables or reading files: their templates are never accepted from a client. */
const WRITING_MODULES = /^(program-stage|program-loaded)/;

export interface TemplateCatalog {
	templates: Set<string>;
	separators: Set<string>;
}

const key = (strings: readonly string[]) => JSON.stringify(strings);

/** Every `sql` template and `join` separator in the read-only query modules of `dir`. */
export function readTemplates(dir = 'src/lib/data/queries'): TemplateCatalog {
	const catalog: TemplateCatalog = { templates: new Set(), separators: new Set() };
	for (const file of readdirSync(dir)) {
		if (!file.endsWith('.ts') || file.endsWith('.spec.ts') || WRITING_MODULES.test(file)) continue;
		const source = ts.createSourceFile(
			file,
			readFileSync(joinPath(dir, file), 'utf8'),
			ts.ScriptTarget.Latest
		);
		const visit = (node: ts.Node): void => {
			if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'sql') {
				const t = node.template;
				const strings = ts.isNoSubstitutionTemplateLiteral(t)
					? [t.text]
					: [t.head.text, ...t.templateSpans.map((span) => span.literal.text)];
				catalog.templates.add(key(strings));
			}
			if (ts.isCallExpression(node) && node.expression.getText(source) === 'join') {
				const separator = node.arguments[1];
				if (separator && ts.isStringLiteralLike(separator)) catalog.separators.add(separator.text);
			}
			ts.forEachChild(node, visit);
		};
		visit(source);
	}
	return catalog;
}

export class RefusedStatement extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'RefusedStatement';
	}
}

function value(v: unknown): SqlValue {
	if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
	if (typeof v === 'number' && Number.isFinite(v)) return v;
	throw new RefusedStatement('A parameter must be a string, a finite number, a boolean or null');
}

const MAX_DEPTH = 32;

/** The statement a shape stands for, rebuilt from the catalog's templates; throws `RefusedStatement` otherwise. */
export function rebuild(shape: unknown, catalog: TemplateCatalog, depth = 0): SqlQuery {
	if (depth > MAX_DEPTH) throw new RefusedStatement('The statement is nested too deeply');
	if (typeof shape !== 'object' || shape === null)
		throw new RefusedStatement('Not a statement the app builds');
	const s = shape as Exclude<SqlShape, null>;
	if ('sql' in s) {
		if (
			!Array.isArray(s.sql) ||
			!s.sql.every((x) => typeof x === 'string') ||
			!catalog.templates.has(key(s.sql))
		)
			throw new RefusedStatement('Not a statement the app builds');
		if (!Array.isArray(s.parts) || s.parts.length !== s.sql.length - 1)
			throw new RefusedStatement('The statement’s parts do not fit its template');
		const strings = Object.assign([...s.sql], { raw: [...s.sql] }) as TemplateStringsArray;
		const parts = s.parts.map((part) =>
			typeof part === 'object' && part !== null && 'value' in part
				? value(part.value)
				: rebuild(part, catalog, depth + 1)
		);
		return sql(strings, ...parts);
	}
	if ('name' in s) {
		try {
			return identifier(String(s.name));
		} catch (error) {
			throw new RefusedStatement((error as Error).message);
		}
	}
	if ('list' in s && Array.isArray(s.list)) return list(s.list.map(value));
	if ('join' in s && Array.isArray(s.join) && catalog.separators.has(String(s.separator)))
		return join(
			s.join.map((part) => rebuild(part, catalog, depth + 1)),
			String(s.separator)
		);
	if ('empty' in s && s.empty === true) return empty;
	throw new RefusedStatement('Not a statement the app builds');
}

/** A named statement, rebuilt and checked as the console checks (one read-only statement). */
export function acceptedStatement(shape: unknown, catalog: TemplateCatalog): SqlQuery {
	const q = rebuild(shape, catalog);
	const check = checkStatement(q.text);
	if (!check.ok) throw new RefusedStatement(`Not a read-only statement (${check.reason})`);
	return q;
}

/**
 * SQL with bound parameters. Values interpolated into the `sql` tag become `?` placeholders, never text;
 * table and column names enter only through `identifier()`, which accepts plain names from our own constants.
 */
export type SqlValue = string | number | boolean | null;

const fragmentBrand = Symbol('sql-fragment');

export interface SqlQuery {
	readonly [fragmentBrand]: true;
	readonly text: string;
	readonly params: readonly SqlValue[];
	/** How the statement was built, for a server that rebuilds it from its own templates (`server/statements.ts`). */
	readonly shape: SqlShape;
}

/**
 * A statement as the tree of pieces that built it: the static strings of each `sql` template, names, lists and values.
 * A server checks every template against the app's own and rebuilds the text itself, so the client sends no SQL text.
 * `null` marks pieces no server accepts (`literal`, `inlineNumbers`).
 */
export type SqlShape =
	| { readonly sql: readonly string[]; readonly parts: readonly (SqlShape | { readonly value: SqlValue })[] }
	| { readonly name: string }
	| { readonly list: readonly SqlValue[] }
	| { readonly join: readonly SqlShape[]; readonly separator: string }
	| { readonly empty: true }
	| null;

const plainName = /^[A-Za-z_][A-Za-z0-9_]*$/;

function fragment(text: string, params: readonly SqlValue[], shape: SqlShape): SqlQuery {
	return { [fragmentBrand]: true, text, params, shape };
}

export function isSqlQuery(value: unknown): value is SqlQuery {
	return typeof value === 'object' && value !== null && fragmentBrand in value;
}

/** A quoted identifier; throws unless it is a plain name (letters, digits, underscore). */
export function identifier(name: string): SqlQuery {
	if (!plainName.test(name)) throw new Error(`Not a plain SQL name: ${JSON.stringify(name)}`);
	return fragment(`"${name}"`, [], { name });
}

/** A list of bound values, for `IN (…)`; an empty list matches nothing. */
export function list(values: readonly SqlValue[]): SqlQuery {
	if (values.length === 0) return fragment('(NULL)', [], { list: [] });
	return fragment(`(${values.map(() => '?').join(', ')})`, values, { list: values });
}

/**
 * A string written into the SQL text as a quoted literal, for the few statements that must run without parameters
 * (a cancellable read of a file); quotes are doubled, so the value can never end the literal.
 */
export function literal(value: string): SqlQuery {
	return fragment(`'${value.replaceAll("'", "''")}'`, [], null);
}

/** Joins fragments, e.g. WHERE clauses, with a separator that is itself trusted SQL text. */
export function join(parts: readonly SqlQuery[], separator: string): SqlQuery {
	return fragment(
		parts.map((p) => p.text).join(separator),
		parts.flatMap((p) => p.params),
		{ join: parts.map((p) => p.shape), separator }
	);
}

export const empty: SqlQuery = fragment('', [], { empty: true });

export function sql(strings: TemplateStringsArray, ...values: readonly (SqlValue | SqlQuery)[]): SqlQuery {
	let text = strings[0] ?? '';
	const params: SqlValue[] = [];
	values.forEach((value, i) => {
		if (isSqlQuery(value)) {
			text += value.text;
			params.push(...value.params);
		} else {
			if (typeof value === 'number' && !Number.isFinite(value)) {
				throw new Error(`Cannot bind a non-finite number (${value}) as an SQL parameter`);
			}
			text += '?';
			params.push(value);
		}
		text += strings[i + 1] ?? '';
	});
	return fragment(text, params, {
		sql: [...strings],
		parts: values.map((value) => (isSqlQuery(value) ? value.shape : { value }))
	});
}

/**
 * The query with its parameters, which must all be finite numbers, written into the text: for our own statements that
 * must run without parameters (DuckDB-wasm runs those in slices, so a long one does not block the worker). Quoted
 * strings and names are left alone, so a `?` in a regular expression stays as it is.
 */
export function inlineNumbers(query: SqlQuery): SqlQuery {
	const params = [...query.params];
	if (params.length === 0) return query;
	let text = '';
	const source = query.text;
	for (let i = 0; i < source.length; i++) {
		const char = source[i] as string;
		// Quoted strings, quoted names and comments are copied as they are.
		const end =
			char === "'" || char === '"'
				? source.indexOf(char, i + 1)
				: char === '-' && source[i + 1] === '-'
					? source.indexOf('\n', i)
					: i;
		if (end !== i) {
			const stop = end < 0 ? source.length : end + 1;
			text += source.slice(i, stop);
			i = stop - 1;
			continue;
		}
		if (char !== '?') {
			text += char;
			continue;
		}
		const value = params.shift();
		if (typeof value !== 'number' || !Number.isFinite(value))
			throw new Error(`Only finite numbers can be written into SQL text, not ${JSON.stringify(value)}`);
		text += `(${value})`;
	}
	if (params.length > 0) throw new Error('More parameters than placeholders');
	return fragment(text, [], null);
}

/** Runs a query and returns plain rows; implemented by DuckDB-wasm in the browser and native DuckDB in Node. */
export type QueryFn = <T extends object>(query: SqlQuery) => Promise<T[]>;

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
}

const plainName = /^[A-Za-z_][A-Za-z0-9_]*$/;

function fragment(text: string, params: readonly SqlValue[]): SqlQuery {
	return { [fragmentBrand]: true, text, params };
}

export function isSqlQuery(value: unknown): value is SqlQuery {
	return typeof value === 'object' && value !== null && fragmentBrand in value;
}

/** A quoted identifier; throws unless it is a plain name (letters, digits, underscore). */
export function identifier(name: string): SqlQuery {
	if (!plainName.test(name)) throw new Error(`Not a plain SQL name: ${JSON.stringify(name)}`);
	return fragment(`"${name}"`, []);
}

/** A list of bound values, for `IN (…)`; an empty list matches nothing. */
export function list(values: readonly SqlValue[]): SqlQuery {
	if (values.length === 0) return fragment('(NULL)', []);
	return fragment(`(${values.map(() => '?').join(', ')})`, values);
}

/**
 * A string written into the SQL text as a quoted literal, for the few statements that must run without parameters
 * (a cancellable read of a file); quotes are doubled, so the value can never end the literal.
 */
export function literal(value: string): SqlQuery {
	return fragment(`'${value.replaceAll("'", "''")}'`, []);
}

/** Joins fragments, e.g. WHERE clauses, with a separator that is itself trusted SQL text. */
export function join(parts: readonly SqlQuery[], separator: string): SqlQuery {
	return fragment(
		parts.map((p) => p.text).join(separator),
		parts.flatMap((p) => p.params)
	);
}

export const empty: SqlQuery = fragment('', []);

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
	return fragment(text, params);
}

/** Runs a query and returns plain rows; implemented by DuckDB-wasm in the browser and native DuckDB in Node. */
export type QueryFn = <T extends object>(query: SqlQuery) => Promise<T[]>;

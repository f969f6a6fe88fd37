import { describe, expect, it } from 'vitest';
import { identifier, inlineNumbers, join, list, literal, sql } from './sql';

describe('sql tag', () => {
	it('binds every interpolated value as a parameter, hostile text included', () => {
		const hostile = "' OR 1=1 --";
		const q = sql`SELECT * FROM t WHERE region = ${hostile} AND n > ${3}`;
		expect(q.text).toBe('SELECT * FROM t WHERE region = ? AND n > ?');
		expect(q.params).toEqual([hostile, 3]);
	});

	it('nests fragments and keeps their parameters in order', () => {
		const where = join([sql`a = ${1}`, sql`b IN ${list(['x', 'y'])}`], ' AND ');
		const q = sql`SELECT * FROM ${identifier('countries')} WHERE ${where} LIMIT ${10}`;
		expect(q.text).toBe('SELECT * FROM "countries" WHERE a = ? AND b IN (?, ?) LIMIT ?');
		expect(q.params).toEqual([1, 'x', 'y', 10]);
	});

	it('refuses identifiers that are not plain names', () => {
		expect(() => identifier('x"; DROP TABLE t; --')).toThrow(/plain SQL name/);
		expect(() => identifier('1abc')).toThrow();
	});

	it('refuses non-finite numbers rather than binding NaN', () => {
		expect(() => sql`SELECT ${Number.NaN}`).toThrow(/non-finite/);
	});

	it('renders an empty list as one that matches nothing', () => {
		expect(sql`x IN ${list([])}`.text).toBe('x IN (NULL)');
	});

	it('writes literals with their quotes doubled, so a value cannot end the string', () => {
		const q = sql`SELECT * FROM read_csv(${literal("/upload/a'); DROP TABLE t; --")})`;
		expect(q.text).toBe("SELECT * FROM read_csv('/upload/a''); DROP TABLE t; --')");
		expect(q.params).toEqual([]);
	});
});

describe('inlineNumbers', () => {
	it('writes number parameters into the text, leaving quoted text and comments alone', () => {
		const q = inlineNumbers(
			sql`SELECT ${-5} AS a, '[+-]?\\d' AS b, "odd?" AS c -- why? it's ok
			FROM t WHERE x < ${2.5} LIMIT ${10}`
		);
		expect(q.params).toEqual([]);
		expect(q.text).toBe(`SELECT (-5) AS a, '[+-]?\\d' AS b, "odd?" AS c -- why? it's ok
			FROM t WHERE x < (2.5) LIMIT (10)`);
	});

	it('keeps doubled quotes inside a literal', () => {
		const q = inlineNumbers(sql`SELECT ${literal("it's ?")}, ${1}`);
		expect(q.text).toBe(`SELECT 'it''s ?', (1)`);
	});

	it('refuses anything but finite numbers', () => {
		expect(() => inlineNumbers(sql`SELECT ${'x'}`)).toThrow(/finite numbers/);
		expect(() => inlineNumbers(sql`SELECT ${null}`)).toThrow(/finite numbers/);
	});
});

import { describe, expect, it } from 'vitest';
import { checkStatement } from './console-statement';

describe('checkStatement', () => {
	it.each([
		['SELECT 1', 'SELECT 1'],
		['  select * from centres;  ', 'select * from centres'],
		['WITH t AS (SELECT 1 AS x) SELECT x FROM t', 'WITH t AS (SELECT 1 AS x) SELECT x FROM t'],
		['DESCRIBE centres', 'DESCRIBE centres'],
		['SUMMARIZE sessions;', 'SUMMARIZE sessions'],
		['EXPLAIN SELECT 1', 'EXPLAIN SELECT 1'],
		["SELECT 'DROP TABLE x; COPY' AS s", "SELECT 'DROP TABLE x; COPY' AS s"],
		['SELECT "set" FROM t -- INSERT here\n', 'SELECT "set" FROM t -- INSERT here'],
		['/* DELETE */ SELECT 1; -- done', '/* DELETE */ SELECT 1'],
		["SELECT 'it''s'", "SELECT 'it''s'"],
		['SELECT $$ATTACH$$', 'SELECT $$ATTACH$$']
	])('accepts %j', (text, statement) => {
		expect(checkStatement(text)).toEqual({ ok: true, text: statement });
	});

	it.each([
		['INSERT INTO centres VALUES (1)', 'INSERT'],
		["ATTACH 'x.db'", 'ATTACH'],
		["COPY centres TO 'out.csv'", 'COPY'],
		['INSTALL httpfs', 'INSTALL'],
		['LOAD httpfs', 'LOAD'],
		['SET memory_limit = 1', 'SET'],
		['PRAGMA version', 'PRAGMA'],
		['WITH t AS (SELECT 1) DELETE FROM centres', 'DELETE'],
		['EXPLAIN ANALYZE UPDATE centres SET phase = 1', 'UPDATE'],
		['select 1 from t; drop table t', 'DROP'],
		['CREATE TABLE x AS SELECT 1', 'CREATE']
	])('refuses %j because of %s', (text, word) => {
		expect(checkStatement(text)).toEqual({ ok: false, reason: 'forbidden', word });
	});

	it('refuses a second statement even when it is read-only', () => {
		expect(checkStatement('SELECT 1; SELECT 2')).toEqual({ ok: false, reason: 'multiple' });
		expect(checkStatement("SELECT 1; 'x'")).toEqual({ ok: false, reason: 'multiple' });
	});

	it('refuses statements that do not start with a read-only keyword', () => {
		expect(checkStatement('SHOW TABLES')).toEqual({ ok: false, reason: 'not_allowed', word: 'SHOW' });
		expect(checkStatement('FROM centres')).toEqual({ ok: false, reason: 'not_allowed', word: 'FROM' });
	});

	it('refuses empty text and unterminated strings or comments', () => {
		expect(checkStatement('  -- nothing\n ')).toEqual({ ok: false, reason: 'empty' });
		expect(checkStatement("SELECT 'open")).toEqual({ ok: false, reason: 'unterminated' });
		expect(checkStatement('SELECT 1 /* open')).toEqual({ ok: false, reason: 'unterminated' });
	});
});

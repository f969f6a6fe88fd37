import { describe, expect, it } from 'vitest';
import { columnNames, TABLE_NAMES } from './program-schema';
import { recognise, scoreTables } from './recognise';

describe('recognise', () => {
	it.each(TABLE_NAMES.map((t) => [t]))('recognises a full %s header', (t) => {
		expect(recognise(columnNames(t))).toMatchObject({ status: 'recognised', table: t });
	});

	it('does not take centre_id,name,iso3 for outcomes: it asks, naming the two closest', () => {
		const r = recognise(['centre_id', 'name', 'iso3']);
		expect(r).toMatchObject({ status: 'ask', reason: 'weak', table: null });
		expect(r.candidates.map((c) => [c.table, c.requiredFound, c.requiredTotal])).toEqual([
			['centres', 3, 10],
			['hubs', 2, 6]
		]);
	});

	it('asks when two tables score close: a requests and an engagements header side by side', () => {
		const header = ['request_id', 'centre_id', 'specialty', 'kind', 'opened', 'status', 'engagement_id'];
		const r = recognise([...header, 'expert_id', 'start', 'mode']);
		expect(r).toMatchObject({ status: 'ask', reason: 'close' });
		expect(r.candidates.map((c) => c.table)).toEqual(['engagements', 'requests']);
		expect(recognise(['centre_id', 'year'])).toMatchObject({ status: 'ask', reason: 'weak' });
	});

	it('recognises after the loader’s name normalisation', () => {
		expect(recognise(['Centre ID', 'Year', 'New patients', 'Treated radiotherapy']).table).toBe('outcomes');
		expect(recognise(['\uFEFFhub_id', 'Name', 'City', 'ISO3', 'Lat', 'Lon']).table).toBe('hubs');
	});

	it('says when no column belongs to any table', () => {
		expect(recognise(['a', 'b']).status).toBe('none');
		expect(recognise([]).status).toBe('none');
	});

	it('keeps the table a name gives, with its score first', () => {
		const r = recognise(['centre_id', 'name'], 'centres');
		expect(r).toMatchObject({ status: 'named', table: 'centres' });
		expect(r.candidates[0]?.table).toBe('centres');
	});

	it('scores between 0 and 1, a full header 1', () => {
		const scores = scoreTables(columnNames('sessions'));
		expect(scores[0]).toMatchObject({ table: 'sessions', score: 1 });
		for (const s of scores) expect(s.score).toBeGreaterThanOrEqual(0);
	});
});

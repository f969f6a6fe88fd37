import { describe, expect, it } from 'vitest';
import { checkedCopyKey, upstreamTables } from './program-checked-copy';
import type { StoredFileEntry } from './program-manifest';

const entry = (id: string, table: StoredFileEntry['table'], mode: StoredFileEntry['mode'] = 'replace') =>
	({
		id,
		table,
		mode,
		name: `${id}.csv`,
		size: 1,
		rows: 1,
		loadedAt: '2026-01-01T00:00:00Z'
	}) as StoredFileEntry;

describe('upstreamTables', () => {
	it('follows references through every level', () => {
		expect([...upstreamTables('sessions')].sort()).toEqual(['centres', 'engagements', 'experts', 'hubs']);
		expect([...upstreamTables('hubs')]).toEqual([]);
	});
});

describe('checkedCopyKey', () => {
	const sessions = entry('s', 'sessions');
	const centres = entry('c', 'centres');
	const requests = entry('r', 'requests');

	it('is the same at commit and at restore when the tables it is checked against hold the same files', () => {
		// At commit the manifest holds a later table's file too; at restore only what came before it in table order.
		const atCommit = checkedCopyKey('b1', sessions, [centres, requests]);
		const atRestore = checkedCopyKey('b1', sessions, [centres]);
		expect(atRestore).toBe(atCommit);
		// After an engine restart the whole manifest, the entry itself included, is in place.
		expect(checkedCopyKey('b1', sessions, [centres, sessions, requests])).toBe(atCommit);
	});

	it('changes with the build, the files upstream, and the mode', () => {
		const key = checkedCopyKey('b1', sessions, [centres]);
		expect(checkedCopyKey('b2', sessions, [centres])).not.toBe(key);
		expect(checkedCopyKey('b1', sessions, [])).not.toBe(key);
		expect(checkedCopyKey('b1', sessions, [entry('c2', 'centres')])).not.toBe(key);
		expect(checkedCopyKey('b1', { ...sessions, mode: 'append' }, [centres])).not.toBe(key);
	});

	it('counts earlier files of its own table only for a file that adds rows', () => {
		const earlier = entry('s0', 'sessions', 'append');
		const replacing = checkedCopyKey('b1', sessions, [earlier]);
		expect(replacing).toBe(checkedCopyKey('b1', sessions, []));
		const adding = { ...sessions, mode: 'append' as const };
		expect(checkedCopyKey('b1', adding, [earlier])).not.toBe(checkedCopyKey('b1', adding, []));
		// Files of its own table loaded after it do not count.
		expect(checkedCopyKey('b1', adding, [earlier, adding, entry('s9', 'sessions', 'append')])).toBe(
			checkedCopyKey('b1', adding, [earlier])
		);
	});
});

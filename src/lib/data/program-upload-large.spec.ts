import { describe, expect, it } from 'vitest';
import { isOutOfMemory, LARGE_FILE_BYTES, takesLargePath } from './program-upload-large';

describe('takesLargePath', () => {
	it('takes delimited text files from 1 MB, and nothing else', () => {
		expect(takesLargePath('sessions.csv', LARGE_FILE_BYTES)).toBe(true);
		expect(takesLargePath('SESSIONS.TSV', LARGE_FILE_BYTES * 5)).toBe(true);
		expect(takesLargePath('sessions.csv', LARGE_FILE_BYTES - 1)).toBe(false);
		expect(takesLargePath('sessions.xlsx', LARGE_FILE_BYTES * 5)).toBe(false);
	});
});

describe('isOutOfMemory', () => {
	it('tells DuckDB running out of its memory limit from other failures', () => {
		const oom = new Error(
			'Out of Memory Error: could not allocate block of size 256.0 KiB (1.8 GiB/1.8 GiB used)'
		);
		expect(isOutOfMemory(oom)).toBe(true);
		expect(isOutOfMemory(new Error('Catalog Error: Table with name x does not exist!'))).toBe(false);
		expect(isOutOfMemory('Out of Memory Error')).toBe(false);
	});
});

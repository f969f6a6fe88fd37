import { describe, expect, it } from 'vitest';
import { floorPage } from './floor-page';

describe('floorPage', () => {
	it.each([2_000, 64_000, 239_137])('is exactly %i bytes, with no script and no stylesheet', (bytes) => {
		const html = floorPage(bytes);
		expect(Buffer.byteLength(html)).toBe(bytes);
		expect(html).not.toMatch(/<script|<link|<style/);
		expect(html).toContain('<h1 id="floor">');
	});
});

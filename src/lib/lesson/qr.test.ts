import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { qrDrawing, QUIET } from './qr';

/** The drawing as pixels (4 a module), read back from its path as a scanner would see it. */
function pixels(text: string) {
	const { size, d } = qrDrawing(text);
	const scale = 4;
	const width = size * scale;
	const rgba = new Uint8ClampedArray(width * width * 4).fill(255);
	for (const [, x, y] of d.matchAll(/M(\d+) (\d+)/g)) {
		for (let dy = 0; dy < scale; dy++)
			for (let dx = 0; dx < scale; dx++) {
				const at = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
				rgba[at] = rgba[at + 1] = rgba[at + 2] = 0;
			}
	}
	return { rgba, width };
}

describe('qrDrawing', () => {
	it('decodes to the student page’s address, LAN origin and Japanese path included', () => {
		for (const address of [
			'http://192.168.1.20:4173/present/3/question',
			'http://127.0.0.1:4173/ja/present/10/question'
		]) {
			const { rgba, width } = pixels(address);
			expect(jsQR(rgba, width, width)?.data).toBe(address);
		}
	});

	it('leaves a quiet zone of four modules', () => {
		const { d } = qrDrawing('http://127.0.0.1:4173/present/1/question');
		const xs = [...d.matchAll(/M(\d+) (\d+)/g)].map((m) => Number(m[1]));
		expect(Math.min(...xs)).toBe(QUIET);
	});
});

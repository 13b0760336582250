import { describe, expect, it } from 'vitest';
import { compactPath, pathVertices } from './path';

const D3_PATH =
	'M549.3,373.1L550,372.6L550.9,373.4L550.9,373.4L548.8,375.3L547,373.7ZM554.4,369L554.9,368.9L540,370Z';

describe('compactPath', () => {
	it('writes each ring from an absolute start in relative tenths', () => {
		expect(compactPath(D3_PATH)).toBe(
			'M549.3 373.1l.7-.5.9.8-2.1 1.9-1.8-1.6ZM554.4 369l.5-.1-14.9 1.1Z'
		);
	});

	it('keeps every vertex where it was, to the tenth, dropping only repeats', () => {
		const before = pathVertices(D3_PATH).filter(
			(v, i, all) => i === 0 || v[0] !== all[i - 1]![0] || v[1] !== all[i - 1]![1]
		);
		const after = pathVertices(compactPath(D3_PATH)).map(([x, y]) => [
			Math.round(x * 10) / 10,
			Math.round(y * 10) / 10
		]);
		expect(after).toEqual(before);
	});

	it('separates two numbers only where they would merge', () => {
		expect(compactPath('M0,0L3,0L3,.5L3.2,1Z')).toBe('M0 0l3 0 0 .5.2.5Z');
	});
});

describe('pathVertices', () => {
	it('reads absolute and relative moves and lines, a close returning to the start', () => {
		expect(pathVertices('M10,10L12,10Zm1,1l.5.5')).toEqual([
			[10, 10],
			[12, 10],
			[11, 11],
			[11.5, 11.5]
		]);
	});
});

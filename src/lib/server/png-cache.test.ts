import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedPng } from './png-cache';

const dirs: string[] = [];
const freshDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'preview-png-'));
	dirs.push(dir);
	return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('cachedPng', () => {
	it('draws a picture once, then reads it back', () => {
		const dir = freshDir();
		let draws = 0;
		const draw = () => (draws++, Buffer.from('png one'));
		expect(cachedPng('<svg>1</svg>', draw, dir).toString()).toBe('png one');
		expect(cachedPng('<svg>1</svg>', draw, dir).toString()).toBe('png one');
		expect(draws).toBe(1);
		expect(readdirSync(dir)).toHaveLength(1);
	});

	it('draws other markup afresh', () => {
		const dir = freshDir();
		cachedPng('<svg>1</svg>', () => Buffer.from('one'), dir);
		expect(cachedPng('<svg>2</svg>', () => Buffer.from('two'), dir).toString()).toBe('two');
		expect(readdirSync(dir).sort()).toHaveLength(2);
	});
});

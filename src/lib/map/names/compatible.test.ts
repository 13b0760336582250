import { expect, it } from 'vitest';
import { nameBox } from './callouts';
import { compatible, SAME_LINE_GAP } from './compatible';

const HEIGHT = 16;

it('keeps two names on one line a good space apart, so they never read as one', () => {
	const japan = { box: nameBox(200, 100, 40, HEIGHT) };
	const at = (x: number, y = 100) => ({ box: nameBox(x, y, 90, HEIGHT) });
	// "Japan United States": 5 px after Japan's end, on its line.
	expect(compatible(japan, at(245))).toBe(false);
	expect(compatible(at(245), japan)).toBe(false);
	// Further than the gap along the line, or on the next line, they stand together.
	expect(compatible(japan, at(240 + SAME_LINE_GAP * HEIGHT + 1))).toBe(true);
	expect(compatible(japan, at(245, 100 + HEIGHT))).toBe(true);
	// Before it, too.
	expect(compatible(japan, at(200 - 90 - 3))).toBe(false);
});

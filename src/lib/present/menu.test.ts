import { expect, it } from 'vitest';
import { menuFocusTarget } from './menu';

it('steps down and up through the items, round the ends', () => {
	expect(menuFocusTarget('ArrowDown', 0, 4)).toBe(1);
	expect(menuFocusTarget('ArrowDown', 3, 4)).toBe(0);
	expect(menuFocusTarget('ArrowUp', 0, 4)).toBe(3);
	expect(menuFocusTarget('ArrowUp', 2, 4)).toBe(1);
});

it('starts from the first item going down and the last going up when focus is on the button', () => {
	expect(menuFocusTarget('ArrowDown', -1, 4)).toBe(0);
	expect(menuFocusTarget('ArrowUp', -1, 4)).toBe(3);
});

it('jumps to the ends with Home and End, and leaves other keys alone', () => {
	expect(menuFocusTarget('Home', 2, 4)).toBe(0);
	expect(menuFocusTarget('End', 1, 4)).toBe(3);
	expect(menuFocusTarget('ArrowRight', 1, 4)).toBeNull();
	expect(menuFocusTarget(' ', 1, 4)).toBeNull();
	expect(menuFocusTarget('ArrowDown', -1, 0)).toBeNull();
});

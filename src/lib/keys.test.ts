import { describe, expect, it } from 'vitest';
import { CLASSROOM_KEYS, isTypingTarget, keyAction, keyPress, MAP_KEYS } from './keys';

const press = (
	key: string,
	modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}
) => ({
	key,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	...modifiers
});

describe('keyAction', () => {
	it('reads the arrows the same way on the map and in the classroom', () => {
		for (const table of [MAP_KEYS, CLASSROOM_KEYS]) {
			expect(keyAction(table, press('ArrowRight'))).toBe('next');
			expect(keyAction(table, press('ArrowDown'))).toBe('next');
			expect(keyAction(table, press('ArrowLeft'))).toBe('previous');
			expect(keyAction(table, press('ArrowUp'))).toBe('previous');
		}
	});

	it('on the map: Enter opens, plus (or =) and minus zoom', () => {
		expect(keyAction(MAP_KEYS, press('Enter'))).toBe('open');
		expect(keyAction(MAP_KEYS, press('+'))).toBe('zoom-in');
		expect(keyAction(MAP_KEYS, press('='))).toBe('zoom-in');
		expect(keyAction(MAP_KEYS, press('-'))).toBe('zoom-out');
		expect(keyAction(MAP_KEYS, press(' '))).toBeUndefined();
		expect(keyAction(MAP_KEYS, press('f'))).toBeUndefined();
	});

	it('in the classroom: clicker keys step, Home and End jump, F in either case is full screen', () => {
		expect(keyAction(CLASSROOM_KEYS, press('PageDown'))).toBe('next');
		expect(keyAction(CLASSROOM_KEYS, press(' '))).toBe('next');
		expect(keyAction(CLASSROOM_KEYS, press('PageUp'))).toBe('previous');
		expect(keyAction(CLASSROOM_KEYS, press('Home'))).toBe('first');
		expect(keyAction(CLASSROOM_KEYS, press('End'))).toBe('last');
		expect(keyAction(CLASSROOM_KEYS, press('f'))).toBe('fullscreen');
		expect(keyAction(CLASSROOM_KEYS, press('F'))).toBe('fullscreen');
		expect(keyAction(CLASSROOM_KEYS, press('Enter'))).toBeUndefined();
	});

	it('leaves the browser its shortcuts and ignores keys it does not know', () => {
		expect(keyAction(MAP_KEYS, press('ArrowRight', { altKey: true }))).toBeUndefined();
		expect(keyAction(CLASSROOM_KEYS, press('f', { ctrlKey: true }))).toBeUndefined();
		expect(keyAction(CLASSROOM_KEYS, press('End', { metaKey: true }))).toBeUndefined();
		expect(keyAction(MAP_KEYS, press('toString'))).toBeUndefined();
		expect(keyAction(CLASSROOM_KEYS, press('x'))).toBeUndefined();
	});
});

/**
 * An element as far as `closest` goes: a tag, its attributes and its parent, matched against a
 * selector list of tag names and [attribute="value"] selectors.
 */
interface FakeElement {
	tag: string;
	attributes?: Record<string, string>;
	parent?: FakeElement;
	closest(selector: string): FakeElement | null;
}
function element(
	tag: string,
	attributes: Record<string, string> = {},
	parent?: FakeElement
): FakeElement {
	const self: FakeElement = {
		tag,
		attributes,
		parent,
		closest(selector) {
			const matches = (el: FakeElement) =>
				selector.split(',').some((part) => {
					const attribute = part.trim().match(/^\[([a-z-]+)="([^"]*)"\]$/);
					if (attribute) return el.attributes?.[attribute[1]!] === attribute[2];
					return part.trim() === el.tag;
				});
			for (let el: FakeElement | undefined = self; el; el = el.parent) if (matches(el)) return el;
			return null;
		}
	};
	return self;
}
const target = (el: FakeElement | null) => el as unknown as EventTarget | null;

describe('isTypingTarget', () => {
	it('knows the fields that take text: inputs, text areas, selects and editable text', () => {
		for (const tag of ['input', 'textarea', 'select']) {
			expect(isTypingTarget(target(element(tag)))).toBe(true);
		}
		expect(isTypingTarget(target(element('div', { contenteditable: 'true' })))).toBe(true);
		expect(isTypingTarget(target(element('span', {}, element('p', { contenteditable: '' }))))).toBe(
			true
		);
	});

	it('takes buttons, links, the map and the page for places where keys are commands', () => {
		for (const tag of ['button', 'a', 'canvas', 'body']) {
			expect(isTypingTarget(target(element(tag)))).toBe(false);
		}
		expect(isTypingTarget(target(element('div', { contenteditable: 'false' })))).toBe(false);
		expect(isTypingTarget(null)).toBe(false);
		expect(isTypingTarget({} as EventTarget)).toBe(false);
	});
});

describe('keyPress', () => {
	const event = (key: string, on: FakeElement) =>
		({ key, altKey: false, ctrlKey: true, metaKey: false, target: on }) as unknown as KeyboardEvent;

	it('reads the key, its modifiers and whether it was typed into a field', () => {
		expect(keyPress(event('f', element('input')))).toEqual({
			key: 'f',
			altKey: false,
			ctrlKey: true,
			metaKey: false,
			inField: true
		});
		expect(keyPress(event('f', element('button'))).inField).toBe(false);
	});

	it('leaves keys typed into a field to the field, whatever the table', () => {
		const typed = { ...press('ArrowRight'), inField: true };
		expect(keyAction(MAP_KEYS, typed)).toBeUndefined();
		expect(keyAction(CLASSROOM_KEYS, { ...press('f'), inField: true })).toBeUndefined();
	});
});

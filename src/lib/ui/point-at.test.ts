import { describe, expect, it } from 'vitest';
import { pointsAt } from './point-at';

describe('pointsAt', () => {
	const record = () => {
		const calls: (string | null)[] = [];
		return { calls, handlers: pointsAt('ROU', (iso3) => calls.push(iso3)) };
	};
	const focusTarget = (visible: boolean) => ({
		currentTarget: {
			matches: ((selector: string) =>
				visible && selector === ':focus-visible') as Element['matches']
		}
	});

	it('points while a mouse or a pen is over the link, and stops when it leaves', () => {
		const { calls, handlers } = record();
		handlers.onpointerenter({ pointerType: 'mouse' });
		handlers.onpointerleave();
		handlers.onpointerenter({ pointerType: 'pen' });
		expect(calls).toEqual(['ROU', null, 'ROU']);
	});

	it('points at nothing for a touch, which opens the country at once', () => {
		const { calls, handlers } = record();
		handlers.onpointerenter({ pointerType: 'touch' });
		expect(calls).toEqual([]);
	});

	it('points for the keyboard’s focus only, not the focus a click leaves', () => {
		const { calls, handlers } = record();
		handlers.onfocus(focusTarget(false));
		expect(calls).toEqual([]);
		handlers.onfocus(focusTarget(true));
		handlers.onblur();
		expect(calls).toEqual(['ROU', null]);
	});

	it('stops pointing when the link is followed', () => {
		const { calls, handlers } = record();
		handlers.onpointerenter({ pointerType: 'mouse' });
		handlers.onclick();
		expect(calls).toEqual(['ROU', null]);
	});
});

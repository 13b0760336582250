import { describe, expect, it } from 'vitest';
import { isUpdateWaiting } from './register';

describe('isUpdateWaiting', () => {
	const worker = {} as ServiceWorker;
	it('only when a new build waits behind one that controls the page', () => {
		expect(isUpdateWaiting({ waiting: worker }, worker)).toBe(true);
		// The first visit: the worker installs with nothing in control; nothing to offer.
		expect(isUpdateWaiting({ waiting: worker }, null)).toBe(false);
		expect(isUpdateWaiting({ waiting: null }, worker)).toBe(false);
	});
});

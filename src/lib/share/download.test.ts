import { describe, expect, it } from 'vitest';
import { composePicture } from './compose';
import { declaredSize, savePicture } from './download';
import { loadedOrFailure, otherFormat, SaveFailure } from './saving';

describe('declaredSize', () => {
	it("reads a composed picture's own size, not its children's", () => {
		const picture = composePicture(
			{
				kicker: 'k',
				title: 't',
				subtitle: 's',
				world: { width: 100, height: 50, countries: [] },
				colourOf: () => '#fff',
				hatched: [],
				legendTitle: 'l',
				legend: [],
				hatchedNote: '',
				source: 'src'
			},
			{ width: 1200 }
		);
		expect(declaredSize(picture.markup)).toEqual({ width: 1200, height: picture.height });
		expect(declaredSize('<svg viewBox="0 0 1 1"></svg>')).toBeNull();
	});

	it('offers the other format after a failure', () => {
		expect(otherFormat('png')).toBe('svg');
		expect(otherFormat('svg')).toBe('png');
	});
});

describe('why a save failed, as a reason the page words in its language', () => {
	const failing = (error: unknown) => savePicture('svg', () => Promise.reject(error), 'x.svg');

	it('a network failure (a fetch or an import that could not load) is a file that did not load', async () => {
		// Chromium's words when a chunk cannot be fetched: never shown to the reader as they are.
		const offline = new TypeError('Failed to fetch dynamically imported module: /_app/x.js');
		expect(await failing(offline)).toEqual({ ok: false, why: 'notLoaded' });
	});

	it('keeps a reason given where the failure was met', async () => {
		expect(await failing(new SaveFailure('tooLarge'))).toEqual({ ok: false, why: 'tooLarge' });
		const code = loadedOrFailure(Promise.reject(new TypeError('x')), 'codeNotLoaded');
		const saved = await savePicture('svg', () => code as never, 'x.svg');
		expect(saved).toEqual({ ok: false, why: 'codeNotLoaded' });
	});

	it('anything else is said to be unexpected, not passed on in English', async () => {
		expect(await failing(new Error('boom'))).toEqual({ ok: false, why: 'unexpected' });
	});
});

import { expect, it } from 'vitest';
import { advance, failureOf, LOADING } from './phase';

it('a loading map becomes ready when drawn, slow when it takes long, failed on an error', () => {
	expect(advance(LOADING, { type: 'drawn' })).toEqual({ status: 'ready' });
	expect(advance(LOADING, { type: 'slow' })).toEqual({ status: 'loading', slow: true });
	const slow = advance(LOADING, { type: 'slow' });
	expect(advance(slow, { type: 'drawn' })).toEqual({ status: 'ready' });
	expect(advance(slow, { type: 'fail', reason: 'slow' })).toEqual({
		status: 'failed',
		reason: 'slow'
	});
});

it('a ready or failed map stays as it is', () => {
	const ready = advance(LOADING, { type: 'drawn' });
	expect(advance(ready, { type: 'fail', reason: 'error' })).toBe(ready);
	expect(advance(ready, { type: 'slow' })).toBe(ready);
	const failed = advance(LOADING, { type: 'fail', reason: 'webgl' });
	expect(advance(failed, { type: 'drawn' })).toBe(failed);
	expect(advance(failed, { type: 'fail', reason: 'error' })).toBe(failed);
});

it('names a browser without WebGL 2 apart from any other failure', () => {
	// As MapLibre throws it when the canvas gives no WebGL 2 context.
	const noWebGL = Object.assign(new Error('WebGL2 is required to display this map.'), {
		name: 'GPUInitializationError'
	});
	expect(failureOf(noWebGL)).toBe('webgl');
	expect(failureOf(new Error('Failed to fetch worker script (404)'))).toBe('error');
	expect(failureOf('a string thrown')).toBe('error');
	expect(failureOf(undefined)).toBe('error');
});

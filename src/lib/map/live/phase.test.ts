import { expect, it } from 'vitest';
import { advance, LOADING } from './phase';

it('a loading map becomes ready when drawn, slow when it takes long, failed on an error', () => {
	expect(advance(LOADING, { type: 'drawn' })).toEqual({ status: 'ready' });
	expect(advance(LOADING, { type: 'slow' })).toEqual({ status: 'loading', slow: true });
	const slow = advance(LOADING, { type: 'slow' });
	expect(advance(slow, { type: 'drawn' })).toEqual({ status: 'ready' });
	expect(advance(slow, { type: 'fail', reason: 'it was slow to start' })).toEqual({
		status: 'failed',
		reason: 'it was slow to start'
	});
});

it('a ready or failed map stays as it is', () => {
	const ready = advance(LOADING, { type: 'drawn' });
	expect(advance(ready, { type: 'fail', reason: 'late error' })).toBe(ready);
	expect(advance(ready, { type: 'slow' })).toBe(ready);
	const failed = advance(LOADING, { type: 'fail', reason: 'no WebGL' });
	expect(advance(failed, { type: 'drawn' })).toBe(failed);
	expect(advance(failed, { type: 'fail', reason: 'again' })).toBe(failed);
});

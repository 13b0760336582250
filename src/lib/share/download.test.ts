import { describe, expect, it } from 'vitest';
import { composePicture } from './compose';
import { declaredSize, otherFormat } from './download';

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

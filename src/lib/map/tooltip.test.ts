import { describe, expect, it } from 'vitest';
import { keyboardAnnouncement, tooltipContent } from './tooltip';

const names = new Map([
	['KOR', 'South Korea'],
	['LBN', 'Lebanon']
]);
const describe_ = (iso3: string) => [`about ${iso3}`];

describe('tooltipContent', () => {
	it('follows the keyboard first, at the country’s place', () => {
		const hover = { type: 'country' as const, iso3: 'LBN', name: 'Lebanon', x: 1, y: 2 };
		expect(tooltipContent({ iso3: 'KOR', x: 50, y: 60 }, hover, names, describe_)).toEqual({
			title: 'South Korea',
			lines: ['about KOR'],
			x: 50,
			y: 60
		});
	});

	it('names a country pointed at from outside the map, and no more', () => {
		const hover = { type: 'country' as const, iso3: 'LBN', name: 'Lebanese Republic', x: 1, y: 2 };
		expect(tooltipContent(null, hover, names, describe_, 'en', 'LBN')).toEqual({
			title: 'Lebanon',
			lines: [],
			x: 1,
			y: 2
		});
		// The pointer on another country than the one pointed at: its tooltip as ever.
		expect(tooltipContent(null, hover, names, describe_, 'en', 'ROU')!.lines).toEqual([
			'about LBN'
		]);
	});

	it('names a dataset country with the layer’s lines', () => {
		const hover = { type: 'country' as const, iso3: 'LBN', name: 'Lebanese Republic', x: 1, y: 2 };
		expect(tooltipContent(null, hover, names, describe_)).toEqual({
			title: 'Lebanon',
			lines: ['about LBN'],
			x: 1,
			y: 2
		});
	});

	it('says when the document does not mention a country, by the geometry’s name', () => {
		const hover = { type: 'country' as const, iso3: 'BRA', name: 'Brazil', x: 3, y: 4 };
		expect(tooltipContent(null, hover, names, describe_)).toEqual({
			title: 'Brazil',
			lines: ['Not mentioned in the document'],
			x: 3,
			y: 4
		});
	});

	it('shows a line’s title and detail, and nothing over the sea', () => {
		const line = {
			type: 'link' as const,
			id: 'a',
			title: 'Japan – Russia',
			lines: ['x'],
			also: [],
			x: 5,
			y: 6
		};
		expect(tooltipContent(null, line, names, describe_)).toEqual({
			title: 'Japan – Russia',
			lines: ['x'],
			x: 5,
			y: 6
		});
		expect(tooltipContent(null, null, names, describe_)).toBeNull();
	});

	it('names the other lines that lie where the pointer is, in the reader’s language', () => {
		const line = {
			type: 'link' as const,
			id: 'USA-KOR',
			title: 'United States → South Korea',
			lines: ['x'],
			also: ['United States → North Korea', 'United States → China'],
			x: 5,
			y: 6
		};
		expect(tooltipContent(null, line, names, describe_)?.lines).toEqual([
			'x',
			'Lines here too: United States → North Korea and United States → China'
		]);
		expect(
			tooltipContent(null, { ...line, also: ['米国→北朝鮮'] }, names, describe_, 'ja')?.lines
		).toEqual(['x', 'ここには米国→北朝鮮の線も重なっています']);
	});
});

it('keyboardAnnouncement reads the name, the lines and what Enter does', () => {
	expect(keyboardAnnouncement('Lebanon', ['Nationals possibly abducted', '0 dated events'])).toBe(
		'Lebanon: Nationals possibly abducted, 0 dated events. Enter opens it.'
	);
});

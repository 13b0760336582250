import { describe, expect, it } from 'vitest';
import { composePicture, wrapText, type PictureContent } from './compose';

const square = (x: number) => `M${x},10L${x + 20},10L${x + 20},30L${x},30Z`;
const content: PictureContent = {
	kicker: 'The site',
	title: 'Abductee nationalities',
	subtitle: 'As the document stands, 28 December 2018',
	world: {
		width: 200,
		height: 100,
		countries: [
			{ iso3: 'JPN', name: 'Japan', d: square(10) },
			{ iso3: 'KOR', name: 'South Korea', d: square(50) },
			{ iso3: 'THA', name: 'Thailand', d: square(90) }
		]
	},
	colourOf: (iso3) => ({ JPN: '#111111', KOR: '#222222' })[iso3] ?? '#eeeeee',
	hatched: ['THA'],
	selected: 'KOR',
	legendTitle: 'Abductee nationalities',
	legend: [
		{ key: 'a', label: 'Nationals abducted', colour: '#111111', hatched: false },
		{ key: 'b', label: 'Possibly <abducted>', colour: '#eeeeee', hatched: true },
		{
			key: 'c',
			label: 'Raised with North Korea',
			colour: '#d55e00',
			hatched: false,
			line: 'dashed'
		}
	],
	hatchedNote: ' (hatched)',
	source: 'Source: the Ministry, “The page”, 28 December 2018.'
};

const textsOf = (markup: string) =>
	[...markup.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('composePicture', () => {
	it('writes a standalone SVG with title, date, legend and source as text', () => {
		const { markup, width, height } = composePicture(content, { width: 1200 });
		expect(markup.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1200"')).toBe(true);
		expect(markup).toContain(`height="${height}"`);
		expect(width).toBe(1200);
		const texts = textsOf(markup);
		expect(texts).toEqual(
			expect.arrayContaining([
				'The site',
				'Abductee nationalities',
				'As the document stands, 28 December 2018',
				'Nationals abducted',
				'Possibly &lt;abducted&gt; (hatched)',
				'Raised with North Korea'
			])
		);
		expect(texts.some((t) => t!.includes('the Ministry'))).toBe(true);
	});

	it('colours every country, hatches the doubtful and outlines the selected one', () => {
		const { markup } = composePicture(content, { width: 1200 });
		expect(markup).toContain(`<path id="JPN" data-name="Japan" d="${square(10)}" fill="#111111"/>`);
		expect(markup).toContain(`<path data-iso3="THA" d="${square(90)}" fill="url(#map-hatch)"/>`);
		expect(markup).not.toContain(
			`<path data-iso3="JPN" d="${square(10)}" fill="url(#map-hatch)"/>`
		);
		expect(markup).toMatch(
			new RegExp(`<path data-iso3="KOR" d="${square(50)}" fill="none" stroke="#111111"`)
		);
		expect(markup).toContain('stroke-dasharray');
	});

	it('keeps a fixed size when asked (link previews) and fits the map inside it', () => {
		const { markup, height } = composePicture(content, { width: 1200, height: 630 });
		expect(height).toBe(630);
		const [, x, y, w, h] = markup.match(
			/<g id="map" transform="translate\(([\d.]+) ([\d.]+)\)">.*?<rect id="ocean" width="([\d.]+)" height="([\d.]+)"/
		)!;
		expect(Number(x) + Number(w)).toBeLessThanOrEqual(1200);
		expect(Number(y) + Number(h)).toBeLessThan(630);
		// No word over the map: each text is beside it or below it.
		const [left, top, right, bottom] = [x, y, Number(x) + Number(w), Number(y) + Number(h)].map(
			Number
		);
		for (const m of markup.matchAll(/<text x="([\d.]+)" y="([\d.]+)"/g)) {
			const [tx, ty] = [Number(m[1]), Number(m[2])];
			expect(tx >= right! || ty <= top! || ty > bottom! || tx < left!).toBe(true);
		}
		// Every text line's baseline inside the picture.
		for (const m of markup.matchAll(/<text x="[\d.]+" y="([\d.]+)"/g)) {
			expect(Number(m[1])).toBeLessThan(630);
		}
	});

	it('grows with its map when no height is given', () => {
		const small = composePicture(content, { width: 800 });
		const large = composePicture(content, { width: 1600 });
		expect(large.height).toBeGreaterThan(small.height * 1.8);
	});
});

describe('the legend', () => {
	it('wraps a long label within its column rather than running off the picture', () => {
		const long =
			'One citizen possibly abducted, known only through a resolution of a House of Congress';
		const { markup } = composePicture(
			{
				...content,
				legend: [...content.legend, { key: 'd', label: long, colour: '#ccc', hatched: false }]
			},
			{ width: 600 }
		);
		const lines = textsOf(markup).filter((t) => long.includes(t!));
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe(long);
		for (const m of markup.matchAll(/<text x="([\d.]+)"[^>]*font-size="([\d.]+)"[^>]*>([^<]*)</g)) {
			const [, x, size, text] = m;
			expect(Number(x) + text!.length * Number(size) * 0.6).toBeLessThanOrEqual(600);
		}
	});
});

describe('wrapText', () => {
	it('breaks between words so no line runs past the width', () => {
		const lines = wrapText('one two three four five six seven eight nine ten', 100, 10);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe('one two three four five six seven eight nine ten');
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(100 / 6));
	});
});

import { expect, it } from 'vitest';
import { dataset } from '$lib/data/dataset';
import { handoutMapSvg, needsDot, type HandoutMap } from './handout-svg';
import { stepLook } from './step-look';
import { STEPS } from './steps';

const map: HandoutMap = {
	width: 100,
	height: 50,
	countries: [
		{ iso3: 'JPN', name: 'Japan', d: 'M0,0L10,0L10,10Z' },
		{ iso3: 'THA', name: 'Thailand', d: 'M20,0L30,0L30,10Z' }
	],
	labels: [
		{ iso3: 'JPN', text: 'Japan', x: 15, y: 8, anchor: 'start' },
		{
			iso3: 'THA',
			text: 'T&A',
			x: 50,
			y: 30,
			anchor: 'end',
			leader: [
				[25, 5],
				[25, 20]
			]
		}
	]
};

it('draws the step’s colours and hatching, then the names on top, escaped', () => {
	const look = stepLook(STEPS[0]!, dataset);
	const svg = handoutMapSvg(map, look);
	expect(svg).toMatch(/^<svg[^>]*viewBox="0 0 100 50"/);
	expect(svg).toContain(`fill="${look.colourOf('JPN')}"`);
	expect(svg).toContain('fill="url(#h)"'); // Thailand: may have been abducted
	expect(svg).toContain('>Japan</text>');
	expect(svg).toContain('>T&amp;A</text>');
	expect(svg.indexOf('</text>')).toBeGreaterThan(svg.lastIndexOf('<path'));
	// One leader line, from the point to its name.
	expect(svg.match(/<line /g)).toHaveLength(1);
	expect(svg).toContain('<line x1="25" y1="5" x2="25" y2="20"/>');
	expect(svg.endsWith('</svg>')).toBe(true);
});

it('marks a country too small to see with a dot in its colour, under the names', () => {
	const look = stepLook(STEPS[0]!, dataset);
	const svg = handoutMapSvg({ ...map, dots: [{ iso3: 'LBN', x: 60, y: 12 }] }, look);
	expect(svg).toContain(
		`<circle cx="60" cy="12" r="4" fill="${look.colourOf('LBN')}" data-iso3="LBN"/>`
	);
	expect(svg.indexOf('<circle')).toBeLessThan(svg.indexOf('<text'));
	expect(handoutMapSvg(map, look)).not.toContain('<circle');
});

it('gives a dot to a country drawn a few units across, not to one the reader can find', () => {
	expect(needsDot(8, 9)).toBe(true);
	expect(needsDot(30, 4)).toBe(false);
	expect(needsDot(40, 60)).toBe(false);
});

import { expect, it } from 'vitest';
import { interactiveWorldSvg, worldSvgMarkup } from './svg';

const WORLD = {
	width: 10,
	height: 5,
	countries: [
		{ iso3: 'AAA', name: 'A & <B>', d: 'M0,0L1,1Z' },
		{ iso3: 'CCC', name: 'C', d: 'M2,2L3,3Z' }
	]
};

it('writes one coloured path per country, a hatch where asked, and escapes names', () => {
	const markup = worldSvgMarkup(
		WORLD,
		(iso3) => (iso3 === 'AAA' ? '#111111' : '#eeeeee'),
		['CCC'],
		'#0000ff'
	);
	expect(markup).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 10 5">/);
	expect(markup).toContain(
		'<path d="M0,0L1,1Z" fill="#111111"><title>A &amp; &lt;B&gt;</title></path>'
	);
	expect(markup).toContain('<path d="M2,2L3,3Z" fill="url(#h)"/>');
	expect(markup).not.toContain('<path d="M0,0L1,1Z" fill="url(#h)"/>');
	expect(markup.match(/<title>/g)).toHaveLength(2);
});

it('writes the interactive world: data countries as links, every country with its code and name', () => {
	const markup = interactiveWorldSvg(WORLD, {
		colourOf: (iso3) => (iso3 === 'AAA' ? '#111111' : '#eeeeee'),
		hatched: ['AAA', 'ZZZ'],
		names: new Map([['AAA', 'Land "A"']]),
		href: (iso3) => `/base/country/${iso3.toLowerCase()}`,
		label: 'World map: a layer'
	});
	expect(markup).toMatch(
		/^<svg [^>]*class="static-map" viewBox="0 0 10 5" data-world="10 5" data-walk="AAA" role="group"/
	);
	expect(markup).toContain('aria-label="World map: a layer"');
	expect(markup).toContain(
		'<a href="/base/country/aaa" aria-label="Land &quot;A&quot;"><path d="M0,0L1,1Z" fill="#111111" data-iso3="AAA" data-name="A &amp; &lt;B&gt;" class="pickable"/></a>'
	);
	// Not in the data: a shape to hover, not a link.
	expect(markup).toContain('<path d="M2,2L3,3Z" fill="#eeeeee" data-iso3="CCC" data-name="C"/>');
	expect(markup.match(/<a /g)).toHaveLength(1);
	// A hatch for each hatched country that has a shape, in its own group.
	expect(markup).toContain(
		'<g class="hatches" pointer-events="none"><path d="M0,0L1,1Z" fill="url(#static-hatch)"/></g>'
	);
	expect(markup).not.toContain('<title>');
});

it('gives the data’s countries their box and name point, and a small one a dot that answers as it', () => {
	const world = { ...WORLD, width: 960, height: 700 };
	const places = new Map([
		[
			'AAA',
			{
				bbox: [1, 2, 3, 4] as [number, number, number, number],
				label: [2, 3] as [number, number],
				small: true
			}
		],
		[
			'CCC',
			{
				bbox: [5, 6, 7, 8] as [number, number, number, number],
				label: [6, 7] as [number, number],
				small: true
			}
		]
	]);
	const markup = interactiveWorldSvg(world, {
		colourOf: () => '#111111',
		hatched: [],
		names: new Map([['AAA', 'A']]),
		href: (iso3) => `/country/${iso3.toLowerCase()}`,
		label: 'World map',
		places
	});
	expect(markup).toContain('data-bbox="1 2 3 4" data-label="2 3" class="pickable"/>');
	const dot = markup.match(/<circle cx="([\d.]+)" cy="([\d.]+)" r="5.5" ([^>]*)\/>/);
	expect(dot?.[3]).toBe(
		'fill="#111111" data-iso3="AAA" data-name="A &amp; &lt;B&gt;" class="pickable dot"'
	);
	// Inside the country's link, so a click on the dot opens the country.
	expect(markup).toMatch(/<a href="\/country\/aaa"[^>]*><path [^>]*\/><circle [^>]*\/><\/a>/);
	// Only the data's countries are placed: CCC is not in it, so it has no dot and no box.
	expect(markup.match(/<circle /g)).toHaveLength(1);
	expect(markup).not.toContain('data-bbox="5 6 7 8"');
});

import { expect, it } from 'vitest';
import { worldSvgMarkup } from './svg';

it('writes one coloured path per country, a hatch where asked, and escapes names', () => {
	const markup = worldSvgMarkup(
		{
			width: 10,
			height: 5,
			countries: [
				{ iso3: 'AAA', name: 'A & <B>', d: 'M0,0L1,1Z' },
				{ iso3: 'CCC', name: 'C', d: 'M2,2L3,3Z' }
			]
		},
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

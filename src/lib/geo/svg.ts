/** The world as one SVG document, coloured by a layer: the map's first paint, before any script. */
import type { SvgWorld } from './world';
import { hatchPatternSvg } from '$lib/layers/hatch';

const escape = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function worldSvgMarkup(
	world: SvgWorld,
	colourOf: (iso3: string) => string,
	hatched: readonly string[],
	ocean: string
): string {
	const hatchedCodes = new Set(hatched);
	const paths = world.countries.map(
		(c) =>
			`<path d="${c.d}" fill="${colourOf(c.iso3)}"><title>${escape(c.name)}</title></path>` +
			(hatchedCodes.has(c.iso3) ? `<path d="${c.d}" fill="url(#h)"/>` : '')
	);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${world.width} ${world.height}">` +
		`<defs>${hatchPatternSvg('h')}</defs>` +
		`<rect width="100%" height="100%" fill="${ocean}"/>` +
		`<g stroke="#fff" stroke-width="0.5">${paths.join('')}</g></svg>`
	);
}

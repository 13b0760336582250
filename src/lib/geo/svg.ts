/** The world as one SVG document, coloured by a layer: the map's first paint, before any script. */
import {
	arrowheadAttributes,
	linkCasingAttributes,
	linkLineAttributes,
	type LinkLine
} from '$lib/layers/link-lines';
import type { SvgWorld } from './types';
import { crossId, hatchPatternsSvg } from '$lib/layers/hatch';
import { worldUnits } from '$lib/map/camera/view-box';
import { statusColour } from '$lib/layers/palette';
import { intoFrame } from '$lib/map/camera/frame';
import { DOT_OUTLINE_PX, DOT_RADIUS_PX } from '$lib/map/camera/small-dot';
import { walkOrderOfLook } from '$lib/map/live/keyboard';

const escape = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function worldSvgMarkup(
	world: SvgWorld,
	colourOf: (iso3: string) => string,
	hatched: readonly string[],
	ocean: string,
	crossHatched: readonly string[] = []
): string {
	const hatchedCodes = new Set(hatched);
	const crossed = new Set(crossHatched);
	const paths = world.countries.map(
		(c) =>
			`<path d="${c.d}" fill="${colourOf(c.iso3)}">${c.name ? `<title>${escape(c.name)}</title>` : ''}</path>` +
			(hatchedCodes.has(c.iso3)
				? `<path d="${c.d}" fill="url(#${crossed.has(c.iso3) ? crossId('h') : 'h'})"/>`
				: '')
	);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${world.width} ${world.height}">` +
		`<defs>${hatchPatternsSvg('h')}</defs>` +
		`<rect width="100%" height="100%" fill="${ocean}"/>` +
		`<g stroke="#fff" stroke-width="0.5">${paths.join('')}</g></svg>`
	);
}

/** What the interactive world needs to know beyond the geometry. */
export interface InteractiveWorldOptions {
	colourOf: (iso3: string) => string;
	hatched: readonly string[];
	/** Of the hatched, those with the second-hand hatch. */
	crossHatched?: readonly string[];
	/** The dataset's countries by ISO alpha-3: each becomes a link to its page. */
	names: ReadonlyMap<string, string>;
	/** A country's page address (with the site's base path). */
	href: (iso3: string) => string;
	/** The map's accessible name. */
	label: string;
	/**
	 * Where the dataset's countries are, from the live map's points: the box a selection frames,
	 * the point a name is placed by, and whether the country is small enough to need a dot.
	 */
	places?: ReadonlyMap<string, WorldPlace>;
	/**
	 * What the map's tooltip says of each country in the page's first view, for the answer the
	 * page gives before its script has run (early-answer.ts): a dataset country's name and lines,
	 * and the one line said of every other country. Without it the world carries none.
	 */
	tips?: { of: (iso3: string) => readonly string[]; others: string };
	/**
	 * A country link's accessible name (its name and what the layer says of it); the name alone
	 * without it. The page's script keeps it in step with the layer (paint-world.ts).
	 */
	linkLabel?: (iso3: string, name: string) => string;
	/** The engagement layer's lines, over the countries (paint-world.ts keeps them in step). */
	lines?: readonly LinkLine[];
}

export interface WorldPlace {
	/** [west, south, east, north] in degrees. */
	bbox: [number, number, number, number];
	/** [longitude, latitude] of the name's point. */
	label: [number, number];
	small: boolean;
}

/**
 * A small country's dot, in the world's units, about a pixel each on a desktop's map: the live
 * map's disc and ring (small-dot.ts) until the page's script sizes it exactly (scaleWorld).
 */
const DOT_RADIUS = DOT_RADIUS_PX + DOT_OUTLINE_PX / 2;

/** A dot over a small country's name point, coloured as the country and answering as it does. */
function smallCountryDot(
	at: [number, number],
	shared: string,
	world: SvgWorld,
	unmarked: boolean
): string {
	const [x, y] = worldUnits(at, world);
	const display = unmarked ? ' display="none"' : '';
	return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${DOT_RADIUS}" ${shared}${display} class="pickable dot"/>`;
}

/** The id of the interactive world's countries (one per page): the locator draws them again. */
export const WORLD_COUNTRIES_ID = 'world-countries';

/** The id of the hatch pattern in the interactive world (one per page). */
export const STATIC_HATCH_ID = 'static-hatch';

/**
 * The static world's pattern for a hatched country: the second-hand one where it is crossed. A
 * second world in the page (a slide's inset) names its own patterns (`id`), drawn for its scale.
 */
export function staticHatchId(
	iso3: string,
	crossed: ReadonlySet<string>,
	id = STATIC_HATCH_ID
): string {
	return crossed.has(iso3) ? crossId(id) : id;
}

/**
 * The world as the map page's own HTML: drawn at first paint, before any script, and the whole map
 * where WebGL is missing. Countries in the data are links to their pages (so they work with no
 * script at all, and take keyboard focus); every country carries its code and name, which is all
 * the page's script needs to hover, recolour and select. Hatches sit in their own group, so a
 * layer change can redraw them.
 */
/** A line of the engagement layer and its head, as the page's script would draw them. */
const pathSvg = (attributes: Record<string, string>) =>
	`<path ${Object.entries(attributes)
		.map(([name, value]) => `${name}="${escape(value)}"`)
		.join(' ')}/>`;
const lineSvg = (line: LinkLine) => {
	const head = arrowheadAttributes(line);
	return pathSvg(linkLineAttributes(line)) + (head ? pathSvg(head) : '');
};
/** The lines' casings first, then the lines with their heads. */
const linesSvg = (lines: readonly LinkLine[]) =>
	lines.map((line) => pathSvg(linkCasingAttributes(line))).join('') + lines.map(lineSvg).join('');

export function interactiveWorldSvg(world: SvgWorld, options: InteractiveWorldOptions): string {
	const { colourOf, names, href, label } = options;
	const shapes = new Map(world.countries.map((c) => [c.iso3, c.d]));
	const country = (c: SvgWorld['countries'][number]) => {
		const fill = colourOf(c.iso3);
		const shared = `fill="${fill}" data-iso3="${c.iso3}" data-name="${escape(c.name)}"`;
		const name = names.get(c.iso3);
		if (name === undefined) return `<path d="${c.d}" ${shared}/>`;
		const tip = options.tips
			? ` data-tip="${escape([name, ...options.tips.of(c.iso3)].join('\n'))}"`
			: '';
		const place = options.places?.get(c.iso3);
		const where = place
			? ` data-bbox="${place.bbox.join(' ')}" data-label="${place.label.join(' ')}"`
			: '';
		// As on the live map, a dot only where the layer colours the country (paintWorld keeps it so).
		const dot = place?.small
			? smallCountryDot(place.label, shared, world, fill === statusColour('none'))
			: '';
		const linkName = options.linkLabel?.(c.iso3, name) ?? name;
		return `<a href="${escape(href(c.iso3))}" aria-label="${escape(linkName)}"><path d="${c.d}" ${shared}${where}${tip} class="pickable"/>${dot}</a>`;
	};
	// The arrow keys' walk (walkOrder): the page's script makes the first of it the world's one Tab stop.
	const walk = walkOrderOfLook([...names.keys()], colourOf, (iso3) => {
		const place = options.places?.get(iso3);
		return place && intoFrame(place.label[0]);
	});
	const crossed = new Set(options.crossHatched ?? []);
	const hatches = options.hatched
		.filter((iso3) => shapes.has(iso3))
		.map((iso3) => `<path d="${shapes.get(iso3)}" fill="url(#${staticHatchId(iso3, crossed)})"/>`);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" class="static-map" viewBox="0 0 ${world.width} ${world.height}" data-world="${world.width} ${world.height}"${world.fineWithin ? ` data-fine-within="${world.fineWithin.join(' ')}"` : ''} data-walk="${walk.join(' ')}"${options.tips ? ` data-tip-others="${escape(options.tips.others)}"` : ''} role="group" aria-label="${escape(label)}">` +
		`<defs>${hatchPatternsSvg(STATIC_HATCH_ID)}</defs>` +
		`<g class="countries" id="${WORLD_COUNTRIES_ID}">${world.countries.map(country).join('')}</g>` +
		`<g class="hatches" pointer-events="none">${hatches.join('')}</g>` +
		`<g class="lines" pointer-events="none">${linesSvg(options.lines ?? [])}</g>` +
		// The names' leader lines, drawn by the page's script where the names go (StaticMap).
		`<g class="leaders" pointer-events="none"></g></svg>`
	);
}

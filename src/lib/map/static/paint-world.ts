/**
 * Keeps the world in the page's HTML (interactiveWorldSvg) in step with the page: the layer's
 * colours and hatches, the selected country's outline, the links' addresses (which carry the
 * view) and the map's name. It changes attributes only, so the paths drawn at first paint stay.
 */
import type { LayerLook } from '$lib/layers/looks';
import {
	arrowheadAttributes,
	linkCasingAttributes,
	linkLineAttributes,
	type LinePath,
	type LinkLine
} from '$lib/layers/link-lines';
import { scaleHeads } from './heads';
import { staticHatchId } from '$lib/geo/svg';
import { statusColour } from '$lib/layers/palette';
import { DOT_OUTLINE_PX, DOT_RADIUS_PX, dotShown } from '../camera/small-dot';
import type { Box } from '../camera/frame';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface WorldPaint {
	look: Pick<LayerLook, 'colourOf' | 'hatched' | 'crossHatched'>;
	selected: string | null;
	href: (iso3: string) => string;
	label: string;
	/** A country link's accessible name on this layer (its name and what the layer says of it). */
	linkLabel?: (iso3: string) => string;
	/** The engagement layer's lines the view shows; none on the other layers. */
	lines?: readonly LinkLine[];
}

export function paintWorld(
	svg: SVGSVGElement,
	{ look, selected, href, label, linkLabel, lines = [] }: WorldPaint
): void {
	svg.setAttribute('aria-label', label);
	const hatched = new Set(look.hatched);
	const crossed = new Set(look.crossHatched);
	const hatches: SVGPathElement[] = [];
	const unmarked = statusColour('none');
	// Small countries' dots, as on the live map: only where the layer colours the country.
	for (const dot of svg.querySelectorAll<SVGCircleElement>('circle[data-iso3]')) {
		const colour = look.colourOf(dot.dataset.iso3 ?? '');
		dot.setAttribute('fill', colour);
		dot.setAttribute('display', colour === unmarked ? 'none' : 'inline');
		dot.classList.toggle('selected', dot.dataset.iso3 === selected);
	}
	for (const path of svg.querySelectorAll<SVGPathElement>('path[data-iso3]')) {
		const iso3 = path.dataset.iso3 ?? '';
		path.setAttribute('fill', look.colourOf(iso3));
		path.classList.toggle('selected', iso3 !== '' && iso3 === selected);
		const link = path.parentElement;
		if (link instanceof SVGAElement) {
			link.setAttribute('href', href(iso3));
			if (linkLabel) link.setAttribute('aria-label', linkLabel(iso3));
		}
		if (hatched.has(iso3)) {
			const hatch = document.createElementNS(SVG_NS, 'path');
			hatch.setAttribute('d', path.getAttribute('d') ?? '');
			hatch.setAttribute('fill', `url(#${staticHatchId(iso3, crossed, svg.dataset.hatch)})`);
			hatches.push(hatch);
		}
	}
	svg.querySelector('g.hatches')?.replaceChildren(...hatches);
	// The lines' casings, then each line and its head, sized for the world's scale by scaleWorld.
	const pathWith = (attributes: Record<string, string>) => {
		const path = document.createElementNS(SVG_NS, 'path');
		for (const [name, value] of Object.entries(attributes)) path.setAttribute(name, value);
		return path;
	};
	const unitsPerPixel = Number(svg.getAttribute('data-units-per-pixel')) || 1;
	svg.querySelector('g.lines')?.replaceChildren(
		...lines.map((line) => pathWith(linkCasingAttributes(line))),
		...lines.flatMap((line) => {
			const head = arrowheadAttributes(line, unitsPerPixel);
			return [pathWith(linkLineAttributes(line)), ...(head ? [pathWith(head)] : [])];
		})
	);
}

/** The lines' paths the world's markup carries (a layer page's HTML draws its own), by link. */
export function linePathsIn(svg: SVGSVGElement): Record<string, LinePath> {
	return Object.fromEntries(
		[...svg.querySelectorAll<SVGPathElement>('g.lines path[data-link]')].map((path) => [
			path.dataset.link ?? '',
			{ from: path.dataset.from ?? '', d: path.getAttribute('d') ?? '' }
		])
	);
}

/**
 * The world shown at a scale (screen pixels a unit) and a MapLibre zoom: the hatch, drawn for one
 * pixel a unit, keeps its spacing at every scale, and the small countries' dots keep their size on
 * screen and go once each country's own shape is large enough to point at (small-dot.ts), as on
 * the live map.
 */
export function scaleWorld(svg: SVGSVGElement, scale: number, zoom: number): void {
	for (const pattern of svg.querySelectorAll('pattern'))
		pattern.setAttribute('patternTransform', `rotate(45) scale(${1 / scale})`);
	for (const dot of svg.querySelectorAll<SVGCircleElement>('circle[data-iso3]')) {
		const box = dot.parentElement?.querySelector('path[data-bbox]')?.getAttribute('data-bbox');
		const shown = dotShown(box?.split(' ').map(Number) as Box | undefined, zoom);
		// SVG centres a stroke on the edge; MapLibre draws it outside: the same disc and ring.
		dot.setAttribute('r', String((DOT_RADIUS_PX + DOT_OUTLINE_PX / 2) / scale));
		dot.classList.toggle('given-way', !shown);
	}
	scaleHeads(svg, scale);
}

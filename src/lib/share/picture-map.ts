/**
 * The map of a saved picture as an editable working file, as a data desk's SVG is: the ocean, one
 * group per layer (countries, hatching, selection, lines, dots, names), an id per country
 * (`id="LBN"`), a data attribute on every other shape, and names as text. The part of the world
 * shown is a viewBox in the world's units (what was on screen); what lies outside is left out.
 */
import type { SvgWorld } from '$lib/geo/types';
import { pathVertices } from '$lib/geo/path';
import { crossId, hatchPatternsSvg } from '$lib/layers/hatch';
import { BORDER_COLOUR, FOCUS_COLOUR, OCEAN_COLOUR } from '$lib/layers/palette';
import type { ViewBox } from '$lib/map/camera/view-box';
import { landUnder, placePictureNames } from './picture-names';
import { escapeXml, r1 } from './svg-text';
import { ARROWHEAD_PATH, arrowShown, type Arrow } from '$lib/layers/arrow';
import { CASING_OPACITY, CASING_PX } from '$lib/layers/link-lines';

export interface PictureLine {
	d: string;
	colour: string;
	dashed: boolean;
	/** The pair's codes (`JPN-USA`): the line's name in the file. */
	key?: string;
	/** A one-way line's head, where it arrives (link-lines.ts). */
	arrow?: Arrow;
}

/** A country the picture names, at its label point in the world's units. */
export interface PicturePlace {
	iso3: string;
	name: string;
	at: [number, number];
}

export interface PictureMapContent {
	world: SvgWorld;
	/** The part of the world shown; the whole world when absent. */
	viewBox?: ViewBox;
	colourOf: (iso3: string) => string;
	hatched: readonly string[];
	crossHatched?: readonly string[];
	selected?: string | null;
	lines?: readonly PictureLine[];
	places?: readonly PicturePlace[];
	/** Markup over the countries in the world's units (the classroom's names, placed already). */
	overlay?: string;
}

/** A country drawn smaller than this (px) is shown by a dot too, as on the live map. */
export const DOT_BELOW = 12;
const DOT_RADIUS = 5;

/** [left, top, right, bottom] of a path of moves and lines, absolute or relative (pathVertices). */
export function pathBox(d: string): [number, number, number, number] {
	const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of pathVertices(d)) {
		box[0] = Math.min(box[0], x);
		box[1] = Math.min(box[1], y);
		box[2] = Math.max(box[2], x);
		box[3] = Math.max(box[3], y);
	}
	return box;
}

/** The view box, kept inside the world (nothing is drawn beyond it); the whole world if none. */
export function shownBox(world: Pick<SvgWorld, 'width' | 'height'>, viewBox?: ViewBox): ViewBox {
	if (!viewBox) return [0, 0, world.width, world.height];
	const [x, y, w, h] = viewBox;
	const left = Math.max(0, x);
	const top = Math.max(0, y);
	const right = Math.min(world.width, x + w);
	const bottom = Math.min(world.height, y + h);
	// A view panned off the world altogether shows the world.
	if (right - left < 1 || bottom - top < 1) return [0, 0, world.width, world.height];
	return [left, top, right - left, bottom - top];
}

/**
 * What the map shows: the view box, kept inside the world; with none, the whole world and every
 * line drawn over it, so an arc over the Arctic is not cut at the world's top edge.
 */
export function mapBox(content: Pick<PictureMapContent, 'world' | 'viewBox' | 'lines'>): ViewBox {
	if (content.viewBox) return shownBox(content.world, content.viewBox);
	const box = [0, 0, content.world.width, content.world.height];
	for (const line of content.lines ?? []) {
		const [l, t, r, b] = pathBox(line.d);
		[box[0], box[1], box[2], box[3]] = [
			Math.min(box[0]!, l),
			Math.min(box[1]!, t),
			Math.max(box[2]!, r),
			Math.max(box[3]!, b)
		];
	}
	// A little sea above the highest arc.
	const margin = box[1]! < 0 ? 4 : 0;
	return [box[0]!, box[1]! - margin, box[2]! - box[0]!, box[3]! - box[1]! + margin];
}

/**
 * The map's markup, `width` x `height` px, at (left, top) of the picture; `fontSize` for the names.
 * The view box must have the map's shape (see shownBox).
 */
export function pictureMapSvg(
	content: PictureMapContent,
	frame: { left: number; top: number; width: number; height: number; fontSize: number }
): string {
	const [vx, vy, vw] = mapBox(content);
	const scale = frame.width / vw;
	const toPx = ([x, y]: [number, number]): [number, number] => [(x - vx) * scale, (y - vy) * scale];
	const inView = ([l, t, r, b]: [number, number, number, number]) =>
		r >= vx && l <= vx + vw && b >= vy && t <= vy + frame.height / scale;
	const units = `transform="scale(${scale.toFixed(4)}) translate(${r1(-vx)} ${r1(-vy)})"`;
	const stroke = (px: number) => r1(px / scale) || 0.1;

	const shown = content.world.countries
		.map((country) => ({ ...country, box: pathBox(country.d) }))
		.filter((country) => inView(country.box));
	const hatched = new Set(content.hatched);
	const crossed = new Set(content.crossHatched ?? []);
	// The map's own hatch: its pattern is drawn in the scaled group's units, so it is scaled back
	// to the picture's pixels and keeps the legend's spacing at any zoom.
	const hatchOf = (iso3: string, id = 'map-hatch') =>
		`url(#${crossed.has(iso3) ? crossId(id) : id})`;
	const mapHatch = hatchPatternsSvg('map-hatch').replace(
		/patternTransform="rotate\(45\)"/g,
		`patternTransform="scale(${(1 / scale).toFixed(5)}) rotate(45)"`
	);
	const nameAttr = (c: { iso3: string; name: string }) =>
		[c.iso3 && `id="${c.iso3}"`, c.name && `data-name="${escapeXml(c.name)}"`]
			.filter(Boolean)
			.join(' ') || 'data-name=""';

	const countries = shown.map(
		(c) => `<path ${nameAttr(c)} d="${c.d}" fill="${content.colourOf(c.iso3)}"/>`
	);
	const hatching = shown
		.filter((c) => hatched.has(c.iso3))
		.map((c) => `<path data-iso3="${c.iso3}" d="${c.d}" fill="${hatchOf(c.iso3)}"/>`);
	const selection = shown
		.filter((c) => c.iso3 && c.iso3 === content.selected)
		.map(
			(c) =>
				`<path data-iso3="${c.iso3}" d="${c.d}" fill="none" stroke="${FOCUS_COLOUR}" stroke-width="${stroke(2.5)}"/>`
		);
	// A white casing under the lines, as on the maps (link-lines.ts).
	const casings = (content.lines ?? []).map(
		(line) =>
			`<path data-link="${line.key ?? ''}" d="${line.d}" fill="none" stroke="#ffffff" stroke-opacity="${CASING_OPACITY}" stroke-width="${stroke(2 + 2 * CASING_PX)}" stroke-linecap="round"/>`
	);
	const lines = (content.lines ?? []).map(
		(line) =>
			`<path data-link="${line.key ?? ''}" d="${line.d}" fill="none" stroke="${line.colour}" stroke-width="${stroke(2)}" stroke-linecap="round"` +
			(line.dashed ? ` stroke-dasharray="${stroke(6)} ${stroke(4)}"` : '') +
			'/>'
	);

	// Heads, names and dots are placed in the picture's pixels, so they keep their size at any zoom.
	const heads = (content.lines ?? []).flatMap(({ arrow, colour, key }) => {
		if (!arrow || !arrowShown(arrow, scale)) return [];
		const [x, y] = toPx([arrow.x, arrow.y]);
		return [
			`<path data-link="${key ?? ''}" d="${ARROWHEAD_PATH}" transform="translate(${r1(x)} ${r1(y)}) rotate(${arrow.angle})" fill="${colour}"/>`
		];
	});
	const boxes = new Map(shown.map((c) => [c.iso3, c.box]));
	const places = (content.places ?? []).flatMap((place) => {
		const [x, y] = toPx(place.at);
		const inside = x >= 0 && y >= 0 && x <= frame.width && y <= frame.height;
		return inside ? [{ ...place, x, y }] : [];
	});
	const dots = places.filter((place) => {
		const box = boxes.get(place.iso3);
		return !box || Math.max(box[2] - box[0], box[3] - box[1]) * scale < DOT_BELOW;
	});
	const dotMarks = dots.map(
		({ iso3, x, y }) =>
			`<circle data-iso3="${iso3}" cx="${r1(x)}" cy="${r1(y)}" r="${DOT_RADIUS}" fill="${content.colourOf(iso3)}"/>` +
			(hatched.has(iso3)
				? `<circle data-iso3="${iso3}" cx="${r1(x)}" cy="${r1(y)}" r="${DOT_RADIUS}" fill="${hatchOf(iso3, 'hatch')}"/>`
				: '')
	);
	const labels = placePictureNames(
		places,
		{ width: frame.width, height: frame.height, fontSize: frame.fontSize },
		landUnder(shown, { left: vx, top: vy, scale })
	);
	const leaders = labels.flatMap(({ iso3, leader }) =>
		leader
			? [
					`<line data-iso3="${iso3}" x1="${r1(leader[0][0])}" y1="${r1(leader[0][1])}" x2="${r1(leader[1][0])}" y2="${r1(leader[1][1])}"/>`
				]
			: []
	);
	const names = labels.map(
		(label) =>
			`<text data-iso3="${label.iso3}" x="${r1(label.x)}" y="${r1(label.y)}" text-anchor="${label.anchor}">${escapeXml(label.text)}</text>`
	);

	return (
		`<g id="map" transform="translate(${r1(frame.left)} ${r1(frame.top)})">` +
		`<defs>${mapHatch}</defs>` +
		`<clipPath id="map-clip"><rect width="${r1(frame.width)}" height="${r1(frame.height)}"/></clipPath>` +
		`<g clip-path="url(#map-clip)">` +
		`<rect id="ocean" width="${r1(frame.width)}" height="${r1(frame.height)}" fill="${OCEAN_COLOUR}"/>` +
		`<g id="countries" ${units} stroke="${BORDER_COLOUR}" stroke-width="${stroke(0.6)}" stroke-linejoin="round">${countries.join('')}</g>` +
		`<g id="hatching" ${units}>${hatching.join('')}</g>` +
		`<g id="selection" ${units}>${selection.join('')}</g>` +
		`<g id="line-casings" ${units}>${casings.join('')}</g>` +
		`<g id="lines" ${units}>${lines.join('')}</g>` +
		`<g id="arrowheads" stroke="#ffffff" stroke-width="1" stroke-linejoin="round">${heads.join('')}</g>` +
		(content.overlay ? `<g id="step-names" ${units}>${content.overlay}</g>` : '') +
		`<g id="dots" stroke="#111" stroke-width="1.2">${dotMarks.join('')}</g>` +
		`<g id="leaders" stroke="#111" stroke-width="0.8">${leaders.join('')}</g>` +
		`<g id="names" font-size="${frame.fontSize}" font-weight="600" fill="#111" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${names.join('')}</g>` +
		`</g></g>`
	);
}

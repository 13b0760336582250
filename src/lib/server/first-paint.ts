/**
 * The interactive world in the pages' HTML (see interactiveWorldSvg): on the map pages in the
 * default layer's colours, on a classroom step in the step's; made once per build. hooks.server.ts
 * writes it into every page with a map; /geo/world-map.svg serves it to a map page reached
 * without a page load.
 */
import {
	interactiveWorldSvg,
	STATIC_HATCH_ID,
	WORLD_COUNTRIES_ID,
	type InteractiveWorldOptions
} from '$lib/geo/svg';
import { drawnLayers } from '$lib/layers/drawn';
import EARLY_ANSWER from '$lib/map/static/early-answer.iife.ts?iife';
import EARLY_FRAME from '$lib/map/static/early-frame.iife.ts?iife';
import { DEFAULT_VIEW, type Layer } from '$lib/state/view';
import { linkLines } from '$lib/layers/link-lines';
import { countryPath } from '$lib/data/join';
import { dataFor } from '$lib/i18n/data';
import { messagesFor } from '$lib/i18n/messages';
import { localHref, sitePath } from '$lib/i18n/paths';
import { withoutLocale, type Locale } from '$lib/i18n/locale';
import { readAddress } from '$lib/address';
import { selectionCamera, type Camera } from '$lib/map/camera/frame';
import { staticViewBox } from '$lib/map/camera/view-box';
import type { LayerLook } from '$lib/layers/looks';
import { stepLook } from '$lib/present/step-look';
import { STEPS, stepsFor } from '$lib/present/steps';
import { INSET_ASPECTS } from '$lib/present/fit-map';
import { insetFrames, stepFrame } from './step-frames';
import {
	getCoarseFirstPaintWorld,
	getFirstPaintWorld,
	getSvgWorldLinks,
	getWorldPlaces
} from './world';
import type { SvgWorld } from '$lib/geo/types';
import { trimmedWorld, type UnitsBox } from '$lib/geo/coarse';
import '$lib/server/locales';
import { allowInlineScript, scriptHash } from './csp';

const made = new Map<string, string>();

/** The world in a look's colours, made once per look, language and base path. */
function worldMarkup(
	look: LayerLook,
	key: string,
	base: string,
	locale: Locale,
	{ tips, lines }: Pick<InteractiveWorldOptions, 'tips' | 'lines'> = {},
	world: SvgWorld = getFirstPaintWorld()
): string {
	const cacheKey = `${locale}${base}#${key}`;
	let markup = made.get(cacheKey);
	if (markup === undefined) {
		markup = interactiveWorldSvg(world, {
			tips,
			colourOf: look.colourOf,
			hatched: look.hatched,
			crossHatched: look.crossHatched,
			names: dataFor(locale).countryNames,
			// The world's countries link to their pages in the page's language.
			href: (iso3) => localHref(countryPath(iso3), locale, base),
			label: messagesFor(locale).map.worldLabel(look.title),
			// Where the page gives its first answer, a link is named with it too.
			linkLabel: tips && ((iso3, name) => messagesFor(locale).map.countryLink(name, tips.of(iso3))),
			places: getWorldPlaces(),
			lines
		});
		made.set(cacheKey, markup);
	}
	return markup;
}

/**
 * The map pages' world: a layer's colours (the default layer's, unless the page is another
 * layer's own), its lines, and its tooltips' words for the first answer. In full, or (`within`)
 * in full only inside a page's frame and coarse elsewhere (geo/coarse.ts).
 */
export function firstPaintWorld(
	base: string,
	locale: Locale = 'en',
	within?: { key: string; box: UnitsBox | null },
	layer: Layer = DEFAULT_VIEW.layer
): string {
	const { dataset, summaries } = dataFor(locale);
	const drawn = drawnLayers(dataset, summaries, { ...DEFAULT_VIEW, layer }, locale);
	const tips = { of: drawn.describe, others: messagesFor(locale).tooltip.notInDocument };
	const lines = drawn.links ? linkLines(drawn.links, getSvgWorldLinks()) : undefined;
	const key = `map:${layer}:${within?.key ?? 'whole'}`;
	const world = within ? getCoarseFirstPaintWorld(within.key, within.box) : undefined;
	return worldMarkup(drawn.look, key, base, locale, { tips, lines }, world);
}

/**
 * The script that lets the map pages' world answer before the page's own script has run
 * (early-answer.ts, bundled at build time), written in after the world; and the content security
 * policy's hash for it: with the country pages' framing below, the only inline scripts a page runs
 * besides SvelteKit's own.
 */
export const EARLY_ANSWER_SCRIPT = `<script>${EARLY_ANSWER}</script>`;
export const EARLY_ANSWER_HASH = scriptHash(EARLY_ANSWER);

/**
 * The script that fits the world to the map's size, clear of the legend, before the page is
 * first drawn (early-frame.ts); and its hash.
 */
export const EARLY_FRAME_SCRIPT = `<script>${EARLY_FRAME}</script>`;
export const EARLY_FRAME_HASH = scriptHash(EARLY_FRAME);

/** The page's content security policy, allowing the first answer's script too. */
export function allowEarlyAnswer(html: string): string {
	return allowInlineScript(html, EARLY_ANSWER_HASH);
}

/** Where the map's markup says the world goes: an empty holder the page's script takes over. */
const HOLDER = /(<div[^>]*\bdata-first-paint\b[^>]*>)(<\/div>)/;

/** What a page's address says of its world: the country it selects, or the classroom step. */
export function firstPaintPage(
	path: string,
	base: string
): { selected: string | null; step: number | null; layer: Layer | null } {
	const { country, step, layer } = readAddress(withoutLocale(sitePath(path, base)));
	return { selected: country, step: step !== null && STEPS[step - 1] ? step : null, layer };
}

/**
 * The world as a page shows it at first paint: on a country's page, framed on the country as the
 * live map will frame it; on a classroom step, in the step's colours and frame (the slide's map
 * is this picture). The page's script then fits it to the map's size.
 */
export function firstPaintView(base: string, locale: Locale, path: string): string {
	const { selected, step, layer } = firstPaintPage(path, base);
	const world = getFirstPaintWorld();
	const framed = (markup: string, camera: Camera) => {
		const viewBox = staticViewBox(camera, world)
			.map((n) => n.toFixed(1))
			.join(' ');
		return markup.replace(`viewBox="0 0 ${world.width} ${world.height}"`, `viewBox="${viewBox}"`);
	};
	if (step !== null) {
		const look = stepLook(stepsFor(locale)[step - 1]!, dataFor(locale).dataset);
		const frame = stepFrame(STEPS[step - 1]!);
		return framed(
			worldMarkup(look, `step${step}`, base, locale),
			selectionCamera(undefined, frame)
		);
	}
	// The page's HTML carries the world as fine as the page shows it: the world coarse, and a
	// country in full within three times its frame each way (its map's shape may differ).
	const box = selected ? getWorldPlaces().get(selected)?.bbox : undefined;
	if (!box) return firstPaintWorld(base, locale, { key: 'world', box: null }, layer ?? undefined);
	const camera = selectionCamera(box, null);
	const [left, top, width, height] = staticViewBox(camera, world);
	const fine = [left - width, top - height, 3 * width, 3 * height] as const;
	// The first answer's script fits it to the map's size, clear of the legend, before it is drawn.
	return framed(firstPaintWorld(base, locale, { key: selected!, box: fine }), camera).replace(
		'<svg ',
		`<svg data-selected="${selected}" `
	);
}

/** About the size (pixels) a slide's inset is drawn at on a projector: its hatch's scale without script. */
const INSET_PIXELS = 250;

/**
 * What an inset's map may show: its frame in a box of any of the insets' shapes (INSET_ASPECTS),
 * as StaticMap frames it, and a unit more round it, in whole units.
 */
function insetBox(camera: Camera, world: SvgWorld): UnitsBox {
	const views = [INSET_ASPECTS.narrowest, INSET_ASPECTS.widest].map((aspect) =>
		staticViewBox(camera, world, { width: 1000 * aspect, height: 1000 })
	);
	const left = Math.floor(Math.min(...views.map((v) => v[0])) - 1);
	const top = Math.floor(Math.min(...views.map((v) => v[1])) - 1);
	const right = Math.ceil(Math.max(...views.map((v) => v[0] + v[2])) + 1);
	const bottom = Math.ceil(Math.max(...views.map((v) => v[1] + v[3])) + 1);
	return [left, top, right - left, bottom - top];
}

/**
 * A classroom step's insets, each a world of its own in the step's colours, framed on its
 * country: only the countries its box can show (trimmedWorld), so the slide's HTML carries the
 * insets for a few kilobytes and no inset downloads the world.
 */
export function stepInsetViews(
	base: string,
	locale: Locale,
	step: number
): { iso3: string; markup: string }[] {
	const look = stepLook(stepsFor(locale)[step - 1]!, dataFor(locale).dataset);
	const world = getFirstPaintWorld();
	return insetFrames(STEPS[step - 1]!).map(({ iso3, frame }) => {
		const camera = selectionCamera(undefined, frame);
		const view = staticViewBox(camera, world);
		const trimmed = trimmedWorld(world, insetBox(camera, world));
		const markup = worldMarkup(look, `step${step}:${iso3}`, base, locale, {}, trimmed);
		// The hatch drawn for the inset's scale (StaticMap keeps it so), in patterns of its own.
		const hatch = `${STATIC_HATCH_ID}-${iso3}`;
		const scale = INSET_PIXELS / Math.max(view[2], view[3]);
		return {
			iso3,
			markup: markup
				.replaceAll(STATIC_HATCH_ID, hatch)
				.replace(
					`viewBox="0 0 ${world.width} ${world.height}"`,
					`viewBox="${view.map((n) => n.toFixed(1)).join(' ')}" data-hatch="${hatch}"`
				)
				.replaceAll(
					'patternTransform="rotate(45)"',
					`patternTransform="rotate(45) scale(${(1 / scale).toFixed(3)})"`
				)
				// One element per page holds the world's id: the slide's own map.
				.replace(` id="${WORLD_COUNTRIES_ID}"`, '')
				// Framed on its country, the inset draws no small country's dot (scaleWorld).
				.replace(/<circle [^>]*\/>/g, '')
		};
	});
}

/** Where a step's figure says an inset's world goes (StepFigure's `data-inset`). */
const insetHolder = (iso3: string) =>
	new RegExp(
		`(data-inset="${iso3}"[^>]*>(?:<!--[^>]*-->)*<div[^>]*\\bdata-first-paint\\b[^>]*>)(</div>)`
	);

export function withFirstPaintWorld(
	html: string,
	base: string,
	locale: Locale = 'en',
	path = '/'
): string {
	if (!HOLDER.test(html)) return html;
	// A student's question page draws its own world: the default layer would give answers away.
	if (/\/question$/.test(sitePath(path, base))) return html;
	// A classroom step's world is a picture, out of reach: it needs no answer.
	const { step } = firstPaintPage(path, base);
	const answers = step === null;
	const world =
		firstPaintView(base, locale, path) + (answers ? EARLY_ANSWER_SCRIPT + EARLY_FRAME_SCRIPT : '');
	let written = html.replace(HOLDER, (_, open, close) => open + world + close);
	for (const inset of step === null ? [] : stepInsetViews(base, locale, step))
		written = written.replace(
			insetHolder(inset.iso3),
			(_, open, close) => open + inset.markup + close
		);
	return answers ? allowInlineScript(allowEarlyAnswer(written), EARLY_FRAME_HASH) : written;
}

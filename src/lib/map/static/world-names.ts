/**
 * The names on the SVG world (StaticMap): Japan's, the Koreas' and the selected country's unless
 * a map asks for others, read from the world's markup:
 * each country's shape carries its name point (`data-label`), box (`data-bbox`) and name. The
 * placing itself is the names' (names/layout.ts), as on the live map.
 */
import { intoFrame } from '../camera/frame';
import { continuedUnits, withinSize, type Size } from '../camera/view-box';
import { calloutFor, namedCountries } from '../names/callouts';
import { nameLabel, type MapName } from '../names/layout';
import { numbers, shapeOf } from './world-view';

/**
 * The names of the countries `named` (by default Japan, the Koreas and the selected country)
 * that the world has, each
 * with its label (hidden until placed) and its name point in the frame's longitudes; in the
 * page's names where it has them.
 */
export function worldNames(
	world: ParentNode,
	words: {
		names?: ReadonlyMap<string, string>;
		shortNames: boolean;
		named?: readonly string[];
		selected?: string | null;
		/** Which names take a click; all of them by default. */
		pickable?: (iso3: string) => boolean;
	},
	onselect?: (iso3: string) => void,
	label: typeof nameLabel = nameLabel
): MapName[] {
	return (words.named ?? namedCountries(words.selected ?? null))
		.map(calloutFor)
		.flatMap((callout) => {
			const shape = shapeOf(world, callout.iso3);
			const [lng, lat] = numbers(shape?.getAttribute('data-label')) ?? [];
			if (!shape || lng === undefined || lat === undefined) return [];
			const picks = words.pickable?.(callout.iso3) ?? true;
			const element = label(callout.iso3, picks ? onselect : undefined);
			element.style.position = 'absolute';
			// Shown once placed.
			element.hidden = true;
			return [
				{
					callout: words.shortNames ? callout : { ...callout, short: undefined },
					label: element,
					name: words.names?.get(callout.iso3) ?? shape.getAttribute('data-name') ?? callout.iso3,
					at: [intoFrame(lng), lat] as [number, number]
				}
			];
		});
}

/** The leader lines' path data, in the world's units (longitudes continued past its edges). */
export function leaderPathData(
	leaders: readonly (readonly [number, number][])[],
	world: Size
): string[] {
	return leaders.map(
		(line) => `M${line.map((at) => continuedUnits(at, world).join(',')).join('L')}`
	);
}

/**
 * A country pointed at from its name outside the map (StaticMap's `pointed`): its code, its name and its name
 * point, in the pixels `project` gives for the world's units (frame longitudes). Null where the
 * world lacks it or the point lies outside the `size` shown.
 */
export function pointedCountry(
	world: ParentNode,
	iso3: string,
	size: Size,
	project: (at: [number, number]) => { x: number; y: number }
): { iso3: string; name: string; x: number; y: number } | null {
	const shape = shapeOf(world, iso3);
	const [lng, lat] = numbers(shape?.getAttribute('data-label')) ?? [];
	if (!shape || lng === undefined || lat === undefined) return null;
	const point = project([intoFrame(lng), lat]);
	if (!withinSize(point, size)) return null;
	return { iso3, name: shape.getAttribute('data-name') ?? iso3, ...point };
}

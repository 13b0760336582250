/**
 * The names of Japan, the Koreas and the selected country on the SVG world (StaticMap), read from the world's markup:
 * each country's shape carries its name point (`data-label`), box (`data-bbox`) and name. The
 * placing itself is the names' (names/layout.ts), as on the live map.
 */
import { intoFrame, type Box } from '../camera/frame';
import { continuedUnits, type Size } from '../camera/view-box';
import { namedCallouts } from '../names/callouts';
import { nameLabel, type MapName } from '../names/layout';

/** The numbers in a space-separated attribute. */
const numbers = (text: string | null | undefined) => text?.split(' ').map(Number);

/** A country's shape in the world. */
export function shapeOf(world: ParentNode, iso3: string): Element | null {
	return world.querySelector(`path[data-iso3="${iso3}"]`);
}

/** A country's box as the world's markup carries it: what the view frames when it is selected. */
export function boxOf(world: ParentNode, iso3: string): Box | undefined {
	return numbers(shapeOf(world, iso3)?.getAttribute('data-bbox')) as Box | undefined;
}

/**
 * The callouts' names for the countries the world has, each with its label (hidden until placed)
 * and its name point in the frame's longitudes; in the page's names where it has them.
 */
export function worldNames(
	world: ParentNode,
	words: { names?: ReadonlyMap<string, string>; shortNames: boolean; selected?: string | null },
	onselect?: (iso3: string) => void,
	label: typeof nameLabel = nameLabel
): MapName[] {
	const pointOf = (iso3: string) => numbers(shapeOf(world, iso3)?.getAttribute('data-label'));
	const [selectedLng, selectedLat] = (words.selected && pointOf(words.selected)) || [];
	const selectedAt =
		selectedLng === undefined || selectedLat === undefined
			? undefined
			: ([intoFrame(selectedLng), selectedLat] as [number, number]);
	return namedCallouts(words.selected ?? null, selectedAt).flatMap((callout) => {
		const shape = shapeOf(world, callout.iso3);
		const [lng, lat] = pointOf(callout.iso3) ?? [];
		if (!shape || lng === undefined || lat === undefined) return [];
		const element = label(callout.iso3, onselect);
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

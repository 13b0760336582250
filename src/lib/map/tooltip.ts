/** What the map's tooltip shows: the country the keyboard is on, else what the pointer is over. */
import type { Hit } from './live/pick';
import type { Locale } from '$lib/i18n/locale';
import { en, messagesFor } from '$lib/i18n/messages';

export interface TooltipContent {
	title: string;
	lines: string[];
	/** Where it points, in the map's pixels. */
	x: number;
	y: number;
}

export const NOT_IN_DOCUMENT = en.tooltip.notInDocument;

export function tooltipContent(
	keyboard: { iso3: string; x: number; y: number } | null,
	hover: Hit | null,
	names: ReadonlyMap<string, string>,
	describe: (iso3: string) => string[],
	locale: Locale = 'en',
	/**
	 * A country pointed at from its name outside the map (MapView's `pointed`): its tooltip gives
	 * the name alone, small enough to leave its neighbours and their names in sight; the words
	 * beside the name the reader points at already say the rest.
	 */
	pointed: string | null = null
): TooltipContent | null {
	if (keyboard) {
		const { iso3, x, y } = keyboard;
		return { title: names.get(iso3) ?? iso3, lines: describe(iso3), x, y };
	}
	if (!hover) return null;
	if (hover.type === 'link') {
		const also = hover.also.length ? [messagesFor(locale).map.linesHereToo(hover.also)] : [];
		return { title: hover.title, lines: [...hover.lines, ...also], x: hover.x, y: hover.y };
	}
	return {
		title: names.get(hover.iso3) ?? hover.name,
		lines:
			hover.iso3 === pointed
				? []
				: names.has(hover.iso3)
					? describe(hover.iso3)
					: [messagesFor(locale).tooltip.notInDocument],
		x: hover.x,
		y: hover.y
	};
}

/** What a screen reader hears when the arrow keys reach a country. */
export function keyboardAnnouncement(
	name: string,
	lines: readonly string[],
	locale: Locale = 'en'
): string {
	return messagesFor(locale).map.enterOpens(name, lines);
}

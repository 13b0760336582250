/**
 * The choropleth's colours. A purple sequence (ColorBrewer PuOr, safe for the common forms of colour
 * blindness) orders certainty; North Korea, the state responsible, takes the opposite hue. The
 * doubtful statuses also get a hatch, so certainty never rests on colour alone.
 */
import { ABDUCTION_STATUSES, type AbductionStatus } from '$lib/data/vocabulary';
import type { Locale } from '$lib/i18n/locale';
import { en, messagesFor } from '$lib/i18n/messages';

/**
 * In the order of ABDUCTION_STATUSES, most certain first: PuOr's purple side, one class apart, so
 * that with their hatches each status still reads lighter than the one before it from the back
 * of a classroom (palette.test.ts). Closer steps let the cross-hatched second-hand status look
 * darker than the returnees' testimony, and the single US case like the testimony.
 */
const STATUS_COLOURS = ['#542788', '#8073ac', '#b2abd2', '#d8daeb', '#e9e6df'] as const;

export function statusColour(status: AbductionStatus): string {
	return STATUS_COLOURS[ABDUCTION_STATUSES.indexOf(status)]!;
}

/**
 * ColorBrewer Blues' 5th, 7th and 9th, light to dark: the events layer's steps and the slides'
 * named countries. Each stands at least 1.8:1 against the sea and unmarked land (looks.test.ts),
 * so the lightest does not read as sea on a projector.
 */
export const BLUES = ['#6baed6', '#2171b5', '#08306b'] as const;

export const RESPONSIBLE_COLOUR = '#b35806';
export const OCEAN_COLOUR = '#d6e4ee';
export const BORDER_COLOUR = '#ffffff';
export const FOCUS_COLOUR = '#111111';

/** Each says no more than the document: the US case is one citizen, known through a House resolution. */
export const STATUS_LABEL: Record<AbductionStatus, string> = en.status;

export function statusLabel(status: AbductionStatus, locale: Locale = 'en'): string {
	return messagesFor(locale).status[status];
}

/** Doubt is hatched: every status short of what the document states, except "none". */
export function statusHatched(status: AbductionStatus): boolean {
	return status !== 'confirmed' && status !== 'none';
}

/**
 * What is only said second-hand (`reported`) has its own hatch, lines both ways, so it never
 * reads as the returnees' testimony (`possible`) or the single US case, whatever the colours.
 */
export function statusCrossHatched(status: AbductionStatus): boolean {
	return status === 'reported';
}

export interface LegendEntry {
	key: string;
	label: string;
	colour: string;
	hatched: boolean;
	/** The second-hand hatch (lines both ways) rather than the plain one. */
	cross?: boolean;
	/** Set for lines: drawn as a stroke rather than a filled swatch; `arrow` with a line's head. */
	line?: 'solid' | 'dashed' | 'arrow';
}

/** Every layer keeps North Korea in its own colour, and says so in its legend. */
export function responsibleEntry(locale: Locale = 'en'): LegendEntry {
	return {
		key: 'responsible',
		label: messagesFor(locale).legend.responsible,
		colour: RESPONSIBLE_COLOUR,
		hatched: false
	};
}

export function abductionLegend(locale: Locale = 'en'): LegendEntry[] {
	return [
		...ABDUCTION_STATUSES.map((status) => ({
			key: status,
			label: statusLabel(status, locale),
			colour: statusColour(status),
			hatched: statusHatched(status),
			cross: statusCrossHatched(status)
		})),
		responsibleEntry(locale)
	];
}

/**
 * A step's map: the countries its marks name, coloured by what the step says of them, and a
 * legend of exactly those marks. Built on the same LayerLook as the explorer's layers, so the live
 * map, the static map and the handout draw it alike.
 */
import type { Dataset } from '$lib/data/schema';
import { JAPAN_COLOUR, FORUM_CONTEXT_COLOUR, matchByCode, type LayerLook } from '$lib/layers/looks';
import { BLUES, RESPONSIBLE_COLOUR, statusColour } from '$lib/layers/palette';
import type { MarkTone, Step } from './steps';

export const TONE_COLOUR: Record<MarkTone, string> = {
	japan: JAPAN_COLOUR,
	abducted: statusColour('confirmed'),
	'possibly-abducted': statusColour('possible'),
	reported: statusColour('reported'),
	named: BLUES[1],
	subject: BLUES[2],
	// Light, as partners beside the subject, yet clear of the sea.
	partner: BLUES[0],
	context: FORUM_CONTEXT_COLOUR,
	'second-context': '#c2a5cf',
	responsible: RESPONSIBLE_COLOUR
};

/** Doubt and context are hatched, as on the explorer's map: never colour alone. */
const HATCHED_TONES = new Set<MarkTone>([
	'possibly-abducted',
	'reported',
	'context',
	'second-context'
]);

const OTHER_COUNTRY = statusColour('none');

export interface ResolvedMark {
	label: string;
	tone: MarkTone;
	countries: string[];
	/** The step lists these countries one by one (named on printed maps), rather than a group. */
	listed: boolean;
}

/**
 * The marks with their countries: a group's members from the dataset, less any country an
 * earlier mark already took (Japan is drawn as Japan, not as one of the G7).
 */
export function resolveMarks(step: Step, dataset: Dataset): ResolvedMark[] {
	const taken = new Set<string>();
	return step.marks.map((mark) => {
		let codes: string[];
		if (Array.isArray(mark.countries)) {
			codes = mark.countries;
		} else {
			const id = mark.countries.group;
			const group = dataset.groups.find((g) => g.id === id);
			if (!group) throw new Error(`step “${step.title}”: no group ${id}`);
			codes = group.members;
		}
		const countries = codes.filter((code) => !taken.has(code));
		for (const code of countries) taken.add(code);
		return {
			label: mark.label,
			tone: mark.tone,
			countries,
			listed: Array.isArray(mark.countries) || mark.countries.listed === true
		};
	});
}

export function stepLook(step: Step, dataset: Dataset): LayerLook {
	const marks = resolveMarks(step, dataset);
	const colours = new Map<string, string>();
	for (const mark of marks)
		for (const code of mark.countries) colours.set(code, TONE_COLOUR[mark.tone]);
	return {
		title: step.mapTitle,
		fill: matchByCode(colours, OTHER_COUNTRY),
		colourOf: (iso3) => colours.get(iso3) ?? OTHER_COUNTRY,
		hatched: marks
			.filter((mark) => HATCHED_TONES.has(mark.tone))
			.flatMap((mark) => mark.countries)
			.sort(),
		// The second-hand tier has the explorer's second-hand hatch.
		crossHatched: marks
			.filter((mark) => mark.tone === 'reported')
			.flatMap((mark) => mark.countries)
			.sort(),
		legend: marks.map((mark) => ({
			key: mark.tone,
			label: mark.label,
			colour: TONE_COLOUR[mark.tone],
			hatched: HATCHED_TONES.has(mark.tone),
			cross: mark.tone === 'reported'
		}))
	};
}

/** The countries a step lists one by one, in its marks' order: the names its printed map carries. */
export function listedCountries(step: Step, dataset: Dataset): string[] {
	return resolveMarks(step, dataset)
		.filter((mark) => mark.listed)
		.flatMap((mark) => mark.countries);
}

/** Every country a step's map colours. */
export function markedCountries(step: Step, dataset: Dataset): string[] {
	return resolveMarks(step, dataset).flatMap((mark) => mark.countries);
}

/**
 * A character that would make a name part of a longer word: a Latin letter, digit or hyphen, or
 * katakana (タイ is Thailand, タイトル is not). Kanji names join freely (日本人 names Japan).
 */
const WORD_CHAR = '[\\w\\-\\u30a1-\\u30fa\\u30fc]';

/**
 * The dataset's countries a text names, by name or alias, as whole words. Longer names are taken
 * first and blanked out, so "North Korea" is not also read as "Korea" (South Korea's alias).
 */
export function countriesNamed(text: string, dataset: Dataset): Set<string> {
	const phrases = dataset.countries
		.flatMap((country) => [country.name, ...country.aliases].map((phrase) => ({ phrase, country })))
		.sort((a, b) => b.phrase.length - a.phrase.length);
	const found = new Set<string>();
	let rest = text;
	for (const { phrase, country } of phrases) {
		const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const pattern = new RegExp(`(?<!${WORD_CHAR})${escaped}(?!${WORD_CHAR})`, 'g');
		if (pattern.test(rest)) {
			found.add(country.iso3);
			rest = rest.replace(pattern, ' ');
		}
	}
	return found;
}

import { describe, expect, it } from 'vitest';
import { dataset, datasetFor } from '$lib/data/dataset';
import { isJapanese } from '$lib/data/translate';
import { LOCALES } from '$lib/i18n/locale';
import { copiedRuns } from '$lib/data/fingerprint';
import fingerprintFile from '../../../data/source-fingerprint.json';
import { STEPS, stepsFor, type Step } from './steps';
import {
	countriesNamed,
	listedCountries,
	markedCountries,
	resolveMarks,
	stepLook,
	TONE_COLOUR
} from './step-look';
import { OCEAN_COLOUR, statusColour } from '$lib/layers/palette';
import { contrastRatio } from '$lib/layers/contrast';
import { stepHeading, stepSources } from './text';

const sections = new Set(dataset.document.sections.map((s) => s.id));
const wordsOf = (step: Step) => [step.headline, ...step.points].join(' ');
/** Each language's walk with the dataset in the same language, whose country names it uses. */
const WALKS = LOCALES.map((locale) => [locale, stepsFor(locale), datasetFor(locale)] as const);
/** Every piece of a step a reader sees. */
const textsOf = (step: Step) => [
	step.title,
	step.headline,
	...step.points,
	...step.notes.map((n) => n.text),
	step.mapTitle,
	...step.marks.map((m) => m.label)
];

describe('the classroom walk', () => {
	it('covers every part of the document, each step citing real sections', () => {
		expect(STEPS.length).toBeGreaterThanOrEqual(6);
		for (const step of STEPS) {
			expect(step.points.length, step.title).toBeGreaterThanOrEqual(2);
			expect(step.sections.length, step.title).toBeGreaterThan(0);
			for (const section of step.sections) expect(sections.has(section), section).toBe(true);
		}
		const covered = new Set(STEPS.flatMap((s) => s.sections.map((id) => id.replace(/\(.\)$/, ''))));
		for (const part of ['intro', '1', '2', '3', '4', 'us-congress'])
			expect(covered.has(part), part).toBe(true);
		expect(new Set(STEPS.map((s) => s.title)).size).toBe(STEPS.length);
	});

	it('gives speaker notes resting on the step’s own sections', () => {
		for (const step of STEPS) {
			expect(step.notes.length, step.title).toBeGreaterThan(0);
			for (const note of step.notes) expect(step.sections, note.text).toContain(note.section);
		}
	});

	it('says everything in our own words: no run of twelve words from the document', () => {
		const fingerprint = new Set(fingerprintFile.hashes);
		const ours = STEPS.flatMap(textsOf);
		expect(ours.flatMap((text) => copiedRuns(text, fingerprint))).toEqual([]);
		// The check would catch a copied sentence (the introduction's second one, lower-cased).
		const copied = 'the goj has raised the issue at every diplomatic opportunity it is known that';
		expect(copiedRuns(copied, fingerprint).length).toBeGreaterThan(0);
	});
});

describe.each(WALKS)('each step’s map (%s)', (_, steps, data) => {
	it.each(steps.map((step, i) => [i + 1, step] as const))(
		'step %i colours exactly the countries its words name',
		(_, step) => {
			const named = countriesNamed(wordsOf(step), data);
			const marked = new Set(markedCountries(step, data));
			// Every country the words name is on the map…
			for (const code of named) expect(marked.has(code), `${code} is named`).toBe(true);
			// …and the map adds none: a listed country is named, a group is named by its words.
			for (const mark of step.marks) {
				if (Array.isArray(mark.countries)) {
					for (const code of mark.countries)
						expect(named.has(code), `${code} is marked`).toBe(true);
				} else {
					expect(mark.named, mark.label).toBeTruthy();
					expect(wordsOf(step)).toContain(mark.named);
				}
			}
			// A group whose members the map names has each of them named by its legend's words.
			const legendNames = countriesNamed(step.marks.map((m) => m.label).join(' '), data);
			for (const mark of resolveMarks(step, data).filter((m) => m.listed))
				for (const code of mark.countries)
					expect(named.has(code) || legendNames.has(code), `${code} is listed`).toBe(true);
		}
	);

	it('names all six parties on the Six-Party Talks’ map, though the document lists none', () => {
		const step = steps.find((s) =>
			s.marks.some((m) => 'group' in m.countries && m.countries.group === 'six-party')
		)!;
		expect(listedCountries(step, data).sort()).toEqual(['CHN', 'JPN', 'KOR', 'PRK', 'RUS', 'USA']);
	});

	it('has a legend of exactly what it draws, one entry per colour', () => {
		for (const step of steps) {
			const look = stepLook(step, data);
			const marks = resolveMarks(step, data);
			expect(
				marks.every((m) => m.countries.length > 0),
				step.title
			).toBe(true);
			expect(look.legend.map((e) => e.label)).toEqual(step.marks.map((m) => m.label));
			expect(new Set(look.legend.map((e) => e.colour)).size, step.title).toBe(look.legend.length);
			for (const mark of marks) {
				const entry = look.legend.find((e) => e.label === mark.label)!;
				for (const code of mark.countries) {
					expect(look.colourOf(code)).toBe(entry.colour);
					expect(look.hatched.includes(code)).toBe(entry.hatched);
				}
			}
		}
	});
});

describe('the walk in Japanese', () => {
	const japanese = stepsFor('ja');

	it('is the English walk step for step: points, notes’ sections, marks and their countries', () => {
		expect(stepsFor('en')).toBe(STEPS);
		expect(japanese).toHaveLength(STEPS.length);
		STEPS.forEach((english, i) => {
			const step = japanese[i]!;
			expect(step.sections, english.title).toEqual(english.sections);
			expect(step.points, english.title).toHaveLength(english.points.length);
			expect(
				step.notes.map((n) => n.section),
				english.title
			).toEqual(english.notes.map((n) => n.section));
			expect(
				step.marks.map(({ tone, countries }) => ({ tone, countries })),
				english.title
			).toEqual(english.marks.map(({ tone, countries }) => ({ tone, countries })));
			expect(step.marks.map((m) => m.named === undefined)).toEqual(
				english.marks.map((m) => m.named === undefined)
			);
		});
		expect(new Set(japanese.map((s) => s.title)).size).toBe(japanese.length);
	});

	it('is written in Japanese throughout', () => {
		for (const step of japanese)
			for (const text of textsOf(step)) expect(isJapanese(text), text).toBe(true);
	});

	it('keeps every point as short on the projector as its English twin', () => {
		// A kana or kanji is about twice as wide as a Latin letter at the same size.
		const width = (text: string) =>
			[...text].reduce(
				(sum, char) => sum + (isJapanese(char) || /[：、。「」（）〜・]/.test(char) ? 2 : 1),
				0
			);
		STEPS.forEach((english, i) => {
			japanese[i]!.points.forEach((point, j) => {
				expect(width(point), point).toBeLessThanOrEqual(english.points[j]!.length);
			});
			expect(width(japanese[i]!.headline)).toBeLessThanOrEqual(english.headline.length + 4);
		});
	});
});

describe('the words around a step', () => {
	it('say where the class is, and where the step comes from', () => {
		const un = STEPS.find((s) => s.title === 'The United Nations')!;
		expect(stepHeading(un, 2, 10)).toBe('Step 2 of 10 · The United Nations');
		expect(stepSources({ ...un, sections: ['1(c)', '1(d)'] })).toBe(
			'From the document’s sections 1(c) and 1(d)'
		);
		expect(stepSources({ ...un, sections: ['intro'] })).toBe('From the document’s introduction');
		expect(stepSources({ ...un, sections: ['4'] })).toBe('From the document’s section 4');
	});
});

describe('the country finder used by the check above', () => {
	it('reads names and aliases as whole words, North Korea not as Korea', () => {
		const found = countriesNamed('the US–North Korea summit, an Inter-Korean talk', dataset);
		expect([...found].sort()).toEqual(['PRK', 'USA']);
		expect([...countriesNamed('South Korea and the ROK', dataset)]).toEqual(['KOR']);
	});

	it('reads Japanese names: katakana as whole words, kanji inside compounds', () => {
		const japanese = datasetFor('ja');
		const found = (text: string) => [...countriesNamed(text, japanese)].sort();
		expect(found('タイトルとタイミング')).toEqual([]);
		expect(found('タイ・ルーマニア・レバノン')).toEqual(['LBN', 'ROU', 'THA']);
		expect(found('帰国した日本人拉致被害者')).toEqual(['JPN']);
		expect(found('大韓民国と朝鮮民主主義人民共和国')).toEqual(['KOR', 'PRK']);
		expect(found('北朝鮮と米国')).toEqual(['PRK', 'USA']);
	});
});

describe('the words on a slide', () => {
	/** What the class reads on the slide itself (notes are the teacher's). */
	const slideTexts = (step: Step) => [
		step.title,
		step.headline,
		...step.points,
		step.mapTitle,
		...step.marks.map((m) => m.label)
	];

	it('use no diplomats’ or the UN’s jargon unexplained', () => {
		const jargon = /co-?tabl|field-based|modalit|démarche/i;
		for (const step of STEPS)
			for (const text of slideTexts(step)) expect(text, step.title).not.toMatch(jargon);
	});

	it.each(LOCALES)('finish every sentence (%s)', (locale) => {
		for (const step of stepsFor(locale))
			for (const point of step.points) {
				expect(point, step.title).toMatch(/[.。）)]$/);
				// A sentence cut short before its verb: “…may have been.”
				expect(point, step.title).not.toMatch(/\b(been|be|have|has|had)\.$/);
			}
	});

	it.each(LOCALES)(
		'give the bar and the headline the same words for the same thing (%s)',
		(locale) => {
			for (const step of stepsFor(locale)) {
				const [barLead, barRest] = step.title.split(/[：:]\s*/);
				const [headLead, headRest] = step.headline.split(/[：:]\s*/);
				if (barRest === undefined || headRest === undefined) continue;
				expect(barLead, step.title).toBe(headLead);
			}
		}
	);
});

describe('the colours of the steps’ marks', () => {
	it('stand clear of the sea and of unmarked land on a projector, where unhatched', () => {
		// Hatched tones (doubt, context) carry their stripes; a solid one has its colour alone,
		// and a projector washes out a pale fill (China beside the sea on the last step).
		const solid = ['japan', 'abducted', 'named', 'subject', 'partner', 'responsible'] as const;
		for (const tone of solid) {
			expect(contrastRatio(TONE_COLOUR[tone], OCEAN_COLOUR), tone).toBeGreaterThanOrEqual(1.8);
			expect(contrastRatio(TONE_COLOUR[tone], statusColour('none')), tone).toBeGreaterThanOrEqual(
				1.8
			);
		}
	});
});

/** The words around a step, one definition for the slide, the presenter view and the handout. */
import { sectionLabel } from '$lib/data/format';
import type { Locale } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages';
import { classroomWordsFor } from './words';
import type { Step } from './steps';

/** "Step 2 of 10 · The United Nations": where the class is, not a citation. */
export function stepHeading(
	step: Step,
	number: number,
	total: number,
	locale: Locale = 'en'
): string {
	return `${classroomWordsFor(locale).classroom.step(number, total)} · ${step.title}`;
}

/**
 * The footer's source line: "From the document’s section 4", "… sections 1(c) and 1(d)",
 * "… introduction".
 */
export function stepSources(step: Step, locale: Locale = 'en'): string {
	const t = messagesFor(locale).section;
	const numbered = step.sections.filter((s) => /^\d/.test(s));
	const parts = step.sections
		.filter((s) => !/^\d/.test(s))
		.map((section) => sectionLabel(section, locale));
	if (numbered.length) parts.push(t.numberedMany(numbered));
	return t.from(parts);
}

/** The step page's meta description: where the step is, what it says, and where that comes from. */
export function stepDescription(
	step: Step,
	number: number,
	total: number,
	locale: Locale = 'en'
): string {
	return classroomWordsFor(locale).classroom.description(
		number,
		total,
		step.headline,
		stepSources(step, locale)
	);
}

/** The words around a step, one definition for the slide, the presenter view and the handout. */
import { sectionLabel } from '$lib/data/format';
import type { Step } from './steps';

/** "Step 2 of 10 · The United Nations": where the class is, not a citation. */
export function stepHeading(step: Step, number: number, total: number): string {
	return `Step ${number} of ${total} · ${step.title}`;
}

/**
 * The footer's source line: "From the document’s section 4", "… sections 1(c) and 1(d)",
 * "… introduction".
 */
export function stepSources(step: Step): string {
	const numbered = step.sections.filter((s) => /^\d/.test(s));
	const parts = step.sections.filter((s) => !/^\d/.test(s)).map(sectionLabel);
	if (numbered.length)
		parts.push(`${numbered.length > 1 ? 'sections' : 'section'} ${joinAnd(numbered)}`);
	return `From the document’s ${joinAnd(parts)}`;
}

/** The step page's meta description: where the step is, what it says, and where that comes from. */
export function stepDescription(step: Step, number: number, total: number): string {
	return `Classroom step ${number} of ${total}: ${step.headline} ${stepSources(step)}, the Ministry of Foreign Affairs of Japan's page of 28 December 2018.`;
}

function joinAnd(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

import { expect, it } from 'vitest';
import { dataset } from '$lib/data/dataset';
import { STEPS } from './steps';

it('walks the document in at least six steps, each citing real sections and forums', () => {
	expect(STEPS.length).toBeGreaterThanOrEqual(6);
	const sections = new Set(dataset.document.sections.map((s) => s.id));
	const groups = new Set(dataset.groups.map((g) => g.id));
	for (const step of STEPS) {
		expect(step.points.length).toBeGreaterThanOrEqual(3);
		for (const section of step.sections) expect(sections.has(section), section).toBe(true);
		expect(groups.has(step.view.forum), step.view.forum).toBe(true);
		const [[west, south], [east, north]] = step.frame;
		expect(west).toBeLessThan(east);
		expect(south).toBeLessThan(north);
	}
	// Together the steps cover every part of the document.
	const covered = new Set(STEPS.flatMap((s) => s.sections.map((id) => id.replace(/\(.\)$/, ''))));
	for (const part of ['intro', '1', '2', '3', '4', 'us-congress'])
		expect(covered.has(part), part).toBe(true);
});

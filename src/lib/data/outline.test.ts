import { describe, expect, it } from 'vitest';
import { dataset, datasetFor } from './dataset';
import { formatEventDate } from './format';
import { outline, sectionAnchor } from './outline';

describe('the document outline', () => {
	const sections = outline(dataset);

	it('gives each section an anchor of its own, usable in an address', () => {
		expect(sectionAnchor('1(b)')).toBe('section-1b');
		expect(sectionAnchor('us-congress')).toBe('section-us-congress');
		const anchors = sections.map((s) => s.anchor);
		expect(new Set(anchors).size).toBe(dataset.document.sections.length);
		for (const anchor of anchors) expect(anchor).toMatch(/^[a-z0-9-]+$/);
	});

	it('dates an event as the document does: the Commission’s visits only within their span', () => {
		const visits = sections
			.find((s) => s.id === '1(b)')!
			.records.find((r) => r.name.includes('visits'))!;
		expect(visits.when?.dateBasis).toBe('inferred');
		expect(formatEventDate(visits.when!)).toMatch(/between March 2013 and February 2014/);
		expect(formatEventDate(visits.when!)).not.toBe('March 2013');
	});

	it('lists under each section every record that cites it', () => {
		const under = (id: string) => sections.find((s) => s.id === id)!.records;
		expect(under('1(b)').map((r) => r.name)).toContain(
			dataset.events.find((e) => e.id === 'coi-visits-2013')!.title
		);
		// Who co-tabled is said in 1(a): the resolutions that tag it are listed there too.
		const coTabled = dataset.events.filter((e) => e.tagSections?.JPN === '1(a)');
		expect(coTabled.length).toBeGreaterThan(0);
		for (const e of coTabled) expect(under('1(a)').map((r) => r.name)).toContain(e.title);
		expect(
			under('intro')
				.filter((r) => r.kind === 'abduction')
				.map((r) => r.path)
		).toContain('/country/kor');
		expect(
			under('us-congress').some((r) => r.kind === 'abduction' && r.name === 'United States')
		).toBe(true);
		// Every event is listed, once under its own section.
		const listed = sections.flatMap((s) => s.records.filter((r) => r.kind === 'event'));
		for (const e of dataset.events)
			expect(listed.filter((r) => r.name === e.title).length).toBeGreaterThanOrEqual(1);
	});

	it('has every section summarised, in Japanese on the Japanese page', () => {
		const ja = outline(datasetFor('ja'));
		expect(ja.map((s) => s.anchor)).toEqual(sections.map((s) => s.anchor));
		for (const [i, s] of ja.entries()) {
			expect(s.summary).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
			expect(s.summary).not.toBe(sections[i]!.summary);
		}
	});
});

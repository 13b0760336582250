/**
 * The document's outline: each section's heading and our summary, and every record of the map
 * that cites it, for the page every "Document, section 1(b)" links to.
 */
import { byDate, countryPath } from './join';
import type { Dataset, DocEvent } from './schema';

/** A section's anchor on the outline page: `intro` -> `section-intro`, `1(b)` -> `section-1b`. */
export function sectionAnchor(section: string): string {
	return `section-${section.replace(/[()]/g, '')}`;
}

export interface CitingRecord {
	kind: 'event' | 'recurring' | 'abduction' | 'note' | 'group' | 'other-nationals';
	/** The record's own name: an event's title, a country's or forum's name. */
	name: string;
	/** The record's page inside the site, when it has one: `/country/kor`. */
	path?: string;
	/** When, for events: the date as the document gives it, or the span it is inferred to lie in. */
	when?: Pick<DocEvent, 'date' | 'dateEnd' | 'dateBasis'>;
}

export interface OutlineSection {
	id: string;
	anchor: string;
	title: string;
	summary: string;
	records: CitingRecord[];
}

/** Every record that cites a section, in the outline's order: dated events first, oldest first. */
export function outline(dataset: Dataset): OutlineSection[] {
	const cites = new Map<string, CitingRecord[]>(dataset.document.sections.map((s) => [s.id, []]));
	const add = (section: string, record: CitingRecord) => {
		const list = cites.get(section);
		if (!list) throw new Error(`a record cites section "${section}", which the document lacks`);
		if (!list.some((r) => r.kind === record.kind && r.name === record.name)) list.push(record);
	};
	for (const event of [...dataset.events].sort(byDate)) {
		const { date, dateEnd, dateBasis } = event;
		const record: CitingRecord = {
			kind: 'event',
			name: event.title,
			when: { date, ...(dateEnd && { dateEnd }), dateBasis }
		};
		add(event.section, record);
		for (const section of Object.values(event.tagSections ?? {})) add(section, record);
	}
	for (const r of dataset.recurring) add(r.section, { kind: 'recurring', name: r.title });
	add(dataset.otherNationals.section, {
		kind: 'other-nationals',
		name: dataset.otherNationals.text
	});
	for (const country of dataset.countries) {
		const path = countryPath(country.iso3);
		if (country.abduction)
			add(country.abduction.section, { kind: 'abduction', name: country.name, path });
		if (country.note) add(country.note.section, { kind: 'note', name: country.name, path });
	}
	for (const group of dataset.groups) add(group.section, { kind: 'group', name: group.name });
	return dataset.document.sections.map((s) => ({
		id: s.id,
		anchor: sectionAnchor(s.id),
		title: s.title,
		summary: s.summary,
		records: cites.get(s.id)!
	}));
}

import { describe, expect, it } from 'vitest';
import { dataset } from './dataset';
import { eventsUntil, forumCoverage } from './engagement';
import { profileOf } from './join';
import { memberAt } from './membership';
import { forumLines } from '$lib/layers/drawn';
import { messagesFor } from '$lib/i18n/messages';

const eu = dataset.groups.find((g) => g.id === 'eu')!;

describe('membership by date (memberAt), the same in every view', () => {
	it('reads the spans: Croatia joined the EU in July 2013', () => {
		expect(memberAt(eu, 'HRV', '2013-06')).toBe(false);
		expect(memberAt(eu, 'HRV', '2013-07')).toBe(true);
		expect(memberAt(eu, 'FRA', '2005-01')).toBe(true);
	});

	it('a country page lists a group’s event only if the country belonged at its date', () => {
		const croatia = profileOf(dataset, 'HRV')!.groupEvents.map((e) => e.id);
		// The March 2013 Council resolution, co-tabled by Japan and the EU, came before Croatia joined.
		expect(croatia).not.toContain('hrc-resolution-coi-2013-03');
		expect(croatia).toContain('hrc-resolution-2014-03');
		expect(profileOf(dataset, 'FRA')!.groupEvents.map((e) => e.id)).toContain(
			'hrc-resolution-coi-2013-03'
		);
	});

	it('agrees with the forums layer for every member, group event and timeline date', () => {
		for (const country of dataset.countries) {
			const listed = new Set(profileOf(dataset, country.iso3)!.groupEvents.map((e) => e.id));
			for (const event of dataset.events) {
				if (!listed.has(event.id)) continue;
				const month = event.date.slice(0, 7);
				// On the timeline at the event's month, the forums layer draws the country for one of
				// the event's groups.
				const drawn = event.groups.some((id) =>
					forumCoverage(dataset, id, eventsUntil(dataset.events, month), month)!.members.some(
						(m) => m.iso3 === country.iso3 && m.role === 'member'
					)
				);
				expect(drawn, `${country.iso3} ${event.id}`).toBe(true);
			}
		}
	});
});

describe('a forum view colours every country the document names for it', () => {
	it('from undated records too: Japan at the Security Council (1(f))', () => {
		const sc = forumCoverage(dataset, 'un-sc', dataset.events)!;
		expect(sc.members).toContainEqual({ iso3: 'JPN', basis: 'document', role: 'named' });
		expect(forumLines(sc, 'JPN')).not.toContain(messagesFor('en').tooltip.notNamed);
	});

	it('every country of a forum’s events and undated records is coloured, at every date', () => {
		const months = [null, '2007-10', '2013-03', '2014-12', '2018-06'];
		for (const group of dataset.groups)
			for (const until of months) {
				const events = eventsUntil(dataset.events, until);
				const forum = forumCoverage(dataset, group.id, events, until)!;
				const drawn = new Set(forum.members.map((m) => m.iso3));
				const named = [
					...forum.events,
					...dataset.recurring.filter((r) => r.groups.includes(group.id))
				].flatMap((e) => e.countries);
				for (const iso3 of named) expect(drawn, `${group.id} ${until} ${iso3}`).toContain(iso3);
			}
	});
});

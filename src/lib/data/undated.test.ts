import { describe, expect, it } from 'vitest';
import { dataset } from './dataset';
import { dataFor } from '$lib/i18n/data';

const summariesFor = (locale: 'en' | 'ja') => dataFor(locale).summaries;
import {
	engagementByCountry,
	eventsUntil,
	forumCoverage,
	happenedBy,
	timelineMonths,
	undatedSpans
} from './engagement';
import { abductionLines, engagementLines, forumLines } from '$lib/layers/drawn';
import { formatEventDate } from './format';
import { messagesFor } from '$lib/i18n/messages';

const visits = dataset.events.find((e) => e.id === 'coi-visits-2013')!;

describe('an event the document does not date is a span, not a dated event', () => {
	it('counts as having happened only once its span has ended', () => {
		expect(happenedBy(visits)).toBe('2014-02');
		for (const until of ['2013-03', '2013-09', '2014-01'])
			expect(eventsUntil(dataset.events, until)).not.toContain(visits);
		expect(eventsUntil(dataset.events, '2014-02')).toContain(visits);
		// So "Up to March 2013" does not show the five countries as visited.
		const coi = forumCoverage(dataset, 'coi', eventsUntil(dataset.events, '2013-03'), '2013-03')!;
		expect(forumLines(coi, 'GBR')).not.toContain('Visited by the Commission of Inquiry');
	});

	it('is counted apart, and never worded as dated', () => {
		const uk = summariesFor('en').get('GBR')!;
		expect([uk.eventCount, uk.undatedCount]).toEqual([1, 1]);
		expect(abductionLines(uk)).toEqual(['No abductions named', '1 undated event']);
		expect(abductionLines(summariesFor('ja').get('GBR')!, 'ja')[1]).toBe('日付のない出来事1件');
		const japan = engagementByCountry(dataset.events).get('JPN')!;
		expect(engagementLines(japan)[0]).toBe(`${japan.total - 1} dated events and 1 undated event`);
		const coi = forumCoverage(dataset, 'coi', dataset.events)!;
		expect(forumLines(coi, 'GBR')).toContain('Named in 1 undated event here');
		expect(messagesFor('en').preview.countrySubtitle('S', 0, 1)).toBe(
			'S · named in 1 undated event of the document'
		);
	});

	it('is worded as a span and drawn as one on the timeline', () => {
		expect(formatEventDate(visits)).toBe(
			'Undated in the document: sometime between March 2013 and February 2014, as its other dates imply'
		);
		expect(undatedSpans(dataset.events)).toEqual([{ from: '2013-03', to: '2014-02' }]);
		// The timeline's stops come from when events count, so the span adds no stop of its own.
		expect(timelineMonths([visits])).toEqual(['2014-02']);
	});
});

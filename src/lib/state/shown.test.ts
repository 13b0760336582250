import { describe, expect, it } from 'vitest';
import { shownView } from './shown';

const abductions = { name: 'abductions', look: { title: 'Abductee nationalities' } };
const engagement = { name: 'engagement', look: { title: 'Events naming each country' } };

describe('shownView', () => {
	it('follows the chosen view at once on the static world', () => {
		expect(shownView(abductions, engagement, { live: false, drawnLook: abductions.look })).toBe(
			engagement
		);
	});
	it('keeps the view the live map still shows until it has drawn the new look', () => {
		expect(shownView(abductions, engagement, { live: true, drawnLook: abductions.look })).toBe(
			abductions
		);
		expect(shownView(abductions, engagement, { live: true, drawnLook: null })).toBe(abductions);
	});
	it('changes in the frame the live map has drawn the new look', () => {
		expect(shownView(abductions, engagement, { live: true, drawnLook: engagement.look })).toBe(
			engagement
		);
	});
	it('starts with the chosen view', () => {
		expect(shownView(undefined, engagement, { live: true, drawnLook: null })).toBe(engagement);
	});
});

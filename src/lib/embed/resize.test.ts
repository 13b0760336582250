import { describe, expect, it } from 'vitest';
import { contentHeight, heightMessage, isHeightMessage, RESIZER_SCRIPT } from './resize';

describe('the responsive embed', () => {
	it('asks for the bar, the foot and a map in the frame’s shape', () => {
		expect(contentHeight({ width: 900, aspect: 2, bar: 30, foot: 70 })).toBe(550);
		// Narrow frames keep a map tall enough to read.
		expect(contentHeight({ width: 360, aspect: 2, bar: 50, foot: 120 })).toBe(350);
	});

	it('takes only its own messages', () => {
		expect(isHeightMessage(heightMessage(412.2))).toBe(true);
		expect(heightMessage(412.2).height).toBe(413);
		expect(isHeightMessage({ type: 'other', height: 400 })).toBe(false);
		expect(isHeightMessage({ type: 'abductions-map:height', height: -1 })).toBe(false);
		expect(isHeightMessage('abductions-map:height')).toBe(false);
		expect(isHeightMessage(null)).toBe(false);
	});

	it('resizes only the marked frame the message came from', () => {
		expect(RESIZER_SCRIPT).toContain("querySelectorAll('iframe[data-abductions-map]')");
		expect(RESIZER_SCRIPT).toContain('contentWindow===e.source');
		expect(RESIZER_SCRIPT.startsWith('<script>')).toBe(true);
	});
});

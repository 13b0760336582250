import { describe, expect, it } from 'vitest';
import { ABDUCTION_STATUSES } from '$lib/data/vocabulary';
import { HATCH } from './hatch';
import { statusColour, statusCrossHatched, statusHatched } from './palette';
import { FORUM_COLOUR, FORUM_NON_MEMBER_COLOUR } from './looks';

/** CIE lightness (L*, 0 black to 100 white) of an sRGB colour. */
function lightness([r, g, b]: readonly number[]): number {
	const linear = (c: number) => {
		const v = c / 255;
		return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	};
	const y = 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
	return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y;
}

const rgbOf = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/**
 * A country's colour as the eye averages it from across a classroom: its fill, with the share of
 * it the hatch's lines cover (lines one way, or both ways where they cross once) mixed in.
 */
function seenFromAfar(status: (typeof ABDUCTION_STATUSES)[number]): number[] {
	const line = HATCH.width / HATCH.period;
	const covered = statusCrossHatched(status)
		? 2 * line - line * line
		: statusHatched(status)
			? line
			: 0;
	const share = covered * HATCH.opacity;
	return rgbOf(statusColour(status)).map((c, i) => c * (1 - share) + HATCH.rgb[i]! * share);
}

describe('the abduction statuses’ colours', () => {
	it('grow lighter as certainty falls, hatch and all, each a clear step from the next', () => {
		// A projector washes out small differences: each status, as drawn with its hatch, is at least
		// 8 L* lighter than the more certain one before it.
		const seen = ABDUCTION_STATUSES.map((status) => lightness(seenFromAfar(status)));
		for (let i = 1; i < seen.length; i++)
			expect(
				seen[i]! - seen[i - 1]!,
				`${ABDUCTION_STATUSES[i]} against ${ABDUCTION_STATUSES[i - 1]}: ${seen.map((l) => l.toFixed(1)).join(', ')}`
			).toBeGreaterThanOrEqual(8);
	});
});

describe('the forums layer’s colours', () => {
	it('tell a country the document names from a host or participant, even on a country as small as South Korea', () => {
		// Both are solid fills side by side (the OHCHR's office: Japan named, South Korea hosting).
		const named = lightness(rgbOf(FORUM_COLOUR));
		const host = lightness(rgbOf(FORUM_NON_MEMBER_COLOUR));
		expect(host - named).toBeGreaterThanOrEqual(25);
	});
});

import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { dataset } from '$lib/data/dataset';
import { countrySummaries } from '$lib/data/join';
import { buildStyle, hatchPixels, statusFillExpression } from './style';
import { RESPONSIBLE_COLOUR, statusColour } from './palette';

const summaries = [...countrySummaries(dataset).values()];

/** Evaluates a flat `match` expression for one code, as MapLibre would. */
function colourFor(expression: unknown[], code: string): unknown {
	for (let i = 2; i < expression.length - 1; i += 2) {
		if ((expression[i] as string[]).includes(code)) return expression[i + 1];
	}
	return expression.at(-1);
}

describe('statusFillExpression', () => {
	const expression = statusFillExpression(summaries) as unknown[];
	it('colours each country by its status, North Korea apart', () => {
		expect(colourFor(expression, 'KOR')).toBe(statusColour('confirmed'));
		expect(colourFor(expression, 'LBN')).toBe(statusColour('possible'));
		expect(colourFor(expression, 'FRA')).toBe(statusColour('none'));
		expect(colourFor(expression, 'PRK')).toBe(RESPONSIBLE_COLOUR);
		expect(colourFor(expression, 'BRA')).toBe(statusColour('none'));
	});

	it('never lists a code twice (MapLibre rejects duplicate match labels)', () => {
		const labels = expression.filter(Array.isArray).flat();
		expect(new Set(labels).size).toBe(labels.length);
	});
});

describe('buildStyle', () => {
	const style = buildStyle(
		'http://127.0.0.1/geo/countries.json',
		{ type: 'FeatureCollection', features: [] },
		summaries
	);
	it('is a valid style with no glyphs, sprites or remote sources', () => {
		expect(validateStyleMin(style)).toEqual([]);
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		const json = JSON.stringify(style);
		expect(json).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
	});
});

it('hatchPixels draws a diagonal pattern with transparent gaps', () => {
	const pixels = hatchPixels(8);
	expect(pixels.length).toBe(8 * 8 * 4);
	const alpha = (x: number, y: number) => pixels[(y * 8 + x) * 4 + 3];
	expect(alpha(0, 0)).toBeGreaterThan(0);
	expect(alpha(4, 0)).toBe(0);
	expect(alpha(7, 1)).toBeGreaterThan(0);
});

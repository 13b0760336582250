import { expect, it } from 'vitest';
import { labelWidth, labelsOverlap, placeLabels } from './labels';

const size = { width: 400, height: 300, fontSize: 14 };

it('puts a name to the right of its point when there is room', () => {
	const [label] = placeLabels([{ text: 'Japan', x: 100, y: 100 }], size);
	expect(label!.anchor).toBe('start');
	expect(label!.box[0]).toBeGreaterThan(100);
});

it('keeps names inside the picture: one near the right edge goes to the left', () => {
	const [label] = placeLabels([{ text: 'Japan', x: 395, y: 100 }], size);
	expect(label!.anchor).toBe('end');
	expect(label!.box[2]).toBeLessThanOrEqual(400);
});

it('moves a name that would cover a neighbour’s', () => {
	const labels = placeLabels(
		[
			{ text: 'North Korea', x: 200, y: 100 },
			{ text: 'South Korea', x: 202, y: 112 }
		],
		size
	);
	expect(labels).toHaveLength(2);
	expect(labelsOverlap(labels[0]!.box, labels[1]!.box)).toBe(false);
});

it('leaves out a point outside the picture', () => {
	expect(placeLabels([{ text: 'Romania', x: -20, y: 100 }], size)).toEqual([]);
});

it('takes a name further out, with a leader line, when its neighbours crowd it', () => {
	const labels = placeLabels(
		[
			{ text: 'Japan', x: 200, y: 150 },
			{ text: 'North Korea', x: 192, y: 146 },
			{ text: 'South Korea', x: 190, y: 154 },
			{ text: 'China', x: 185, y: 150 },
			{ text: 'Russia', x: 200, y: 140 }
		],
		size
	);
	expect(labels).toHaveLength(5);
	for (const [i, a] of labels.entries())
		for (const b of labels.slice(i + 1))
			expect(labelsOverlap(a.box, b.box), `${a.text}/${b.text}`).toBe(false);
	expect(labels.some((label) => label.leader)).toBe(true);
});

it('measures Japanese names wider than Latin ones of as many characters', () => {
	expect(labelWidth('Japan', 10, 0.62)).toBeCloseTo(31);
	expect(labelWidth('北朝鮮', 10, 0.62)).toBe(30);
	expect(labelWidth('レバノン', 10, 0.62)).toBeGreaterThan(labelWidth('Lebanon', 10, 0.62) - 4);
});

it('keeps a Japanese name clear of the right edge by its full width', () => {
	const [label] = placeLabels([{ text: 'ルーマニア', x: 340, y: 100 }], size);
	expect(label!.box[2]).toBeLessThanOrEqual(400);
	expect(label!.box[2] - label!.box[0]).toBeGreaterThanOrEqual(5 * 14);
});

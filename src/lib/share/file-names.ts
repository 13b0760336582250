/**
 * What a saved picture's file is called, and the size each shape is composed at: all a save button
 * needs before it draws, so the picture composer (view-drawing.ts) loads only when one is pressed.
 */
import { DEFAULT_VIEW, type ExplorerView } from '$lib/state/view';
import { EXPORT_WIDTH } from './saving';

export const FILE_PREFIX = 'abductions';

/**
 * A download's name after its view: `abductions-engagement-2018-06.png`, `abductions-kor.svg`,
 * `abductions-forums-g7.png`; the default world view is `abductions.png`.
 */
export function viewFileName(
	view: ExplorerView,
	selected: string | null,
	extension: 'png' | 'svg'
): string {
	const parts = [FILE_PREFIX];
	if (selected) parts.push(selected.toLowerCase());
	if (view.layer !== DEFAULT_VIEW.layer) parts.push(view.layer);
	if (view.layer === 'forums') parts.push(view.forum);
	if (view.until && view.layer !== 'abductions') parts.push(view.until);
	return `${parts.join('-').replace(/[^a-z0-9-]+/gi, '-')}.${extension}`;
}

/**
 * A picture's shape: `page`, as tall as its map asks (a handout, an article), or `slide`, 16:9
 * (960x540, saved as a 1920x1080 PNG) for a presentation.
 */
export type PictureShape = 'page' | 'slide';

/** A slide-shaped picture's size; its PNG is twice that (PNG_SCALE): 1920x1080. */
export const SLIDE_PICTURE = { width: 960, height: 540 } as const;

/** The size to compose a picture of a shape at. */
export function pictureSize(shape: PictureShape): { width: number; height?: number } {
	return shape === 'slide' ? SLIDE_PICTURE : { width: EXPORT_WIDTH };
}

/** `abductions-kor.png`, or `abductions-kor-slide.png` for the slide shape. */
export function withShape(name: string, shape: PictureShape): string {
	return shape === 'slide' ? name.replace(/(\.[a-z]+)$/, '-slide$1') : name;
}

export function stepFileName(
	step: number,
	extension: 'png' | 'svg',
	shape: PictureShape = 'page'
): string {
	return withShape(`${FILE_PREFIX}-step-${step}.${extension}`, shape);
}

/**
 * Saving a picture in the browser: the SVG as it is, or drawn onto a canvas at twice its size for
 * a PNG (never read back from the map's WebGL canvas, which holds neither legend nor words).
 */
import type { Picture } from './compose';

/** The pictures' width in CSS pixels; the PNG is drawn at twice that, 2400 px, for slides. */
export const EXPORT_WIDTH = 1200;
export const PNG_SCALE = 2;

export type PictureFormat = 'png' | 'svg';

/**
 * Why a picture could not be made, as a reason the catalog words in the page's language (never
 * a browser's or a library's English message).
 */
export type SaveFailureReason =
	'notLoaded' | 'codeNotLoaded' | 'unreadable' | 'noCanvas' | 'tooLarge' | 'unexpected';

export class SaveFailure extends Error {
	constructor(readonly reason: SaveFailureReason) {
		super(reason);
	}
}

/** Any failure as a reason: a fetch or an import that failed is a file that did not load. */
export function failureReason(error: unknown): SaveFailureReason {
	if (error instanceof SaveFailure) return error.reason;
	// fetch() and import() reject with a TypeError when the network fails.
	return error instanceof TypeError ? 'notLoaded' : 'unexpected';
}

/** A promise whose failure, whatever it is, is "a file did not load". */
export function loadedOrFailure<T>(loading: Promise<T>, reason: SaveFailureReason = 'notLoaded') {
	return loading.catch((error: unknown) => {
		throw error instanceof SaveFailure ? error : new SaveFailure(reason);
	});
}

export function otherFormat(format: PictureFormat): PictureFormat {
	return format === 'png' ? 'svg' : 'png';
}

/** The width and height a standalone SVG document declares on its root. */
export function declaredSize(markup: string): { width: number; height: number } | null {
	const root = markup.match(/<svg\b[^>]*>/)?.[0] ?? '';
	const width = Number(root.match(/\swidth="([\d.]+)"/)?.[1]);
	const height = Number(root.match(/\sheight="([\d.]+)"/)?.[1]);
	return width > 0 && height > 0 ? { width, height } : null;
}

export async function pngOf(picture: Picture, scale = PNG_SCALE): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([picture.markup], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode().catch(() => {
			throw new SaveFailure('unreadable');
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(picture.width * scale);
		canvas.height = Math.round(picture.height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new SaveFailure('noCanvas');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
		if (!blob) throw new SaveFailure('tooLarge');
		return blob;
	} finally {
		URL.revokeObjectURL(url);
	}
}

function saveBlob(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	// The download has its own copy once it starts; free ours after the click's turn.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export type SaveResult = { ok: true } | { ok: false; why: SaveFailureReason };

/** Draws and saves; any failure comes back with its reason, so the page can offer the other format. */
export async function savePicture(
	format: PictureFormat,
	picture: () => Promise<Picture>,
	name: string
): Promise<SaveResult> {
	try {
		const drawn = await picture();
		const blob =
			format === 'svg' ? new Blob([drawn.markup], { type: 'image/svg+xml' }) : await pngOf(drawn);
		saveBlob(blob, name);
		return { ok: true };
	} catch (error) {
		return { ok: false, why: failureReason(error) };
	}
}

/** A picture drawn at build time (a classroom step), fetched when asked for. */
export async function fetchPicture(url: string): Promise<Picture> {
	const response = await loadedOrFailure(fetch(url));
	if (!response.ok) throw new SaveFailure('notLoaded');
	const markup = await loadedOrFailure(response.text());
	const size = declaredSize(markup);
	if (!size) throw new SaveFailure('unreadable');
	return { markup, ...size };
}

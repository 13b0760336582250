/**
 * Saving a picture in the browser: the SVG as it is, or drawn onto a canvas at twice its size for
 * a PNG (never read back from the map's WebGL canvas, which holds neither legend nor words).
 * Loaded with the first save (saver.svelte.ts); what a page needs before that is in saving.ts.
 */
import type { Picture } from './compose';
import {
	PNG_SCALE,
	SaveFailure,
	failureReason,
	loadedOrFailure,
	type PictureFormat,
	type SaveResult
} from './saving';

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

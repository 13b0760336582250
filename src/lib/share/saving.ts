/**
 * What a save is before anything is drawn: the formats, the pictures' width, and the reasons a save
 * may fail. Small, for the save buttons' first script; the drawing and the saving itself
 * (download.ts) load with the first save.
 */

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

export type SaveResult = { ok: true } | { ok: false; why: SaveFailureReason };

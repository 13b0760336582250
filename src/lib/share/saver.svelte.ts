/**
 * Saving a picture, as every save button does it: "Drawing…", then "Saved name." or why it could
 * not be made, with the other format offered instead. One rule for the explorer's and the
 * classroom's buttons (SaveStatus.svelte shows it). The code that saves (download.ts) comes with
 * the first save, while the status already says "Drawing…".
 */
import { otherFormat, type PictureFormat, type SaveResult } from './saving';
import type { Picture } from './compose';
import { currentMessages } from '$lib/i18n/current';

export interface SaveRequest {
	format: PictureFormat;
	name: (format: PictureFormat) => string;
	draw: (format: PictureFormat) => Promise<Picture>;
}

export class PictureSaver {
	message = $state('');
	/** The other format, offered after a failure. */
	offer = $state<PictureFormat | null>(null);
	#last: SaveRequest | null = null;

	say(text: string) {
		this.message = text;
		this.offer = null;
	}

	async save(request: SaveRequest) {
		const words = currentMessages().share;
		const name = request.name(request.format);
		this.#last = request;
		this.say(words.working);
		const result = await import('./download').then(
			({ savePicture }) => savePicture(request.format, () => request.draw(request.format), name),
			(): SaveResult => ({ ok: false, why: 'codeNotLoaded' })
		);
		if (result.ok) return this.say(words.saved(name));
		this.message = words.exportFailed(request.format.toUpperCase(), words.failure[result.why]);
		this.offer = otherFormat(request.format);
	}

	/** The offered format, for the same picture. */
	tryOther() {
		if (this.#last && this.offer) void this.save({ ...this.#last, format: this.offer });
	}
}

/**
 * Sharing a view: the system share sheet on a touch phone that has one, otherwise the clipboard.
 * The browser's parts come in as arguments, so every path (shared, copied, refused) is tested.
 */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

export interface ShareEnvironment {
	/** navigator.share, where the browser has it. */
	share?: (data: { title: string; url: string }) => Promise<void>;
	/** A finger is the main pointer: the share sheet is what people expect there. */
	touch: boolean;
	/** navigator.clipboard.writeText, where allowed. */
	writeText?: (text: string) => Promise<void>;
}

export async function copyText(text: string, env: ShareEnvironment): Promise<boolean> {
	if (!env.writeText) return false;
	try {
		await env.writeText(text);
		return true;
	} catch {
		return false;
	}
}

export async function shareLink(
	link: { title: string; url: string },
	env: ShareEnvironment
): Promise<ShareOutcome> {
	if (env.share && env.touch) {
		try {
			await env.share(link);
			return 'shared';
		} catch (error) {
			// Closing the sheet is a choice, not a failure; anything else falls back to copying.
			if ((error as { name?: string })?.name === 'AbortError') return 'cancelled';
		}
	}
	return (await copyText(link.url, env)) ? 'copied' : 'failed';
}

/** The browser's own share and clipboard, read at the moment of use. */
export function browserShareEnvironment(): ShareEnvironment {
	const nav = navigator;
	return {
		share: typeof nav.share === 'function' ? (data) => nav.share(data) : undefined,
		touch: matchMedia('(pointer: coarse)').matches,
		writeText: nav.clipboard?.writeText ? (text) => nav.clipboard.writeText(text) : undefined
	};
}

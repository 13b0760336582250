/**
 * The responsive embed, as data desks' embeds work: the embedded page says how tall its content
 * is by postMessage, and a few lines of script pasted with the iframe set the frame to that
 * height. Without the script (a site that strips it) the iframe keeps the height it was given.
 */

/** The message's type: nothing else a host page receives is taken for it. */
export const HEIGHT_MESSAGE = 'abductions-map:height';

/** Marks the frames the script may resize (and no other iframe on the host page). */
export const RESIZE_ATTRIBUTE = 'data-abductions-map';

export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE;
	height: number;
}

/**
 * How tall the embed's content is at a width: its bar and foot as laid out, and the map in the
 * shape of the view's frame (`aspect`, width over height), so the whole frame shows, arcs and all.
 */
export function contentHeight(args: {
	width: number;
	aspect: number;
	bar: number;
	foot: number;
	/** A map never shorter than this, however narrow the frame. */
	minMap?: number;
}): number {
	const { width, aspect, bar, foot, minMap = 180 } = args;
	return Math.ceil(bar + foot + Math.max(minMap, width / aspect));
}

export function heightMessage(height: number): HeightMessage {
	return { type: HEIGHT_MESSAGE, height: Math.ceil(height) };
}

export function isHeightMessage(data: unknown): data is HeightMessage {
	const message = data as Partial<HeightMessage> | null;
	return (
		typeof message === 'object' &&
		message !== null &&
		message.type === HEIGHT_MESSAGE &&
		typeof message.height === 'number' &&
		Number.isFinite(message.height) &&
		message.height > 0
	);
}

/**
 * The host page's script, pasted after the iframe: it resizes the frame a message came from, only
 * frames marked RESIZE_ATTRIBUTE, within sane limits. Plain ES5 so any page can run it.
 */
export const RESIZER_SCRIPT =
	`<script>(function(){if(window.__abductionsMapResize)return;window.__abductionsMapResize=1;` +
	`window.addEventListener('message',function(e){var d=e.data;` +
	`if(!d||d.type!=='${HEIGHT_MESSAGE}'||!(d.height>0))return;` +
	`var f=document.querySelectorAll('iframe[${RESIZE_ATTRIBUTE}]');` +
	`for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)` +
	`f[i].style.height=Math.min(4000,Math.ceil(d.height))+'px';});})();</script>`;

/**
 * Starting and stopping the live map, once each: MapView starts it when the reader reaches for it
 * (start.ts) and stops it when the static world takes over for good or the page goes. A map still
 * on its way when it is stopped is removed as it arrives (leaked maps exhaust WebGL contexts); one
 * slow to come is reported after `slowAfterMs`, one that fails to come with the reason.
 */
export interface LiveMapStarter {
	/** Starts the map, unless it was started or stopped before: whether it did. */
	start(): boolean;
	/** Removes the map, or stops it being made, for good. */
	stop(): void;
}

export function liveMapStarter<M extends { remove(): void }>(options: {
	/** Makes the map; undefined when it is no longer wanted by the time it could be made. */
	create: () => Promise<M | undefined>;
	slowAfterMs: number;
	onslow: () => void;
	onfail: (error: unknown) => void;
	/** The map is gone. */
	onstop: () => void;
}): LiveMapStarter {
	let started = false;
	let stopped = false;
	let created: M | undefined;
	let slowTimer: ReturnType<typeof setTimeout> | undefined;
	const stop = () => {
		stopped = true;
		clearTimeout(slowTimer);
		created?.remove();
		created = undefined;
		options.onstop();
	};
	return {
		start() {
			if (started || stopped) return false;
			started = true;
			performance.mark('map:start');
			slowTimer = setTimeout(options.onslow, options.slowAfterMs);
			options
				.create()
				.then((map) => {
					created = map;
					if (stopped) stop();
				})
				.catch((error: unknown) => options.onfail(error));
			return true;
		},
		stop
	};
}

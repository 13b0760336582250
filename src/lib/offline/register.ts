/**
 * Registers the service worker and reports when a newer build is installed and waiting. The page
 * keeps showing the build it was loaded from until the user chooses to reload.
 */
import { whenIdle } from '$lib/idle';
import { SKIP_WAITING } from './protocol';

export interface UpdateWatch {
	/** Hands over to the waiting build and reloads the page when it has taken over. */
	reload(): void;
	stop(): void;
}

/** A newer build waits when one is installed while an older one controls the page. */
export function isUpdateWaiting(
	registration: Pick<ServiceWorkerRegistration, 'waiting'>,
	controller: ServiceWorker | null
): boolean {
	return registration.waiting !== null && controller !== null;
}

export function watchForUpdates(
	scriptUrl: string,
	onUpdate: () => void,
	container: ServiceWorkerContainer = navigator.serviceWorker
): UpdateWatch {
	let registration: ServiceWorkerRegistration | undefined;
	let reloading = false;
	let stopped = false;
	const check = () => {
		if (!stopped && registration && isUpdateWaiting(registration, container.controller)) onUpdate();
	};
	// The first visit's worker also takes control (clients.claim); only a chosen reload reloads.
	const oncontrollerchange = () => {
		if (reloading) location.reload();
	};
	container.addEventListener('controllerchange', oncontrollerchange);
	container
		.register(scriptUrl, { type: 'classic' })
		.then((found) => {
			registration = found;
			found.addEventListener('updatefound', () => {
				const installing = found.installing;
				installing?.addEventListener('statechange', () => {
					if (installing.state === 'installed') check();
				});
			});
			check();
			// Asks the server for a newer worker now, not only at the browser's next check.
			return found.update();
		})
		.catch(() => {
			// Without a worker (private windows, an update check while offline) the site still works.
		});
	return {
		reload() {
			const waiting = registration?.waiting;
			if (!waiting) return location.reload();
			reloading = true;
			waiting.postMessage(SKIP_WAITING);
		},
		stop() {
			stopped = true;
			container.removeEventListener('controllerchange', oncontrollerchange);
		}
	};
}

/** How long after the page has loaded the service worker may start its first install. */
export const AFTER_LOAD_MS = 3000;

/**
 * Runs `task` once the page has loaded, AFTER_LOAD_MS have passed and the main thread is idle;
 * returns a function that calls it off.
 */
export function afterStart(task: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let cancelIdle = () => {};
	const loaded = () =>
		(timer = setTimeout(() => (cancelIdle = whenIdle(task, 2000)), AFTER_LOAD_MS));
	if (document.readyState === 'complete') loaded();
	else addEventListener('load', loaded, { once: true });
	return () => {
		removeEventListener('load', loaded);
		clearTimeout(timer);
		cancelIdle();
	};
}

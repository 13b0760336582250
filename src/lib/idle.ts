/**
 * Runs `task` in the main thread's next idle moment, or after `timeout` ms at the latest; where
 * the browser has no idle callbacks (Safari), in a task of its own. Returns a function that calls
 * it off.
 */
export function whenIdle(task: () => void, timeout: number): () => void {
	if ('requestIdleCallback' in window) {
		const idle = requestIdleCallback(task, { timeout });
		return () => cancelIdleCallback(idle);
	}
	const timer = setTimeout(task, 0);
	return () => clearTimeout(timer);
}

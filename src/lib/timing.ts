/**
 * Runs `work` and records how long it took as a User Timing measure (visible in the browser's
 * performance panel, and read by `npm run bench`). Returns what `work` returns.
 */
export function timed<T>(name: string, work: () => T): T {
	const start = performance.now();
	const result = work();
	performance.measure(name, { start, end: performance.now() });
	return result;
}

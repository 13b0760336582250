/**
 * SVG paths written small: the world's countries are most of a map page's HTML, and d3 writes
 * every vertex as absolute coordinates ("L550.9,373.4"). The same vertices as relative steps in
 * tenths of a unit ("l.9.8") draw exactly the same shape, in about half the bytes, and the
 * positions cannot drift: each step is between already-rounded points.
 */

/** A number of tenths as SVG writes it shortest: 7 -> ".7", -15 -> "-1.5", 30 -> "3". */
function tenths(value: number): string {
	const sign = value < 0 ? '-' : '';
	const whole = Math.floor(Math.abs(value) / 10);
	const tenth = Math.abs(value) % 10;
	if (!tenth) return `${sign}${whole}`;
	return `${sign}${whole || ''}.${tenth}`;
}

/** Numbers one after another, with a separator only where the next one would otherwise merge. */
function joined(numbers: readonly string[]): string {
	let out = '';
	for (const n of numbers) {
		const merges = out && !n.startsWith('-') && !(n.startsWith('.') && /\.\d*$/.test(out));
		out += (merges ? ' ' : '') + n;
	}
	return out;
}

/**
 * A path of absolute moves, lines and closes (what d3-geo's geoPath writes) with one decimal:
 * each ring starts absolute, then relative lines.
 */
export function compactPath(d: string): string {
	let out = '';
	const commands = d.match(/[MLZ][^MLZ]*/gi) ?? [];
	let steps: string[] = [];
	let at: [number, number] = [0, 0];
	const flush = () => {
		if (steps.length) out += `l${joined(steps)}`;
		steps = [];
	};
	for (const command of commands) {
		const type = command[0]!.toUpperCase();
		const [x, y] = (command.slice(1).match(/-?[\d.]+(?:e[-+]?\d+)?/gi) ?? []).map((n) =>
			Math.round(Number(n) * 10)
		);
		if (type === 'Z') {
			flush();
			out += 'Z';
		} else if (type === 'M') {
			flush();
			out += `M${joined([tenths(x!), tenths(y!)])}`;
			at = [x!, y!];
		} else {
			const [dx, dy] = [x! - at[0], y! - at[1]];
			at = [x!, y!];
			if (dx || dy) steps.push(tenths(dx), tenths(dy));
		}
	}
	flush();
	return out;
}

/**
 * Every vertex of a path of moves, lines and closes, absolute or relative (compactPath's or
 * d3's): what a hit test needs to bound a shape without drawing it.
 */
export function pathVertices(d: string): [number, number][] {
	return pathRingVertices(d).flat();
}

/** A path's vertices, one list per move (each ring), as pathVertices reads them. */
export function pathRingVertices(d: string): [number, number][][] {
	// Sums of tenths, rounded back to what was written (0.1 + 0.2 is not 0.3 in floating point).
	const exact = (n: number) => Math.round(n * 1e6) / 1e6;
	const rings: [number, number][][] = [];
	let at: [number, number] = [0, 0];
	let start: [number, number] = [0, 0];
	for (const command of d.match(/[MLZ][^MLZ]*/gi) ?? []) {
		const type = command[0]!;
		if (type === 'Z' || type === 'z') {
			at = start;
			continue;
		}
		const numbers = (command.slice(1).match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(
			Number
		);
		const relative = type === 'm' || type === 'l';
		for (let i = 0; i + 1 < numbers.length; i += 2) {
			at = relative
				? [exact(at[0] + numbers[i]!), exact(at[1] + numbers[i + 1]!)]
				: [numbers[i]!, numbers[i + 1]!];
			if (i === 0 && (type === 'M' || type === 'm')) {
				start = at;
				rings.push([]);
			}
			rings.at(-1)?.push(at);
		}
	}
	return rings;
}

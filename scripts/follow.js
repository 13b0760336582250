// Follow the teacher, on a classroom served from the teacher's computer (HOST=0.0.0.0 npm start):
// the projected slide tells this server its step, and the students' pages that chose to follow
// hear it as Server-Sent Events. One way and read-only: only this computer (the loopback) may set
// the step; a phone may only listen. Nothing is stored but the current step, and nothing about
// who listens.

export { FOLLOW_PATHS } from '../src/lib/lesson/follow-paths.js';

/** The highest step number the channel passes on (the walk has ten; a typo should not carry). */
const MAX_STEP = 99;
/** A comment line this often keeps proxies and phones from closing a quiet stream. */
const KEEP_ALIVE_MS = 25_000;

/** Whether a request comes from this computer itself. */
export function fromThisComputer(remoteAddress) {
	return ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(remoteAddress ?? '');
}

/** The step a slide sent ({"step": 3}), or null when the body is anything else. */
export function stepFromBody(text) {
	try {
		const { step } = JSON.parse(text);
		return Number.isInteger(step) && step >= 1 && step <= MAX_STEP ? step : null;
	} catch {
		return null;
	}
}

/** One Server-Sent Event carrying the step. */
export function stepEvent(step) {
	return `event: step\ndata: ${JSON.stringify({ step })}\n\n`;
}

export function followChannel() {
	let current = null;
	const listeners = new Set();

	/** A student's page starts listening: it hears the current step at once, then each change. */
	function listen(req, res) {
		res.writeHead(200, {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-store',
			connection: 'keep-alive'
		});
		// A lost connection is tried again by the browser after this many milliseconds.
		res.write('retry: 3000\n\n');
		if (current !== null) res.write(stepEvent(current));
		const alive = setInterval(() => res.write(': still here\n\n'), KEEP_ALIVE_MS);
		alive.unref?.();
		listeners.add(res);
		req.on('close', () => {
			clearInterval(alive);
			listeners.delete(res);
		});
	}

	/** The slide sets the step: 204 when taken, 403 from another computer, 400 for a bad body. */
	function set(req, res) {
		if (!fromThisComputer(req.socket.remoteAddress)) {
			res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
			res.end('Only the computer that serves the classroom can set its step.');
			return;
		}
		let body = '';
		req.setEncoding('utf8');
		req.on('data', (chunk) => {
			body += chunk;
			if (body.length > 1000) req.destroy();
		});
		req.on('end', () => {
			const step = stepFromBody(body);
			if (step === null) {
				res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
				res.end('Send {"step": N}, N a step number.');
				return;
			}
			if (step !== current) {
				current = step;
				for (const listener of listeners) listener.write(stepEvent(step));
			}
			res.writeHead(204).end();
		});
	}

	/** Ends every stream, so the server can close. */
	function close() {
		for (const listener of listeners) listener.end();
		listeners.clear();
	}

	return { listen, set, close, listening: () => listeners.size };
}

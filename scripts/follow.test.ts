import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FOLLOW_PATHS, fromThisComputer, stepEvent, stepFromBody } from './follow.js';
import { createSiteServer, listen } from './serve.js';

describe('the follow channel’s rules', () => {
	it('takes a step number and nothing else', () => {
		expect(stepFromBody('{"step":3}')).toBe(3);
		for (const bad of ['{"step":0}', '{"step":3.5}', '{"step":"3"}', '{"step":100}', 'step=3', ''])
			expect(stepFromBody(bad), bad).toBeNull();
	});
	it('lets only this computer set the step', () => {
		expect(fromThisComputer('127.0.0.1')).toBe(true);
		expect(fromThisComputer('::ffff:127.0.0.1')).toBe(true);
		expect(fromThisComputer('::1')).toBe(true);
		expect(fromThisComputer('192.168.1.20')).toBe(false);
		expect(fromThisComputer(undefined)).toBe(false);
	});
});

/** Reads a stream's text until it holds `wanted`. */
async function readUntil(body: ReadableStream<Uint8Array>, wanted: string): Promise<string> {
	const reader = body.getReader();
	const decoder = new TextDecoder();
	let text = '';
	while (!text.includes(wanted)) {
		const { value, done } = await reader.read();
		if (done) break;
		text += decoder.decode(value, { stream: true });
	}
	reader.releaseLock();
	return text;
}

/** A site of one page, its 404: the unit tests run before any build. */
function tinySite(): string {
	const root = mkdtempSync(join(tmpdir(), 'follow-site-'));
	writeFileSync(join(root, '404.html'), '<!doctype html><title>Not found</title>');
	return root;
}

describe('following the teacher on the classroom’s server', () => {
	it('passes the slide’s step to every page that listens, at once and on each change', async () => {
		const server = createSiteServer({ root: tinySite(), lanOrigins: ['http://192.0.2.7:4173'] });
		await listen(server, { port: 0 });
		const site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		const setStep = (body: string) =>
			fetch(site + FOLLOW_PATHS.step, { method: 'POST', body }).then((r) => r.status);
		try {
			expect(await setStep('{"step":3}')).toBe(204);
			const stream = await fetch(site + FOLLOW_PATHS.follow);
			expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
			// A page that starts listening hears the step the slide is on.
			expect(await readUntil(stream.body!, stepEvent(3))).toContain(stepEvent(3));
			expect(await setStep('{"step":4}')).toBe(204);
			expect(await readUntil(stream.body!, stepEvent(4))).toContain(stepEvent(4));
			expect(await setStep('{"step":"next"}')).toBe(400);
		} finally {
			server.close();
		}
	});

	it('is not there when the site serves this computer only', async () => {
		const server = createSiteServer({ root: tinySite() });
		await listen(server, { port: 0 });
		const site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		try {
			expect(
				(await fetch(site + FOLLOW_PATHS.step, { method: 'POST', body: '{"step":3}' })).status
			).toBe(405);
			expect((await fetch(site + FOLLOW_PATHS.follow)).status).toBe(404);
		} finally {
			server.close();
		}
	});
});

/**
 * `npm start` listens on this computer only, and `HOST=0.0.0.0 npm start` on every interface,
 * printing the addresses to give students. Read from the listening socket itself (`ss -ltn`);
 * the only traffic sent is to the loopback. The site is already built for the browser tests,
 * so start.js finds it fresh and builds nothing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import { expect, test } from '@playwright/test';

/** A port free on the loopback now. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

/** Starts `npm start`'s script and resolves with all it printed once it says where it runs. */
function start(env: Record<string, string>): { child: ChildProcess; ready: Promise<string> } {
	// Only what the test says: a HOST or PORT from the shell running the tests is left out.
	const inherited = { ...process.env };
	delete inherited.HOST;
	delete inherited.PORT;
	delete inherited.BASE_PATH;
	const child = spawn(process.execPath, ['scripts/start.js'], {
		env: { ...inherited, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const ready = new Promise<string>((resolve, reject) => {
		let printed = '';
		const read = (chunk: Buffer) => {
			printed += chunk.toString();
			// The address line, and after it (with HOST) the students' addresses, end in a blank line.
			if (printed.includes('running at') && printed.endsWith('\n\n')) resolve(printed);
		};
		child.stdout!.on('data', read);
		child.stderr!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
		child.once('exit', (code) => reject(new Error(`start.js left (${code}):\n${printed}`)));
	});
	return { child, ready };
}

/** The local addresses listening on `port`, as the kernel reports them. */
function listeningOn(port: number): string[] {
	const ss = spawnSync('ss', ['-ltnH'], { encoding: 'utf8' });
	expect(ss.error, 'ss (Debian: iproute2) lists the listening sockets').toBeFalsy();
	return ss.stdout
		.split('\n')
		.map((line) => line.trim().split(/\s+/)[3] ?? '')
		.filter((local) => local.endsWith(`:${port}`));
}

test.describe.configure({ mode: 'serial' });

let running: ChildProcess | undefined;
test.afterEach(() => {
	running?.kill();
	running = undefined;
});

test('npm start listens on 127.0.0.1 alone unless HOST says otherwise', async ({ request }) => {
	const port = await freePort();
	const { child, ready } = start({ PORT: String(port) });
	running = child;
	const printed = await ready;
	expect(printed).toContain(`running at http://127.0.0.1:${port}/`);
	expect(printed).not.toContain('Students');
	expect(listeningOn(port)).toEqual([`127.0.0.1:${port}`]);
	expect((await request.get(`http://127.0.0.1:${port}/`)).status()).toBe(200);
});

test('HOST=0.0.0.0 npm start listens on every interface and prints the addresses for students', async ({
	request
}) => {
	const port = await freePort();
	const { child, ready } = start({ PORT: String(port), HOST: '0.0.0.0' });
	running = child;
	const printed = await ready;
	expect(listeningOn(port)).toEqual(
		expect.arrayContaining([expect.stringMatching(/^(0\.0\.0\.0|\*):/)])
	);
	expect(listeningOn(port)).not.toContain(`127.0.0.1:${port}`);
	// This computer is reached through the loopback; the tests send nothing anywhere else.
	expect(printed).toContain(`running at http://127.0.0.1:${port}/`);
	expect((await request.get(`http://127.0.0.1:${port}/`)).status()).toBe(200);
	// Each of this computer's network addresses (IPv4, not the loopback) is printed for students.
	const lan = Object.values(networkInterfaces())
		.flat()
		.filter((a) => a && a.family === 'IPv4' && !a.internal)
		.map((a) => `http://${a!.address}:${port}/`);
	if (lan.length) {
		expect(printed).toContain('Students on the same network can open:');
		for (const address of lan) expect(printed).toContain(`  ${address}`);
	} else expect(printed).toContain('No network address found');
});

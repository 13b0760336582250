// Finds the Chromium the browser tests and benchmark drive: $CHROMIUM_PATH, else Debian's package.
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium() {
	return CANDIDATES.find((path) => path && existsSync(path));
}

/** Flags for headless Chromium on a closed network; SwiftShader gives WebGL without a GPU. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--enable-unsafe-swiftshader',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

export function requireChromium() {
	const path = findChromium();
	if (!path) {
		console.error(
			'\nNo Chromium found, so the browser tests cannot run (they are never skipped).\n' +
				'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
				'or point CHROMIUM_PATH at a Chromium or Chrome binary.\n'
		);
		process.exit(1);
	}
	return path;
}

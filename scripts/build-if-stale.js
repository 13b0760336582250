// Builds the site when its output folder is missing, older than anything it is made from, or was
// built for another base path. Shared by `npm start`, `npm test` and `npm run bench`.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = [
	'src',
	'data',
	'static',
	'package.json',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts'
];

function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const info = statSync(path);
	if (!info.isDirectory()) return info.mtimeMs;
	return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/**
 * @param {{ outDir?: string, base?: string, scale?: number }} options `scale` > 1 builds over a
 * synthetic dataset that many times the real one (for the scale benchmark only).
 */
export function buildIfStale({
	outDir = 'build',
	base = process.env.BASE_PATH ?? '',
	scale = 1
} = {}) {
	const stampFile = join(outDir, '.build-stamp');
	const stamp = existsSync(stampFile) ? JSON.parse(readFileSync(stampFile, 'utf8')) : null;
	const stale =
		!stamp ||
		stamp.base !== base ||
		(stamp.scale ?? 1) !== scale ||
		!existsSync(join(outDir, 'index.html')) ||
		Math.max(...INPUTS.map(newestMtime)) > stamp.builtAt;
	if (!stale) return false;
	const variant = [
		base && `for the base path ${base}`,
		scale > 1 && `over ${scale}x synthetic data`
	];
	// Progress goes to stderr, so `npm run -s bench -- --json` prints nothing but JSON.
	console.error(`Building the site into ${outDir}/ ${variant.filter(Boolean).join(', ')}…`);
	const startedAt = Date.now();
	execSync('npx vite build', {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, BASE_PATH: base, BUILD_DIR: outDir, DATASET_SCALE: String(scale) }
	});
	writeFileSync(stampFile, JSON.stringify({ base, scale, builtAt: startedAt }));
	return true;
}

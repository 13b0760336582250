// Builds the site when its output folder is missing, older than anything it is made from, or was
// built for another base path. Shared by `npm start`, `npm test` and `npm run bench`.
import { execSync, spawn } from 'node:child_process';
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
 * What building `outDir` takes, or null when it is up to date.
 * @param {{ outDir?: string, base?: string, scale?: number }} options
 */
function buildPlan({ outDir = 'build', base = process.env.BASE_PATH ?? '', scale = 1 } = {}) {
	const stampFile = join(outDir, '.build-stamp');
	const stamp = existsSync(stampFile) ? JSON.parse(readFileSync(stampFile, 'utf8')) : null;
	const stale =
		!stamp ||
		stamp.base !== base ||
		(stamp.scale ?? 1) !== scale ||
		!existsSync(join(outDir, 'index.html')) ||
		Math.max(...INPUTS.map(newestMtime)) > stamp.builtAt;
	if (!stale) return null;
	const variant = [
		base && `for the base path ${base}`,
		scale > 1 && `over ${scale}x synthetic data`
	];
	// Progress goes to stderr, so `npm run -s bench -- --json` prints nothing but JSON.
	console.error(`Building the site into ${outDir}/ ${variant.filter(Boolean).join(', ')}…`);
	const startedAt = Date.now();
	return {
		env: {
			...process.env,
			BASE_PATH: base,
			BUILD_DIR: outDir,
			DATASET_SCALE: String(scale),
			// SvelteKit's own working files, apart for each output folder, so two builds can run
			// side by side (svelte.config.js).
			...(outDir !== 'build' && { KIT_OUT_DIR: `.svelte-kit-${outDir}` })
		},
		done: () => writeFileSync(stampFile, JSON.stringify({ base, scale, builtAt: startedAt }))
	};
}

/**
 * @param {{ outDir?: string, base?: string, scale?: number }} options `scale` > 1 builds over a
 * synthetic dataset that many times the real one (for the scale benchmark only).
 */
export function buildIfStale(options = {}) {
	const plan = buildPlan(options);
	if (!plan) return false;
	execSync('npx vite build', { stdio: ['ignore', 'ignore', 'inherit'], env: plan.env });
	plan.done();
	return true;
}

/**
 * Builds each stale folder at the same time (the browser tests' two sites, on a machine with two
 * cores): resolves when all are built, rejects when one fails.
 * @param {{ outDir?: string, base?: string }[]} builds
 */
export async function buildAllIfStale(builds) {
	await Promise.all(
		builds.map((options) => {
			const plan = buildPlan(options);
			if (!plan) return false;
			return new Promise((resolve, reject) => {
				const child = spawn('npx', ['vite', 'build'], {
					stdio: ['ignore', 'ignore', 'inherit'],
					env: plan.env
				});
				child.on('error', reject);
				child.on('exit', (code) => {
					if (code !== 0) return reject(new Error(`Building ${options.outDir} failed (${code})`));
					plan.done();
					resolve(true);
				});
			});
		})
	);
}

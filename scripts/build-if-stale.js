// Builds the site when build/ is missing or older than anything it is made from, or was built
// for another base path. Shared by `npm start`, `npm test` and `npm run bench`.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = ['src', 'data', 'static', 'package.json', 'package-lock.json', 'svelte.config.js', 'vite.config.ts'];
const STAMP = join('build', '.build-stamp');

function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const info = statSync(path);
	if (!info.isDirectory()) return info.mtimeMs;
	return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export function buildIfStale() {
	const base = process.env.BASE_PATH ?? '';
	const stamp = existsSync(STAMP) ? JSON.parse(readFileSync(STAMP, 'utf8')) : null;
	const stale =
		!stamp ||
		stamp.base !== base ||
		!existsSync(join('build', 'index.html')) ||
		Math.max(...INPUTS.map(newestMtime)) > stamp.builtAt;
	if (!stale) return false;
	console.log('Building the site…');
	const startedAt = Date.now();
	execSync('npm run build', { stdio: 'inherit' });
	writeFileSync(STAMP, JSON.stringify({ base, builtAt: startedAt }));
	return true;
}

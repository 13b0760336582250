// `npm run test:browser`: fails loudly without Chromium, builds the site (and a copy under a base
// path) when stale, then runs the Playwright specs in tests/ against the built, served files.
import { spawnSync } from 'node:child_process';
import { requireChromium } from './chromium.js';
import { buildAllIfStale } from './build-if-stale.js';

const chromium = requireChromium();
await buildAllIfStale([
	{ outDir: 'build', base: '' },
	{ outDir: 'build-base', base: '/abductions' }
]);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, CHROMIUM_PATH: chromium }
});
process.exit(result.status ?? 1);

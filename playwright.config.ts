import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.js';

// TEST_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.TEST_PORT ?? 4391);
const BASE_PORT = PORT + 1;

export default defineConfig({
	testDir: 'tests',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	timeout: 45_000,
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		viewport: { width: 1280, height: 800 },
		// Specs intercept requests (page.route) to fake failures, and a service worker would answer
		// them from its cache instead; only the offline spec allows the worker.
		serviceWorkers: 'block',
		launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS }
	},
	webServer: [
		{
			command: `node scripts/serve.js --port ${PORT}`,
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: false
		},
		{
			command: `node scripts/serve.js --port ${BASE_PORT}`,
			env: { SITE_ROOT: 'build-base', BASE_PATH: '/abductions' },
			url: `http://127.0.0.1:${BASE_PORT}/abductions/`,
			reuseExistingServer: false
		}
	]
});
